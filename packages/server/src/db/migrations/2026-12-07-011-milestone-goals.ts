import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * A milestone's `goals` lists the ids of the goals it serves, as JSON (collections.ts maps
 * lists so, like an activity's goals). Null for the milestones stored before: no goals.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('milestones').addColumn('goals', 'text').execute();
}
