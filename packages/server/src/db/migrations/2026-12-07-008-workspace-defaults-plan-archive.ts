import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * A workspace's defaults for the plans made in it, its language (en, nb, sv, da) and currency
 * (ISO 4217), both unset until someone sets them; and a plan's archiving, the moment it was put
 * away (null: in use). Neither is part of the plan document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspaces').addColumn('locale', 'text').execute();
  await db.schema.alterTable('workspaces').addColumn('currency', 'text').execute();
  await db.schema.alterTable('plans').addColumn('archived_at', 'text').execute();
}
