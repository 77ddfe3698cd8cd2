import type { Activity, ActivityStatus, PlanDocument } from '../plan/plan.schema.js';
import { DomainError, fieldError, formatPath } from '../shared/errors.js';
import { addDays, toDayNumber, type IsoDate } from '../shared/dates.js';
import { solveKnapsack, type KnapsackItem } from './activities.knapsack.js';
import { teamOf } from './activities.facts.js';
import { dateOptionErrors } from './activities.options.js';
import { PRIORITY_CLASSES, priorityOfPlan, type PriorityClass, type PriorityOf } from './activities.priority.js';
import { reason, round2, type Reason } from './activities.reason.js';
import { scheduleQuarter, type DateChange, type DateChangeCode, type DateField, type DateRange, type Scheduled } from './activities.schedule.js';
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

export type LeftOutCode =
  | 'capacity'
  | 'dependency'
  | 'no_estimate'
  | 'no_value'
  | 'done'
  | 'dropped'
  | 'scheduled_later'
  | 'dated_before';

export type QuarterWarningCode = 'kept_over_capacity';

export type { DateChangeCode, DateField, DateRange };

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

type Verdict =
  | { kind: 'kept' }
  | { kind: 'out'; reason: Reason<LeftOutCode>; dependency?: string }
  | { kind: 'candidate' };

function outReason(activity: Activity, window: DateRange): Reason<LeftOutCode> | undefined {
  if (activity.status === 'done') return reason('done', {}, 'already done');
  if (activity.status === 'dropped') return reason('dropped', {}, 'dropped');
  // Work dated to start after the window (a summer campaign, say) belongs to a later quarter.
  if (activity.start !== undefined && activity.start > window.end) {
    return reason('scheduled_later', { start: activity.start }, `scheduled to start on ${activity.start}, after this quarter`);
  }
  // Dates that ended before the window, on work not started: only the user can say what they should be.
  if (activity.end !== undefined && activity.end < window.start) {
    return reason('dated_before', { end: activity.end }, `its dates end on ${activity.end}, before this quarter: give it new dates, or mark it done`);
  }
  if (activity.estimate_hours === undefined) return reason('no_estimate', {}, 'no hour estimate to plan with');
  if (activity.value === undefined) return reason('no_value', {}, 'no value score to weigh it by');
  return undefined;
}

const DEPENDENCY_WHY: Record<string, string> = {
  unknown: 'which is not in the plan',
  dropped: 'which is dropped',
  no_estimate: 'which has no hour estimate',
  no_value: 'which has no value score',
  blocked: 'which cannot be planned itself',
  not_chosen: 'which did not fit this quarter',
  scheduled_later: 'which starts after this quarter',
  dated_before: 'whose dates end before this quarter',
};

function dependencyReason(dependency: string, cause: string, end?: IsoDate): Reason<LeftOutCode> {
  if (cause === 'ends_later') {
    return reason('dependency', { dependency, cause, end: end as IsoDate }, `needs "${dependency}", which ends on ${end}: too late for it to fit in this quarter`);
  }
  return reason('dependency', { dependency, cause }, `needs "${dependency}", ${DEPENDENCY_WHY[cause]}`);
}

/** Kept, out (with why), or a candidate for the knapsack, following dependencies. */
function judge(activities: readonly Activity[], window: DateRange): Map<string, Verdict> {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const verdicts = new Map<string, Verdict>();
  const visiting = new Set<string>();
  const visit = (activity: Activity): Verdict => {
    const known = verdicts.get(activity.id);
    if (known) return known;
    // Inside a dependency cycle: the activities can only be chosen together, which the knapsack handles.
    if (visiting.has(activity.id)) return { kind: 'candidate' };
    visiting.add(activity.id);
    let verdict: Verdict = { kind: 'candidate' };
    const out = outReason(activity, window);
    if (activity.status === 'in_progress') verdict = { kind: 'kept' };
    else if (out) verdict = { kind: 'out', reason: out };
    else {
      for (const id of activity.depends_on ?? []) {
        const dependency = byId.get(id);
        const cause = dependencyCause(dependency, dependency && visit(dependency));
        if (cause) {
          verdict = { kind: 'out', reason: dependencyReason(id, cause), dependency: id };
          break;
        }
      }
    }
    visiting.delete(activity.id);
    verdicts.set(activity.id, verdict);
    return verdict;
  };
  activities.forEach(visit);
  return verdicts;
}

/** Why a dependency blocks, or undefined when it is done, in progress, or could be chosen too. */
function dependencyCause(dependency: Activity | undefined, verdict: Verdict | undefined): string | undefined {
  if (!dependency || !verdict) return 'unknown';
  if (verdict.kind !== 'out' || dependency.status === 'done') return undefined;
  return verdict.reason.code === 'dependency' ? 'blocked' : verdict.reason.code;
}

/**
 * Undated work that could only start after the window, its dependency ending too late, is left
 * out, and so is every candidate that needs it.
 */
function leaveOutWhatCannotStart(plannable: readonly Activity[], verdicts: Map<string, Verdict>, schedule: ReadonlyMap<string, Scheduled>): void {
  for (const activity of plannable) {
    const dates = schedule.get(activity.id) as Scheduled;
    if (dates.fits || !dates.latestDependency) continue;
    const { id, end } = dates.latestDependency;
    verdicts.set(activity.id, { kind: 'out', reason: dependencyReason(id, 'ends_later', end), dependency: id });
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const activity of plannable) {
      if (verdicts.get(activity.id)?.kind !== 'candidate') continue;
      const blocker = (activity.depends_on ?? []).find((id) => verdicts.get(id)?.kind === 'out' && schedule.has(id));
      if (blocker === undefined) continue;
      verdicts.set(activity.id, { kind: 'out', reason: dependencyReason(blocker, 'blocked'), dependency: blocker });
      changed = true;
    }
  }
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

const CLASS_WORDS: Record<PriorityClass, string> = {
  urgent_goal: 'urgent, important and serving a goal',
  urgent: 'urgent and important',
  goal: 'serving a goal',
  other: 'serving no goal',
};

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
  const capacityOf = (pool: string): number =>
    typeof options.capacityHours === 'number' ? options.capacityHours : (options.capacityHours[pool] ?? 0);
  const poolNames = shared
    ? ['*']
    : [...new Set([...Object.keys(options.capacityHours), ...activities.map(teamOf)])];
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
  const capacities = poolNames.map((name, pool) => Math.max(0, capacityOf(name) - keptHours[pool]));
  const solution = solveKnapsack(items, capacities);
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

  // Work in progress is kept whatever it depends on, so only newly chosen work needs anything of the choice.
  const newChosen = planned.filter((a) => !isKept(a));
  const taken = new Map<number, { params: Reason<LeftOutCode>['params']; words: string[] }>();
  const neededAbove = new Map<number, Set<string>>();

  /** Adds to `needed` every activity that those of `from` depend on, directly or not. */
  function addDependencies(from: readonly Activity[], needed: Set<string>): Set<string> {
    const stack = [...from];
    while (stack.length) {
      for (const id of (stack.pop() as Activity).depends_on ?? []) {
        const dependency = byId.get(id);
        if (dependency && !needed.has(id)) {
          needed.add(id);
          stack.push(dependency);
        }
      }
    }
    return needed;
  }

  /** What took the room in a pool: work in progress, and the newly chosen per class of priority. */
  function takenIn(pool: number): { params: Reason<LeftOutCode>['params']; words: string[] } {
    let found = taken.get(pool);
    if (found) return found;
    found = { params: {}, words: [] };
    if (keptHours[pool] > 0) {
      found.params.kept_hours = round2(keptHours[pool]);
      found.words.push(`${found.params.kept_hours} h of work in progress`);
    }
    for (const cls of PRIORITY_CLASSES) {
      const inClass = newChosen.filter((a) => poolOf(a) === pool && priority(a).class === cls);
      if (inClass.length === 0) continue;
      const classHours = round2(inClass.reduce((sum, a) => sum + hoursOf(a), 0));
      found.params[`${cls}_count`] = inClass.length;
      found.params[`${cls}_hours`] = classHours;
      found.words.push(`${classHours} h for ${inClass.length} ${inClass.length === 1 ? 'activity' : 'activities'} ${CLASS_WORDS[cls]}`);
    }
    taken.set(pool, found);
    return found;
  }

  /**
   * Hours of chosen activities of a lower priority than `activity`, in its pool, that could make
   * room for it: those that neither it nor a chosen activity of its priority or higher depends on.
   */
  function freeableBelow(activity: Activity): number {
    const tier = priority(activity).tier;
    let above = neededAbove.get(tier);
    if (!above) {
      above = addDependencies(newChosen.filter((a) => priority(a).tier >= tier), new Set());
      neededAbove.set(tier, above);
    }
    const own = addDependencies([activity], new Set());
    const pool = poolOf(activity);
    return newChosen
      .filter((a) => poolOf(a) === pool && priority(a).tier < tier && !above.has(a.id) && !own.has(a.id))
      .reduce((sum, a) => sum + hoursOf(a), 0);
  }

  /** What took the room in the activity's pool, and what leaving out every lower priority would free. */
  function capacityReason(activity: Activity): Reason<LeftOutCode> {
    const pool = poolOf(activity);
    const hours = hoursOf(activity);
    const free = round2(Math.max(0, capacityOf(poolNames[pool]) - usedHours[pool]));
    const room = takenIn(pool);
    const params: Reason<LeftOutCode>['params'] = { ...(!shared && { team: poolNames[pool] }), hours, free_hours: free, ...room.params };
    const where = shared ? 'left this quarter' : `left for team ${poolNames[pool]} this quarter`;
    let text = `needs ${hours} h; ${free} h are ${where}${room.words.length ? ` after ${room.words.join(', ')}` : ''}`;
    const lower = freeableBelow(activity);
    if (lower > 0) {
      params.free_without_lower = round2(free + lower);
      text += `; leaving out every activity of a lower priority would free only ${params.free_without_lower} h`;
    }
    return reason('capacity', params, text);
  }

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

  const warnings: Reason<QuarterWarningCode>[] = [];
  poolNames.forEach((name, pool) => {
    const capacity = capacityOf(name);
    if (keptHours[pool] <= capacity + 1e-9) return;
    const kept = round2(keptHours[pool]);
    const over = round2(kept - capacity);
    const params: Reason<QuarterWarningCode>['params'] = { ...(!shared && { team: name }), kept_hours: kept, capacity_hours: capacity, over_hours: over };
    const whose = shared ? '' : ` of team ${name}`;
    warnings.push(
      reason('kept_over_capacity', params, `work already in progress${whose} needs ${kept} h of these 90 days, more than the ${capacity} h available: nothing new fits, and the plan uses ${over} h more than there are`),
    );
  });

  return {
    window,
    chosen,
    leftOut,
    teams: teamUse(planned, shared, options.capacityHours, hoursOf, isKept),
    capacityHours: shared ? (options.capacityHours as number) : poolNames.reduce((sum, name) => sum + capacityOf(name), 0),
    usedHours: round2(usedHours.reduce((a, b) => a + b, 0)),
    chosenValue: chosen.reduce((sum, a) => sum + (a.kept ? 0 : (a.value ?? 0)), 0),
    exact: solution.exact && weighted.exact,
    warnings,
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
