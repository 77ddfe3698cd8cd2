import {
  aggregationOf,
  DomainError,
  FREQUENCY_GRAIN,
  frequencyOf,
  fromDayNumber,
  GRAINS,
  type Kpi,
  kpiSeries,
  reduceSeries,
  SERIES_WIDTH,
  type SeriesColumns,
  seriesColumns,
  toDayNumber,
  type KpiSeriesAnswer,
} from '@kurs/core';
import { z } from 'zod';
import type { Store } from '../repositories/repositories.js';
import { parseInput } from './input.js';
import { dateOf } from './options.js';
import { resolvePlan } from './plan-scope.js';

export interface KpiSeriesRequest {
  grain?: string;
  from?: string;
  to?: string;
  width?: string;
}

export type KpiSeries = KpiSeriesAnswer;

const grainSchema = z.enum(GRAINS, { error: `must be one of: ${GRAINS.join(', ')}` });
const widthSchema = z.coerce
  .number({ error: 'must be a whole number of pixels' })
  .int('must be a whole number of pixels')
  .positive('must be a whole number of pixels');

/** Whole series kept per plan revision, KPI and grain: a million values take seconds to read and roll up. */
const CACHED_SERIES = 8;

/**
 * The KPI page's series: rolled up by period once per plan revision (every write that changes a
 * plan moves it), then cut to the asked range and width for each request, so the answer's size
 * follows the chart, not the history.
 */
export class KpiSeriesService {
  private readonly cache = new Map<string, SeriesColumns>();

  constructor(private readonly store: Store) {}

  async series(workspace: string, plan: string, kpiId: string, request: KpiSeriesRequest = {}): Promise<KpiSeries> {
    const asked = request.grain === undefined ? undefined : parseInput(grainSchema, request.grain, 'The grain', ['grain']);
    const from = dateOf(request.from, 'from');
    const to = dateOf(request.to, 'to');
    if (from !== undefined && to !== undefined && to < from) {
      throw new DomainError('invalid', 'The range is not valid.', [
        { path: 'to', code: 'end_before_start', params: { start: from, end: to }, message: `must not be before from (${from})` },
      ]);
    }
    const width = clamp(request.width === undefined ? 1000 : parseInput(widthSchema, request.width, 'The width', ['width']));
    const { kpi, grain, columns } = await this.store.snapshot(async (repos) => {
      const { plan: row, scope } = await resolvePlan(repos, workspace, plan);
      const found = await repos.collection('kpis').find(scope, kpiId);
      if (!found) throw new DomainError('not_found', `There is no KPI "${kpiId}" in plan "${plan}".`);
      const kpi = found.entity as Kpi;
      const grain = asked ?? FREQUENCY_GRAIN[frequencyOf(kpi)];
      const key = `${row.id} ${row.revision} ${found.rowId} ${grain}`;
      const cached = this.cache.get(key);
      if (cached) {
        // Most recently used last, so the oldest is the one dropped.
        this.cache.delete(key);
        this.cache.set(key, cached);
        return { kpi, grain, columns: cached };
      }
      const measurements = await repos.measurements.list(scope, { kpiIds: [found.rowId] });
      const columns = seriesColumns(kpiSeries(measurements, { grain, aggregation: aggregationOf(kpi) }));
      this.cache.set(key, columns);
      if (this.cache.size > CACHED_SERIES) this.cache.delete(this.cache.keys().next().value!);
      return { kpi, grain, columns };
    });
    const reduced = reduceSeries(columns, {
      width,
      from: from === undefined ? undefined : toDayNumber(from),
      to: to === undefined ? undefined : toDayNumber(to),
    });
    return {
      kpi: kpiId,
      grain,
      aggregation: aggregationOf(kpi),
      width,
      from: reduced.from === null ? null : fromDayNumber(reduced.from),
      to: reduced.to === null ? null : fromDayNumber(reduced.to),
      total: reduced.total,
      reduced: reduced.reduced,
      t: reduced.t,
      v: reduced.v,
      n: reduced.n,
    };
  }
}

function clamp(width: number): number {
  return Math.min(SERIES_WIDTH.max, Math.max(SERIES_WIDTH.min, width));
}
