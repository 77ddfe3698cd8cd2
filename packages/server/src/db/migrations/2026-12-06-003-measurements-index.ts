import type { Kysely } from 'kysely';

/*
 * Frozen: never edit a migration that has shipped; add a new one.
 * Measurements lose their (workspace_id, plan_id) index: every inserted row paid for a second
 * index, and a plan's measurements are reached as well through its KPIs (kpis_plan_idx) and
 * the primary key (kpi_id, date). A million-row import on PostgreSQL spends its time there.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('measurements_plan_idx').execute();
}
