import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * The delimiter of the file a remembered import mapping was read from: a mapping's decimal mark
 * or date order holds for files written the same way, and a file with another delimiter (a ','
 * file after a ';' one) is read anew. Null for mappings remembered before it was kept.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('import_mappings').addColumn('delimiter', 'text').execute();
}
