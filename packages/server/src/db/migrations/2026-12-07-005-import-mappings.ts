import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * The mapping of a plan's last measurement import per source (an export Kurs recognises, or a
 * header's fingerprint), so that next month's export of the same report imports in one step.
 * It goes with its plan (and the plan with its workspace); its KPI ids are checked when it is
 * used, not kept in step with the KPIs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('import_mappings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_mappings_pk', ['plan_id', 'source'])
    .execute();
}
