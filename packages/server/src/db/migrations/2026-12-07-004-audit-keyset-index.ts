import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * The audit log is read newest first by (at, id), a page starting after the last (at, id) seen
 * (a keyset cursor). The index on (workspace_id, at) could not find that place without reading
 * the rows of the same millisecond; (workspace_id, at, id) finds it and gives the order.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('audit_log_workspace_at_id').on('audit_log').columns(['workspace_id', 'at', 'id']).execute();
  await db.schema.dropIndex('audit_log_workspace_at').execute();
}
