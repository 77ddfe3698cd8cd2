import {
  type GoalProgress,
  goalProgress,
  type KpiOverview,
  kpiOverview,
  type Milestone,
  type PlanDocument,
  type PlanHeader,
  type PlanProgress,
  planProgress,
} from '@kurs/core';
import type { Store } from '../repositories/repositories.js';
import { dayOf } from './options.js';
import { readPlanDocument } from './plan-scope.js';

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

/** Goal progress and forecasts of a stored plan (a KPI's series: KpiSeriesService). */
export class ProgressService {
  constructor(private readonly store: Store) {}

  async progress(workspace: string, plan: string, today?: string): Promise<ProgressReport> {
    const day = dayOf(today);
    return progressOf(await readPlanDocument(this.store, workspace, plan, { measurements: true }), day);
  }

  async status(workspace: string, plan: string, today?: string): Promise<StatusReport> {
    const day = dayOf(today);
    return statusOf(await readPlanDocument(this.store, workspace, plan, { measurements: true }), day);
  }
}
