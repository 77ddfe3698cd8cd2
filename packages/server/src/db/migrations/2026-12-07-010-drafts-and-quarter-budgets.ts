import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * `draft` marks content from a template that the user has not confirmed yet; a theme's
 * `quarters` holds its budget hours per quarter as JSON (collections.ts maps lists so).
 * Null for the rows stored before: confirmed, and spread evenly.
 */
const DRAFTABLE = ['audiences', 'competitors', 'channels', 'goals', 'kpis', 'themes', 'activities', 'milestones'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('themes').addColumn('quarters', 'text').execute();
  for (const table of DRAFTABLE) await db.schema.alterTable(table).addColumn('draft', 'integer').execute();
}
