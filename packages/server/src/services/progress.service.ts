import {
  type Aggregation,
  aggregationOf,
  DomainError,
  type GoalProgress,
  goalProgress,
  GRAINS,
  type Grain,
  type KpiOverview,
  kpiOverview,
  kpiSeries,
  type KpiSeriesPoint,
  type Milestone,
  type PlanDocument,
  type PlanHeader,
  type PlanProgress,
  planProgress,
} from '@kurs/core';
import { z } from 'zod';
import type { Store } from '../repositories/repositories.js';
import { parseInput } from './input.js';
import { dateOf, dayOf } from './options.js';
import { readPlanDocument, resolvePlan } from './plan-scope.js';

export interface SeriesRequest {
  grain?: string;
  from?: string;
  to?: string;
}

export interface KpiSeries {
  kpi: string;
  grain: Grain;
  aggregation: Aggregation;
  points: KpiSeriesPoint[];
}

export interface ProgressReport {
  today: string;
  summary: PlanProgress;
  goals: GoalProgress[];
  kpis: KpiOverview[];
}

export interface StatusReport extends ProgressReport {
  plan: PlanHeader;
  milestones: Milestone[];
  /** Goal titles and KPI names by id, so the report reads in words. */
  names: Record<string, string>;
}

const grainSchema = z.enum(GRAINS, { error: `must be one of: ${GRAINS.join(', ')}` });

/** Progress, status and forecast of every goal, and the KPI overview, as of `day`. */
export function progressOf(doc: PlanDocument, day: string): ProgressReport {
  const goals = goalProgress(doc, { today: day });
  return {
    today: day,
    summary: planProgress(doc, { today: day }, goals),
    goals,
    kpis: kpiOverview(doc, { today: day }, goals),
  };
}

/** What `kurs status` prints: progress and forecasts, overdue KPIs, the next milestones. */
export function statusOf(doc: PlanDocument, day: string): StatusReport {
  const milestones = (doc.milestones ?? []).filter((m) => m.date >= day).sort((a, b) => a.date.localeCompare(b.date));
  const { summary, goals, kpis } = progressOf(doc, day);
  return {
    today: day,
    plan: doc.plan,
    summary,
    goals,
    kpis,
    milestones: milestones.slice(0, 5),
    names: Object.fromEntries([...(doc.goals ?? []).map((g) => [g.id, g.title]), ...(doc.kpis ?? []).map((k) => [k.id, k.name])]),
  };
}

/** KPI series, goal progress and forecasts of a stored plan. */
export class ProgressService {
  constructor(private readonly store: Store) {}

  async series(workspace: string, plan: string, kpiId: string, request: SeriesRequest = {}): Promise<KpiSeries> {
    const grain = parseInput(grainSchema, request.grain ?? 'month', 'The grain', ['grain']);
    const from = dateOf(request.from, 'from');
    const to = dateOf(request.to, 'to');
    const { kpi, measurements } = await this.store.snapshot(async (repos) => {
      const { scope } = await resolvePlan(repos, workspace, plan);
      const kpi = await repos.collection('kpis').find(scope, kpiId);
      if (!kpi) throw new DomainError('not_found', `There is no KPI "${kpiId}" in plan "${plan}".`);
      return { kpi, measurements: await repos.measurements.list(scope, { kpiIds: [kpi.rowId], from, to }) };
    });
    const aggregation = aggregationOf(kpi.entity as never);
    return { kpi: kpiId, grain, aggregation, points: kpiSeries(measurements, { grain, aggregation, from, to }) };
  }

  async progress(workspace: string, plan: string, today?: string): Promise<ProgressReport> {
    const day = dayOf(today);
    return progressOf(await readPlanDocument(this.store, workspace, plan, { measurements: true }), day);
  }

  async status(workspace: string, plan: string, today?: string): Promise<StatusReport> {
    const day = dayOf(today);
    return statusOf(await readPlanDocument(this.store, workspace, plan, { measurements: true }), day);
  }
}
