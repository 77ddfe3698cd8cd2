import { DomainError, fieldError, type FieldError, isoDateSchema, type Measurement, measurementSchema } from '@kurs/core';
import { z } from 'zod';
import { MEASUREMENT_ORDER, type MeasurementQuery } from '../repositories/measurements.repository.js';
import type { Repositories, Store } from '../repositories/repositories.js';
import type { PlanScope } from '../repositories/scope.js';
import { audit } from './audit.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';
import { parseInput } from './input.js';
import { lockPlan, resolvePlan } from './plan-scope.js';

export interface MeasurementFilter {
  kpi?: string[];
  from?: string;
  to?: string;
}

const MAX_ITEMS = 100_000;
/** The body of an upsert; the route documents and checks it with this same schema. */
export const measurementUpsertSchema = z.strictObject({ items: z.array(measurementSchema).max(MAX_ITEMS, `at most ${MAX_ITEMS} measurements at a time`) });

/** One audit entry for a batch of measurements: the KPIs touched and how many rows. */
export function measurementEntry(action: string, plan: string, kpis: string[], count: number, range: { from?: string; to?: string } = {}) {
  const names = [...new Set(kpis)].sort();
  const span = range.from || range.to ? ` from ${range.from ?? 'the start'} to ${range.to ?? 'the end'}` : '';
  return { action, entityType: 'measurements', entityId: names.join(',') || '*', plan, fields: ['value'], detail: `${count} measurement(s)${span}` };
}

export class MeasurementsService {
  constructor(private readonly store: Store) {}

  async list(workspace: string, plan: string, filter: MeasurementFilter, page?: PageRequest): Promise<PageResult<Measurement>> {
    const { scope } = await resolvePlan(this.store.repos, workspace, plan);
    const query = await this.query(this.store.repos, scope, filter);
    return paginate(page, MEASUREMENT_ORDER, (p) => this.store.repos.measurements.listed(scope, query, p), ({ kpi, date, value }) => ({ kpi, date, value }));
  }

  /** Inserts or replaces each kpi+date, all or nothing. */
  /** `body` is `{ items: [...] }`, as the other write routes, with no other field. */
  async upsert(workspace: string, plan: string, body: unknown): Promise<{ upserted: number }> {
    const { items } = parseInput(measurementUpsertSchema, body, 'The measurements');
    return this.store.transaction(async (repos) => {
      const { scope, plan: row } = await lockPlan(repos, workspace, plan);
      const kpiIds = await repos.documents.kpiIds(scope);
      const errors: FieldError[] = [];
      const rows = items.map((m, i) => {
        const kpiId = kpiIds.get(m.kpi);
        if (!kpiId) errors.push(fieldError(`items[${i}].kpi`, 'unknown_reference', `no kpi with id "${m.kpi}"`, { kind: 'kpi', id: m.kpi }));
        return { kpiId: kpiId!, date: m.date, value: m.value };
      });
      if (errors.length) throw new DomainError('invalid', 'Some measurements name a KPI the plan does not have.', errors);
      await repos.measurements.upsert(scope, rows);
      await repos.plans.touch(row.id);
      await audit(repos, scope.workspaceId, measurementEntry('measurements.upsert', plan, items.map((m) => m.kpi), rows.length));
      return { upserted: rows.length };
    });
  }

  async delete(workspace: string, plan: string, filter: MeasurementFilter): Promise<{ deleted: number }> {
    if (!filter.kpi?.length && !filter.from && !filter.to) {
      throw new DomainError('invalid', 'Say which measurements to delete: kpi, from or to.', [fieldError('kpi', 'one_required', 'give kpi, from or to', { fields: ['kpi', 'from', 'to'] })]);
    }
    return this.store.transaction(async (repos) => {
      const { scope, plan: row } = await lockPlan(repos, workspace, plan);
      const query = await this.query(repos, scope, filter);
      const deleted = await repos.measurements.delete(scope, query);
      if (deleted) await repos.plans.touch(row.id);
      await audit(repos, scope.workspaceId, measurementEntry('measurements.delete', plan, filter.kpi ?? [], deleted, filter));
      return { deleted };
    });
  }

  private async query(repos: Repositories, scope: PlanScope, filter: MeasurementFilter): Promise<MeasurementQuery> {
    const errors: FieldError[] = [];
    for (const field of ['from', 'to'] as const) {
      const value = filter[field];
      if (value !== undefined && !isoDateSchema.safeParse(value).success) errors.push(fieldError(field, 'invalid_date', `"${value}" is not a date written YYYY-MM-DD`, { value }));
    }
    let ids: string[] | undefined;
    if (filter.kpi?.length) {
      const known = await repos.documents.kpiIds(scope);
      ids = [];
      for (const key of filter.kpi) {
        const id = known.get(key);
        if (id) ids.push(id);
        else errors.push(fieldError('kpi', 'unknown_reference', `no kpi with id "${key}"`, { kind: 'kpi', id: key }));
      }
    }
    if (errors.length) throw new DomainError('invalid', 'The measurement filter is not valid.', errors);
    return { kpiIds: ids, from: filter.from, to: filter.to };
  }
}
