import type { Activity, ActivityStatus, PlanDocument } from '../plan/plan.schema.js';
import { DomainError, fieldError, formatPath } from '../shared/errors.js';
import { addDays, toDayNumber, type IsoDate } from '../shared/dates.js';
import { solveKnapsack, type KnapsackItem } from './activities.knapsack.js';
import { teamOf } from './activities.facts.js';
import { dateOptionErrors } from './activities.options.js';
import { priorityOfPlan, type PriorityClass, type PriorityOf } from './activities.priority.js';
import { reason, round2, type Reason } from './activities.reason.js';
import { scheduleQuarter, type DateChange, type DateChangeCode, type DateField, type DateRange, type Scheduled } from './activities.schedule.js';
import { capacityReasons, capacityWarnings, type QuarterWarningCode, type RoomFacts } from './activities.quarter-room.js';
import { dependencyReason, judge, leaveOutWhatCannotStart, type LeftOutCode, type Verdict } from './activities.quarter-verdicts.js';
import { hoursInWindow, windowGrid } from './activities.window.js';

/*
 * The 90-day plan (product step 5: "detailed planning rarely holds beyond 90 days"): the
 * activities to do in the next 90 days within the hours available, in the order of priority
 * the ranking uses too (urgent and important, then serving a goal; activities.priority.ts),
 * and within it the most valuable set. Nothing here changes a date the user set: missing
 * dates are proposed, and a move of a set date is offered as a change (activities.schedule.ts).
 * docs/scoring.md explains the rules with examples.
 */

/** The quarter plan covers this many days: `from` up to and including `from` + 89. */
export const QUARTER_DAYS = 90;

export type { DateChangeCode, DateField, DateRange, LeftOutCode, QuarterWarningCode };

export interface PlanQuarterOptions {
  from: IsoDate;
  /** One number for everyone, or hours per team (see UNASSIGNED_TEAM). */
  capacityHours: number | Record<string, number>;
  /** Nothing new is proposed to start before today. */
  today: IsoDate;
}

/** A move of dates the user set, offered by the plan and applied only when the user ticks it. */
export interface QuarterChange extends DateRange {
  reason: Reason<DateChangeCode>;
}

export interface QuarterActivity {
  id: string;
  title: string;
  team: string | null;
  theme: string | null;
  status: ActivityStatus | null;
  /**
   * Hours counted in these 90 days: the estimate spread evenly over the activity's days, the
   * share inside the window (as on the themes page); for work in progress, what is left of the
   * estimate spread over the days it has left.
   */
  hours: number;
  value: number | null;
  /** Already in progress: kept whatever the scores, and counted first. */
  kept: boolean;
  priority: PriorityClass;
  /** The dates the activity has now. */
  current: { start: IsoDate | null; end: IsoDate | null };
  /** Its dates once accepted with no change ticked: the user's, and proposed ones where they are missing. */
  start: IsoDate;
  end: IsoDate;
  /** The fields of start/end that are new (the activity had no such date). */
  proposed: DateField[];
  change: QuarterChange | null;
}

export interface LeftOutActivity {
  id: string;
  title: string;
  team: string | null;
  reason: Reason<LeftOutCode>;
  /** For `dependency`: the dependency that stands in the way. */
  dependency?: string;
}

export interface TeamUse {
  team: string;
  /** Null when one capacity is shared by all teams. */
  capacityHours: number | null;
  usedHours: number;
  /** The part of usedHours taken by work already in progress. */
  keptHours: number;
}

export interface QuarterPlan {
  window: DateRange;
  /** Kept and newly chosen activities, in plan order. */
  chosen: QuarterActivity[];
  leftOut: LeftOutActivity[];
  teams: TeamUse[];
  capacityHours: number;
  usedHours: number;
  /** Sum of the value scores of the chosen activities that are not already in progress. */
  chosenValue: number;
  /** True when the choice is proven the best; false when a heuristic decided (see activities.knapsack.ts). */
  exact: boolean;
  /** What the reader must know first: work in progress that alone takes more than the capacity. */
  warnings: Reason<QuarterWarningCode>[];
}

/** Hours of work still to do: the estimate, or what is left of it for work in progress. */
function hoursToDo(activity: Activity, kept: boolean): number {
  const estimate = activity.estimate_hours ?? 0;
  return kept ? Math.max(0, estimate - (activity.actual_hours ?? 0)) : estimate;
}

function checkOptions(options: PlanQuarterOptions): void {
  const errors = dateOptionErrors(options, ['from', 'today']);
  const capacities: [string, number][] =
    typeof options.capacityHours === 'number'
      ? [['capacityHours', options.capacityHours]]
      : Object.entries(options.capacityHours).map(([team, hours]) => [formatPath(['capacityHours', team]), hours]);
  for (const [path, hours] of capacities) {
    if (!Number.isFinite(hours) || hours < 0) errors.push(fieldError(path, 'too_small', 'must be a number of hours, 0 or more', { minimum: 0, origin: 'number', inclusive: true }));
  }
  if (errors.length > 0) throw new DomainError('invalid', 'cannot plan the quarter with these options', errors);
}

/**
 * Knapsack values that make the order of priority lexicographic: a class's values are scaled
 * by more than every lower class could add together, so one unit of value in a higher class
 * outweighs any choice below it. Values count in hundredths at most. `exact` is false in the
 * (very large) case where the scaled sums would leave the integers a double holds exactly.
 */
export function lexicographicValues(items: readonly { tier: number; value: number }[]): { values: number[]; exact: boolean } {
  let decimals = 0;
  for (const item of items) {
    while (decimals < 2 && Math.abs(item.value * 10 ** decimals - Math.round(item.value * 10 ** decimals)) > 1e-9) decimals++;
  }
  const units = items.map((item) => Math.round(item.value * 10 ** decimals));
  const tiers = [...new Set(items.map((item) => item.tier))].sort((a, b) => a - b);
  const scale = new Map<number, number>();
  let below = 0;
  for (const tier of tiers) {
    const factor = below + 1;
    scale.set(tier, factor);
    below += items.reduce((sum, item, i) => sum + (item.tier === tier ? units[i] * factor : 0), 0);
  }
  return { values: items.map((item, i) => units[i] * (scale.get(item.tier) as number)), exact: below <= Number.MAX_SAFE_INTEGER };
}

/** Why the plan offers to move dates the user set, in parameters and in English. */
function changeReason(change: DateChange, activity: Activity, hoursLeft: number): Reason<DateChangeCode> {
  if (change.code === 'overdue') {
    const left = round2(hoursLeft);
    return reason('overdue', { end: activity.end as IsoDate, hours_left: left }, `should have ended on ${activity.end} and has ${left} h left: end it on ${change.end}`);
  }
  const dependency = change.dependency as string;
  return reason('dependency_order', { dependency }, `starts before "${dependency}" has ended: move it to ${change.start} – ${change.end}`);
}

/**
 * Chooses the activities of the next 90 days: work in progress first, then, in the order of
 * priority (urgent and important, then serving a goal), the set of candidates with the highest
 * value score that fits the capacity (per team when given per team), where an activity is
 * chosen only with all its dependencies (each done, in progress or chosen). Hours count as
 * they fall in the 90 days. Every other activity is listed with the reason it was left out.
 */
export function planQuarter(plan: PlanDocument, options: PlanQuarterOptions): QuarterPlan {
  checkOptions(options);
  const activities = plan.activities ?? [];
  const window = { start: options.from, end: addDays(options.from, QUARTER_DAYS - 1) };
  const grid = windowGrid(window);
  const todayDay = toDayNumber(options.today);
  const priorityOf = priorityOfPlan(plan);
  const shared = typeof options.capacityHours === 'number';
  const poolNames = shared
    ? ['*']
    : [...new Set([...Object.keys(options.capacityHours), ...activities.map(teamOf)])];
  const capacities = poolNames.map((name) =>
    typeof options.capacityHours === 'number' ? options.capacityHours : (options.capacityHours[name] ?? 0),
  );
  const poolIndex = new Map(poolNames.map((name, i) => [name, i]));
  const poolOf = (activity: Activity): number => (shared ? 0 : (poolIndex.get(teamOf(activity)) as number));

  const verdicts = judge(activities, window);
  const isKept = (a: Activity) => verdicts.get(a.id)?.kind === 'kept';
  const plannable = activities.filter((a) => verdicts.get(a.id)?.kind !== 'out');
  const schedule = scheduleQuarter(
    plannable.map((activity) => ({
      id: activity.id,
      hours: hoursToDo(activity, isKept(activity)),
      start: activity.start,
      end: activity.end,
      kept: isKept(activity),
      dependsOn: activity.depends_on ?? [],
    })),
    window,
    options.today,
  );

  leaveOutWhatCannotStart(plannable, verdicts, schedule);

  // Hours in the window: new work by its dates; work in progress, what is left over the days it has left.
  const windowHours = new Map<string, number>();
  for (const activity of plannable.filter((a) => verdicts.get(a.id)?.kind !== 'out')) {
    const dates = schedule.get(activity.id) as Scheduled;
    const kept = isKept(activity);
    let first = toDayNumber(dates.start);
    let last = toDayNumber(dates.end);
    if (kept) {
      first = Math.max(first, todayDay);
      // Overdue: the hours left are worked from today, as the offered new end says.
      if (last < first) last = dates.change ? toDayNumber(dates.change.end) : first;
    }
    windowHours.set(activity.id, hoursInWindow(grid, hoursToDo(activity, kept), first, last));
  }
  const hoursOf = (activity: Activity) => windowHours.get(activity.id) ?? 0;

  const kept = activities.filter(isKept);
  const candidates = activities.filter((a) => verdicts.get(a.id)?.kind === 'candidate');
  const keptHours = poolNames.map(() => 0);
  for (const activity of kept) keptHours[poolOf(activity)] += hoursOf(activity);

  const byId = new Map(activities.map((a) => [a.id, a]));
  const priorities = new Map(activities.map((a) => [a.id, priorityOf(a)]));
  const priority = (activity: Activity) => priorities.get(activity.id) as PriorityOf;
  const candidateIndex = new Map(candidates.map((a, i) => [a.id, i]));
  const weighted = lexicographicValues(candidates.map((a) => ({ tier: priority(a).tier, value: a.value as number })));
  const items: KnapsackItem[] = candidates.map((activity, i) => ({
    pool: poolOf(activity),
    hours: hoursOf(activity),
    value: weighted.values[i],
    dependsOn: (activity.depends_on ?? []).flatMap((id) => {
      const index = candidateIndex.get(id);
      return index === undefined ? [] : [index];
    }),
  }));
  const solution = solveKnapsack(items, capacities.map((capacity, pool) => Math.max(0, capacity - keptHours[pool])));
  const chosenIds = new Set([...kept.map((a) => a.id), ...candidates.filter((_, i) => solution.chosen[i]).map((a) => a.id)]);

  const usedHours = poolNames.map(() => 0);
  const planned = activities.filter((a) => chosenIds.has(a.id));
  for (const activity of planned) usedHours[poolOf(activity)] += hoursOf(activity);

  const chosen = planned.map((activity): QuarterActivity => {
    const dates = schedule.get(activity.id) as Scheduled;
    const keptHere = isKept(activity);
    const change = dates.change && { start: dates.change.start, end: dates.change.end, reason: changeReason(dates.change, activity, hoursToDo(activity, keptHere)) };
    return {
      id: activity.id,
      title: activity.title,
      team: activity.team ?? null,
      theme: activity.theme ?? null,
      status: activity.status ?? null,
      hours: hoursOf(activity),
      value: activity.value ?? null,
      kept: keptHere,
      priority: priority(activity).class,
      current: { start: activity.start ?? null, end: activity.end ?? null },
      start: dates.start,
      end: dates.end,
      proposed: dates.proposed,
      change,
    };
  });

  const room: RoomFacts = {
    shared,
    poolNames,
    poolOf,
    capacities,
    keptHours,
    usedHours,
    newChosen: planned.filter((a) => !isKept(a)),
    hoursOf,
    priority,
    byId,
  };
  const capacityReason = capacityReasons(room);
  const leftOut = activities
    .filter((a) => !chosenIds.has(a.id))
    .map((activity): LeftOutActivity => {
      const verdict = verdicts.get(activity.id) as Verdict;
      const base = { id: activity.id, title: activity.title, team: activity.team ?? null };
      if (verdict.kind === 'out') return { ...base, reason: verdict.reason, dependency: verdict.dependency };
      const missing = (activity.depends_on ?? []).find((id) => candidateIndex.has(id) && !chosenIds.has(id));
      if (missing) return { ...base, reason: dependencyReason(missing, 'not_chosen'), dependency: missing };
      return { ...base, reason: capacityReason(activity) };
    });

  return {
    window,
    chosen,
    leftOut,
    teams: teamUse(planned, shared, options.capacityHours, hoursOf, isKept),
    capacityHours: capacities.reduce((sum, capacity) => sum + capacity, 0),
    usedHours: round2(usedHours.reduce((a, b) => a + b, 0)),
    chosenValue: chosen.reduce((sum, a) => sum + (a.kept ? 0 : (a.value ?? 0)), 0),
    exact: solution.exact && weighted.exact,
    warnings: capacityWarnings(room),
  };
}

/** Hours per team (UNASSIGNED_TEAM for activities without one), with every team that has capacity. */
function teamUse(
  planned: readonly Activity[],
  shared: boolean,
  capacity: number | Record<string, number>,
  hoursOf: (activity: Activity) => number,
  isKept: (activity: Activity) => boolean,
): TeamUse[] {
  const teams = new Map<string, TeamUse>();
  const entry = (team: string): TeamUse => {
    let use = teams.get(team);
    if (!use) {
      use = { team, capacityHours: shared ? null : ((capacity as Record<string, number>)[team] ?? 0), usedHours: 0, keptHours: 0 };
      teams.set(team, use);
    }
    return use;
  };
  if (!shared) Object.keys(capacity).forEach(entry);
  for (const activity of planned) {
    const hours = hoursOf(activity);
    const use = entry(teamOf(activity));
    use.usedHours = round2(use.usedHours + hours);
    if (isKept(activity)) use.keptHours = round2(use.keptHours + hours);
  }
  return [...teams.values()];
}
