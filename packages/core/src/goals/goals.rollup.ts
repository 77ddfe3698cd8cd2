import {
  GOAL_STATUSES,
  HORIZONS,
  type Goal,
  type GoalStatus,
  type Horizon,
  type Kpi,
  type Measurement,
  type Period,
  type PlanDocument,
} from '../plan/plan.schema.js';
import { addDays, type IsoDate } from '../shared/dates.js';
import { measurementDue } from '../kpis/kpis.due.js';
import { frequencyOf } from '../kpis/kpis.frequency.js';
import { lastOnOrBefore, measurementsByKpi } from '../kpis/kpis.history.js';
import { forecastGoal, type GoalForecast } from './goals.forecast.js';
import { expectedProgress, goalStatus, progressOf } from './goals.progress.js';
import { readGoal, type GoalReading, type NoDataReason } from './goals.reading.js';

export interface GoalProgressOptions {
  today: IsoDate;
}

export interface GoalProgress {
  goal: string;
  /** Where the progress comes from: the goal's own KPI, its sub-goals, or nothing. */
  source: 'kpi' | 'sub_goals' | 'none';
  /** How the actual was read from the KPI (null unless the source is the KPI). */
  reading: GoalReading | null;
  /** The baseline and target the progress is measured between (a total counts from 0). */
  baseline: number | null;
  target: number | null;
  actual: number | null;
  /** The date the actual stands for: its latest measurement. */
  actualDate: IsoDate | null;
  /** 0 at the baseline, 1 at the target; null without data. Sub-goals count at most 1 each. */
  progress: number | null;
  /** Why the progress is null; null when there is progress. */
  noData: NoDataReason | null;
  /** The progress expected by the actual's date (by today when there is none); 1 once the target date is past. */
  expected: number;
  /** Once the target date is past: `achieved` if the goal got there by then, else `missed` (or `no_data`). */
  status: GoalStatus;
  /**
   * The date an achieved goal reached its target (since when it has stayed there without a
   * break; for a parent, when the last of its sub-goals got there). Null unless achieved.
   */
  achievedOn: IsoDate | null;
  /** The KPI's next result is overdue (measurementDue; for sub-goals: any of them is); never once the target date is past. */
  stale: boolean;
  /**
   * The target date is past: the goal is judged by where it stood on that date (its actual is
   * the one at the target date), achieved or missed, and there is nothing left to forecast.
   */
  pastTarget: boolean;
  /** Null once the goal is achieved (then `achievedOn` says when) or its target date is past. */
  forecast: GoalForecast | null;
  /** The KPI's latest measurement up to today, wherever it falls. */
  lastMeasurement: { date: IsoDate; value: number } | null;
}

/**
 * Progress, expected progress, status, staleness and forecast of every goal, in plan order.
 * A goal with a KPI is read from the KPI's measurements up to `today`, and once its target
 * date is past, from those up to that date (docs/decisions/goal-actuals.md); a goal without one
 * takes the weighted mean of its sub-goals (weight 1 unless given). A goal without a
 * baseline date starts the day before the plan period, without a target date it ends with it.
 */
export function goalProgress(plan: PlanDocument, options: GoalProgressOptions): GoalProgress[] {
  return goalProgressOf(plan, measurementsByKpi(plan.measurements ?? []), options.today);
}

/** goalProgress with the measurements already grouped by KPI (see measurementsByKpi), for callers that need them too. */
export function goalProgressOf(plan: PlanDocument, history: ReadonlyMap<string, readonly Measurement[]>, today: IsoDate): GoalProgress[] {
  return (plan.goals ?? []).map(goalProgressReader(plan, history, today));
}

/**
 * The progress of one goal of the plan at a time, as goalProgressOf gives it, for a caller that
 * needs only some: only those goals and their sub-goals are read, and `history` needs only
 * their KPIs.
 */
export function goalProgressReader(
  plan: PlanDocument,
  history: ReadonlyMap<string, readonly Measurement[]>,
  today: IsoDate,
): (goal: Goal) => GoalProgress {
  const goals = plan.goals ?? [];
  const kpis = new Map((plan.kpis ?? []).map((k) => [k.id, k]));
  const children = childrenOf(goals);
  const done = new Map<string, GoalProgress>();
  const visiting = new Set<string>();

  function progressOfGoal(goal: Goal): GoalProgress {
    const known = done.get(goal.id);
    if (known) return known;
    // A parent cycle is reported by the plan rules; here it only must not recurse for ever.
    visiting.add(goal.id);
    const dates = datesOf(goal, plan);
    const kpi = goal.kpi === undefined ? undefined : kpis.get(goal.kpi);
    const subGoals = (children.get(goal.id) ?? []).filter((g) => !visiting.has(g.id));
    const expectedToday = expectedProgress(dates, today) ?? 0;
    const open =
      goal.kpi !== undefined
        ? fromKpi(goal, kpi, history.get(goal.kpi) ?? [], dates, expectedToday, plan.plan.period, today)
        : subGoals.length > 0
          ? rollUp(
              goal.id,
              subGoals.map((g) => ({ weight: g.weight, progress: progressOfGoal(g) })),
              expectedToday,
            )
          : withoutData(goal.id, 'none', expectedToday, { reason: 'no_kpi' });
    const result: GoalProgress = today > dates.target.date ? atDeadline(open, dates.target.date) : { ...open, pastTarget: false };
    visiting.delete(goal.id);
    done.set(goal.id, result);
    return result;
  }

  return progressOfGoal;
}

export interface StatusCounts {
  goals: number;
  byStatus: Record<GoalStatus, number>;
  stale: number;
}

export interface PlanProgress extends StatusCounts {
  /** The weighted progress of the top-level goals, rolled up like sub-goals into a parent. */
  progress: number | null;
  expected: number;
  status: GoalStatus;
  byHorizon: Record<Horizon, StatusCounts>;
}

/**
 * The plan at a glance: goals by status, overall and per horizon, and the top-level goals rolled
 * up. A caller that shows the goals too passes their goalProgress, so that it is worked out once.
 */
export function planProgress(plan: PlanDocument, options: GoalProgressOptions, progress = goalProgress(plan, options)): PlanProgress {
  const goals = plan.goals ?? [];
  const ids = new Set(goals.map((g) => g.id));
  const topLevel = goals.flatMap((goal, i) =>
    goal.parent === undefined || !ids.has(goal.parent) ? [{ weight: goal.weight, progress: progress[i] }] : [],
  );
  const rolled = rollUp('', topLevel, expectedProgress(datesOf({}, plan), options.today) ?? 0);
  const byHorizon = Object.fromEntries(
    HORIZONS.map((horizon) => [horizon, countStatuses(progress.filter((_, i) => goals[i].horizon === horizon))]),
  ) as Record<Horizon, StatusCounts>;
  return {
    ...countStatuses(progress),
    progress: rolled.progress,
    expected: rolled.expected,
    status: rolled.status,
    byHorizon,
  };
}

interface GoalDates {
  baseline: { date: IsoDate };
  target: { date: IsoDate };
}

/** A goal's dates, or the plan period's where it has none (the baseline is the day before the period starts). */
function datesOf(goal: Pick<Goal, 'baseline' | 'target'>, plan: PlanDocument): GoalDates {
  return {
    baseline: { date: goal.baseline?.date ?? addDays(plan.plan.period.start, -1) },
    target: { date: goal.target?.date ?? plan.plan.period.end },
  };
}

function fromKpi(
  goal: Goal,
  kpi: Kpi | undefined,
  measurements: readonly Measurement[],
  dates: GoalDates,
  expectedToday: number,
  period: Period,
  today: IsoDate,
): Omit<GoalProgress, 'pastTarget'> {
  if (kpi === undefined) return withoutData(goal.id, 'kpi', expectedToday, { reason: 'no_kpi' });
  const last = lastOnOrBefore(measurements, today);
  const lastMeasurement = last && { date: last.date, value: last.value };
  const stale = last !== null && measurementDue({ frequency: frequencyOf(kpi), period, latest: measurements.at(-1)!.date, today }).overdue;
  const { reading, scale, actual, gap, reachedOn, series } = readGoal({
    goal,
    kpi,
    measurements,
    start: dates.baseline.date,
    end: dates.target.date,
    today,
  });
  const progress = scale && actual ? progressOf(scale, actual.value) : null;
  const expected = actual ? (expectedProgress(dates, actual.date) ?? 0) : expectedToday;
  // Once the target date is past there is nothing left to forecast.
  const forecast =
    scale && reachedOn === null && today <= dates.target.date
      ? forecastGoal(series, { date: dates.target.date, value: scale.target, direction: scale.direction })
      : null;
  return {
    goal: goal.id,
    source: 'kpi',
    reading,
    baseline: scale?.baseline ?? null,
    target: scale?.target ?? null,
    actual: actual?.value ?? null,
    actualDate: actual?.date ?? null,
    progress,
    noData: progress !== null ? null : goal.target?.value === undefined ? { reason: 'no_target' } : gap,
    expected,
    status: goalStatus(progress, expected),
    achievedOn: reachedOn,
    stale,
    forecast,
    lastMeasurement,
  };
}

/**
 * The weighted mean of the parts' progress and expected progress. Parts without data are
 * left out; a part beyond its target counts as 1, so it cannot hide a part that lags.
 * Without any data the expected progress is the whole's own (`expectedToday`).
 */
function rollUp(
  goal: string,
  parts: readonly { weight: number | undefined; progress: GoalProgress }[],
  expectedToday: number,
): Omit<GoalProgress, 'pastTarget'> {
  let weights = 0;
  let progress = 0;
  let expected = 0;
  let stale = false;
  let achievedOn: IsoDate | null = null;
  for (const { weight = 1, progress: part } of parts) {
    stale ||= part.stale;
    if (part.progress === null) continue;
    weights += weight;
    progress += weight * Math.min(1, part.progress);
    expected += weight * part.expected;
    if (part.achievedOn !== null && (achievedOn === null || part.achievedOn > achievedOn)) achievedOn = part.achievedOn;
  }
  if (weights === 0) return { ...withoutData(goal, 'sub_goals', expectedToday, { reason: 'no_sub_goal_data' }), stale };
  const status = goalStatus(progress / weights, expected / weights);
  return {
    ...withoutData(goal, 'sub_goals', expected / weights, null),
    progress: progress / weights,
    status,
    // Achieved only when every part with data is: then the last of them to get there.
    achievedOn: status === 'achieved' ? achievedOn : null,
    stale,
  };
}

/**
 * A goal whose target date is past is over: achieved if it reached its target by that date
 * (a parent: if its last sub-goal did), otherwise missed, against the whole way expected; it
 * waits for no new result.
 */
function atDeadline(progress: Omit<GoalProgress, 'pastTarget'>, target: IsoDate): GoalProgress {
  const achieved = progress.achievedOn !== null && progress.achievedOn <= target;
  return {
    ...progress,
    pastTarget: true,
    expected: 1,
    status: progress.progress === null ? 'no_data' : achieved ? 'achieved' : 'missed',
    achievedOn: achieved ? progress.achievedOn : null,
    stale: false,
  };
}

function withoutData(goal: string, source: GoalProgress['source'], expected: number, reason: NoDataReason | null): Omit<GoalProgress, 'pastTarget'> {
  return {
    goal,
    source,
    reading: null,
    baseline: null,
    target: null,
    actual: null,
    actualDate: null,
    progress: null,
    noData: reason,
    expected,
    status: 'no_data',
    achievedOn: null,
    stale: false,
    forecast: null,
    lastMeasurement: null,
  };
}

function countStatuses(progress: readonly GoalProgress[]): StatusCounts {
  const byStatus = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  let stale = 0;
  for (const p of progress) {
    byStatus[p.status] += 1;
    if (p.stale) stale += 1;
  }
  return { goals: progress.length, byStatus, stale };
}

function childrenOf(goals: readonly Goal[]): Map<string, Goal[]> {
  const children = new Map<string, Goal[]>();
  for (const goal of goals) {
    if (goal.parent === undefined) continue;
    const list = children.get(goal.parent);
    if (list) list.push(goal);
    else children.set(goal.parent, [goal]);
  }
  return children;
}
