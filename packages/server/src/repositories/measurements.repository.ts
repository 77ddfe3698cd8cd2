import type { Measurement } from '@kurs/core';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { DatabaseKind } from '../db/database.js';
import type { Database } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { chunks, now, type Page, type PlanScope } from './scope.js';

export interface MeasurementRow {
  kpiId: string;
  date: string;
  value: number;
}

export interface MeasurementQuery {
  kpiIds?: string[];
  from?: string;
  to?: string;
}

/** A measurement with the place of its KPI in the plan. */
export type ListedMeasurement = Measurement & { position: number };

/** By the KPI's place in the plan (its id orders KPIs that share one), then date. */
export const MEASUREMENT_ORDER: ListOrder<ListedMeasurement> = {
  name: 'measurements',
  direction: 'asc',
  columns: [
    { ref: 'k.position', type: 'number' },
    { ref: 'k.key', type: 'string' },
    { ref: 'm.date', type: 'string' },
  ],
  keyOf: (row) => [row.position, row.kpi, row.date],
};

export class MeasurementsRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  /** Measurements with their KPI's user id, in the KPIs' order, then by date. */
  async list(scope: PlanScope, query: MeasurementQuery = {}): Promise<Measurement[]> {
    return (await this.listed(scope, query)).map(({ kpi, date, value }) => ({ kpi, date, value }));
  }

  /** Measurements in MEASUREMENT_ORDER, with their KPI's place; with a page, those after its key. */
  async listed(scope: PlanScope, query: MeasurementQuery = {}, page?: Page): Promise<ListedMeasurement[]> {
    let q = this.db
      .selectFrom('measurements as m')
      .innerJoin('kpis as k', 'k.id', 'm.kpi_id')
      .select(['k.key as kpi', 'k.position as position', 'm.date as date', 'm.value as value'])
      // Through the plan's KPIs (kpis_plan_idx) and the primary key; measurements have no plan index.
      .where('k.workspace_id', '=', scope.workspaceId)
      .where('k.plan_id', '=', scope.planId)
      .where('m.plan_id', '=', scope.planId);
    if (query.kpiIds) q = q.where('m.kpi_id', 'in', query.kpiIds.length ? query.kpiIds : ['']);
    if (query.from) q = q.where('m.date', '>=', query.from);
    if (query.to) q = q.where('m.date', '<=', query.to);
    const rows = await inOrder(q, MEASUREMENT_ORDER, page).execute();
    return rows.map((r) => ({ kpi: r.kpi as string, position: Number(r.position), date: r.date, value: Number(r.value) }));
  }

  /** Inserts rows that cannot clash with stored ones (a plan being written from a document). */
  async insert(scope: PlanScope, rows: readonly MeasurementRow[]): Promise<void> {
    await this.write(scope, rows, sql``);
  }

  /** Inserts or replaces (a repeated KPI and date replaces the value). */
  async upsert(scope: PlanScope, rows: readonly MeasurementRow[]): Promise<void> {
    // In the primary key's order, so that neighbouring rows land on the same index pages.
    const sorted = [...rows].sort((a, b) => compare(a.kpiId, b.kpiId) || compare(a.date, b.date));
    await this.write(
      scope,
      sorted,
      sql`on conflict (kpi_id, date) do update set value = excluded.value, version = measurements.version + 1, updated_at = excluded.updated_at`,
    );
  }

  /**
   * The rows travel as one parameter (a JSON text for SQLite) or three arrays (PostgreSQL) per
   * statement, not eight parameters each: a million rows would otherwise prepare hundreds of
   * statements of 30 000 parameters and leave their garbage behind.
   */
  private async write(scope: PlanScope, rows: readonly MeasurementRow[], onConflict: RawBuilder<unknown>): Promise<void> {
    const stamp = now();
    for (const batch of chunks(rows, 20_000)) {
      const source =
        this.kind === 'postgres'
          ? sql`select k, d, v from unnest(${batch.map((r) => r.kpiId)}::text[], ${batch.map((r) => r.date)}::text[], ${batch.map((r) => r.value)}::float8[]) as t(k, d, v)`
          : // SQLite reads a JSON number back as the same double.
            sql`select value ->> 0, value ->> 1, value ->> 2 from json_each(${JSON.stringify(batch.map((r) => [r.kpiId, r.date, r.value]))})`;
      // "where true": SQLite's rule for an upsert whose rows come from a select.
      await sql`insert into measurements (workspace_id, plan_id, kpi_id, date, value, version, created_at, updated_at)
        select ${scope.workspaceId}, ${scope.planId}, r.*, 1, ${stamp}, ${stamp} from (${source}) as r where true
        ${onConflict}`.execute(this.db);
    }
  }

  async delete(scope: PlanScope, query: MeasurementQuery): Promise<number> {
    const kpisOfPlan = this.db.selectFrom('kpis').select('id').where('workspace_id', '=', scope.workspaceId).where('plan_id', '=', scope.planId);
    let q = this.db.deleteFrom('measurements').where('kpi_id', 'in', kpisOfPlan).where('plan_id', '=', scope.planId);
    if (query.kpiIds) q = q.where('kpi_id', 'in', query.kpiIds.length ? query.kpiIds : ['']);
    if (query.from) q = q.where('date', '>=', query.from);
    if (query.to) q = q.where('date', '<=', query.to);
    const result = await q.executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
