import {
  FUNNEL_STAGES,
  type Activity,
  type Channel,
  type FunnelStage,
  type Goal,
  type Horizon,
  type Kpi,
  type Milestone,
  type Period,
  type PlanDocument,
  type Review,
  type Situation,
  type Theme,
} from '../plan/plan.schema.js';
import { isOpenActivity } from '../activities/activities.facts.js';
import { activityStages } from '../activities/activities.funnel.js';
import type { IsoDate } from '../shared/dates.js';

export interface MeasurementSummary {
  count: number;
  latest: IsoDate;
}

export interface StageCoverage {
  channels: number;
  kpis: number;
  activities: number;
}

/**
 * The plan indexed once, so that every rule is a linear scan: a plan may hold thousands of
 * activities and a hundred thousand measurements.
 */
export interface HealthContext {
  plan: PlanDocument;
  today: IsoDate;
  maintenanceShare: number;
  period: Period;
  /** The plan period has begun (today is on or after its start). */
  started: boolean;
  situation: Situation;
  channels: Channel[];
  goals: Goal[];
  kpis: Kpi[];
  activities: Activity[];
  themes: Theme[];
  milestones: Milestone[];
  reviews: Review[];
  goalById: Map<string, Goal>;
  kpiById: Map<string, Kpi>;
  activityById: Map<string, Activity>;
  themeById: Map<string, Theme>;
  childrenByGoal: Map<string, Goal[]>;
  goalCountByHorizon: Record<Horizon, number>;
  goalsByKpi: Map<string, Goal[]>;
  measurementsByKpi: Map<string, MeasurementSummary>;
  /** What addresses each funnel stage: present channels, KPIs, and activities not dropped. */
  funnel: Record<FunnelStage, StageCoverage>;
}

/** Open work the plan has committed to; an `idea` is backlog still to be decided on. */
export function isCommitted(activity: Activity): boolean {
  return isOpenActivity(activity) && activity.status !== 'idea';
}

/** A channel the company is on; one it is not on (`present: false`) is mapped only as an opportunity. */
export function isPresent(channel: Channel): boolean {
  return channel.present !== false;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function countByHorizon(goals: readonly Goal[]): Record<Horizon, number> {
  const counts: Record<Horizon, number> = { quarter: 0, year: 0, long: 0 };
  for (const goal of goals) counts[goal.horizon] += 1;
  return counts;
}

function summariseMeasurements(plan: PlanDocument): Map<string, MeasurementSummary> {
  const byKpi = new Map<string, MeasurementSummary>();
  // Measurements mostly come grouped by KPI (exports sort them so): a run needs one map lookup.
  let kpi: string | undefined;
  let summary: MeasurementSummary | undefined;
  for (const m of plan.measurements ?? []) {
    if (m.kpi !== kpi || !summary) {
      kpi = m.kpi;
      summary = byKpi.get(kpi);
      if (!summary) {
        summary = { count: 0, latest: m.date };
        byKpi.set(kpi, summary);
      }
    }
    summary.count += 1;
    if (m.date > summary.latest) summary.latest = m.date;
  }
  return byKpi;
}

function funnelCoverage(
  channels: Channel[],
  kpis: Kpi[],
  activities: Activity[],
  kpiById: Map<string, Kpi>,
): Record<FunnelStage, StageCoverage> {
  const coverage = Object.fromEntries(
    FUNNEL_STAGES.map((stage) => [stage, { channels: 0, kpis: 0, activities: 0 }]),
  ) as Record<FunnelStage, StageCoverage>;
  for (const channel of channels) {
    if (!isPresent(channel)) continue;
    for (const stage of new Set(channel.funnel ?? [])) coverage[stage].channels += 1;
  }
  for (const kpi of kpis) if (kpi.funnel_stage) coverage[kpi.funnel_stage].kpis += 1;
  const stageOfKpi = (id: string) => kpiById.get(id)?.funnel_stage;
  for (const activity of activities) {
    for (const stage of activityStages(activity, stageOfKpi)) coverage[stage].activities += 1;
  }
  return coverage;
}

export function buildContext(
  plan: PlanDocument,
  options: { today: IsoDate; maintenanceShare: number },
): HealthContext {
  const situation = plan.situation ?? {};
  const channels = situation.channels ?? [];
  const goals = plan.goals ?? [];
  const kpis = plan.kpis ?? [];
  const activities = plan.activities ?? [];
  const themes = plan.themes ?? [];
  const kpiById = new Map(kpis.map((kpi) => [kpi.id, kpi]));
  return {
    plan,
    today: options.today,
    maintenanceShare: options.maintenanceShare,
    period: plan.plan.period,
    started: options.today >= plan.plan.period.start,
    situation,
    channels,
    goals,
    kpis,
    activities,
    themes,
    milestones: plan.milestones ?? [],
    reviews: plan.reviews ?? [],
    goalById: new Map(goals.map((goal) => [goal.id, goal])),
    kpiById,
    activityById: new Map(activities.map((activity) => [activity.id, activity])),
    themeById: new Map(themes.map((theme) => [theme.id, theme])),
    childrenByGoal: groupBy(goals, (goal) => goal.parent),
    goalCountByHorizon: countByHorizon(goals),
    goalsByKpi: groupBy(goals, (goal) => goal.kpi),
    measurementsByKpi: summariseMeasurements(plan),
    funnel: funnelCoverage(channels, kpis, activities, kpiById),
  };
}
