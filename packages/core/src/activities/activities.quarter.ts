import type { Activity, ActivityStatus, PlanDocument } from '../plan/plan.schema.js';
import { DomainError, formatPath } from '../shared/errors.js';
import { addDays, type IsoDate } from '../shared/dates.js';
import { solveKnapsack, type KnapsackItem } from './activities.knapsack.js';
import { dateOptionErrors } from './activities.options.js';
import { reason, round2, type Reason } from './activities.reason.js';
import { proposeDates, type DateRange } from './activities.schedule.js';

/*
 * The 90-day plan (product step 5: "detailed planning rarely holds beyond 90 days"): the
 * set of activities worth the most within the hours available, with proposed dates.
 */

/** The quarter plan covers this many days: `from` up to and including `from` + 89. */
export const QUARTER_DAYS = 90;

/**
 * The pool of activities that name no team. With per-team capacity, its hours are
 * `capacityHours.unassigned` (0 when absent): unassigned work gets only capacity someone
 * set aside for it, never hours a team was promised. A team literally named "unassigned"
 * shares that pool.
 */
export const UNASSIGNED_TEAM = 'unassigned';

export type LeftOutCode = 'capacity' | 'dependency' | 'no_estimate' | 'no_value' | 'done' | 'dropped' | 'scheduled_later';

export interface PlanQuarterOptions {
  from: IsoDate;
  /** One number for everyone, or hours per team (see UNASSIGNED_TEAM). */
  capacityHours: number | Record<string, number>;
  /** Nothing new is proposed to start before today. */
  today: IsoDate;
}

export interface QuarterActivity {
  id: string;
  title: string;
  team: string | null;
  theme: string | null;
  status: ActivityStatus | null;
  /** Hours in this quarter: the estimate, or what is left of it for work in progress. */
  hours: number;
  value: number | null;
  /** Already in progress: kept whatever the scores, and counted first. */
  kept: boolean;
  start: IsoDate;
  end: IsoDate;
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
  /** True when the choice is proven the most valuable; false when a heuristic decided (see activities.knapsack.ts). */
  exact: boolean;
}

type Verdict =
  | { kind: 'kept' }
  | { kind: 'out'; reason: Reason<LeftOutCode>; dependency?: string }
  | { kind: 'candidate' };

function teamOf(activity: Activity): string {
  return activity.team ?? UNASSIGNED_TEAM;
}

function outReason(activity: Activity, window: DateRange): Reason<LeftOutCode> | undefined {
  if (activity.status === 'done') return reason('done', {}, 'already done');
  if (activity.status === 'dropped') return reason('dropped', {}, 'dropped');
  // Work dated to start after the window (a summer campaign, say) belongs to a later quarter.
  if (activity.start !== undefined && activity.start > window.end) {
    return reason('scheduled_later', { start: activity.start }, `scheduled to start on ${activity.start}, after this quarter`);
  }
  if (activity.estimate_hours === undefined) return reason('no_estimate', {}, 'no hour estimate to plan with');
  if (activity.value === undefined) return reason('no_value', {}, 'no value score to weigh it by');
  return undefined;
}

function dependencyReason(dependency: string, cause: string): Reason<LeftOutCode> {
  const why: Record<string, string> = {
    unknown: 'which is not in the plan',
    dropped: 'which is dropped',
    no_estimate: 'which has no hour estimate',
    no_value: 'which has no value score',
    blocked: 'which cannot be planned itself',
    not_chosen: 'which did not fit this quarter',
  };
  return reason('dependency', { dependency, cause }, `needs "${dependency}", ${why[cause]}`);
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

function hoursThisQuarter(activity: Activity, kept: boolean): number {
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
    if (!Number.isFinite(hours) || hours < 0) errors.push({ path, message: 'must be a number of hours, 0 or more' });
  }
  if (errors.length > 0) throw new DomainError('invalid', 'cannot plan the quarter with these options', errors);
}

/**
 * Chooses the activities of the next 90 days: work in progress first, then the set of
 * candidates with the highest total value score that fits the capacity (per team when
 * given per team), where an activity is chosen only with all its dependencies (each done,
 * in progress or chosen). Every other activity is listed with the reason it was left out.
 */
export function planQuarter(plan: PlanDocument, options: PlanQuarterOptions): QuarterPlan {
  checkOptions(options);
  const activities = plan.activities ?? [];
  const window = { start: options.from, end: addDays(options.from, QUARTER_DAYS - 1) };
  const shared = typeof options.capacityHours === 'number';
  const capacityOf = (pool: string): number =>
    typeof options.capacityHours === 'number' ? options.capacityHours : (options.capacityHours[pool] ?? 0);
  const poolNames = shared
    ? ['*']
    : [...new Set([...Object.keys(options.capacityHours), ...activities.map(teamOf)])];
  const poolIndex = new Map(poolNames.map((name, i) => [name, i]));
  const poolOf = (activity: Activity): number => (shared ? 0 : (poolIndex.get(teamOf(activity)) as number));

  const verdicts = judge(activities, window);
  const kept = activities.filter((a) => verdicts.get(a.id)?.kind === 'kept');
  const candidates = activities.filter((a) => verdicts.get(a.id)?.kind === 'candidate');
  const keptHours = poolNames.map(() => 0);
  for (const activity of kept) keptHours[poolOf(activity)] += hoursThisQuarter(activity, true);

  const candidateIndex = new Map(candidates.map((a, i) => [a.id, i]));
  const items: KnapsackItem[] = candidates.map((activity) => ({
    pool: poolOf(activity),
    hours: activity.estimate_hours as number,
    value: activity.value as number,
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
  for (const activity of planned) usedHours[poolOf(activity)] += hoursThisQuarter(activity, activity.status === 'in_progress');

  const dates = proposeDates(
    planned.map((activity) => ({
      id: activity.id,
      hours: hoursThisQuarter(activity, activity.status === 'in_progress'),
      start: activity.start,
      end: activity.end,
      kept: activity.status === 'in_progress',
      dependsOn: activity.depends_on ?? [],
    })),
    window,
    options.today,
  );

  const chosen = planned.map((activity): QuarterActivity => {
    const isKept = activity.status === 'in_progress';
    const range = dates.get(activity.id) as DateRange;
    return {
      id: activity.id,
      title: activity.title,
      team: activity.team ?? null,
      theme: activity.theme ?? null,
      status: activity.status ?? null,
      hours: hoursThisQuarter(activity, isKept),
      value: activity.value ?? null,
      kept: isKept,
      start: range.start,
      end: range.end,
    };
  });

  const leftOut = activities
    .filter((a) => !chosenIds.has(a.id))
    .map((activity): LeftOutActivity => {
      const verdict = verdicts.get(activity.id) as Verdict;
      const base = { id: activity.id, title: activity.title, team: activity.team ?? null };
      if (verdict.kind === 'out') return { ...base, reason: verdict.reason, dependency: verdict.dependency };
      const missing = (activity.depends_on ?? []).find((id) => candidateIndex.has(id) && !chosenIds.has(id));
      if (missing) return { ...base, reason: dependencyReason(missing, 'not_chosen'), dependency: missing };
      const pool = poolOf(activity);
      const hours = activity.estimate_hours as number;
      const free = round2(Math.max(0, capacityOf(poolNames[pool]) - usedHours[pool]));
      const text = shared
        ? `needs ${hours} h; ${free} h are left this quarter`
        : `needs ${hours} h; team ${poolNames[pool]} has ${free} h left this quarter`;
      const params: Reason<LeftOutCode>['params'] = shared ? { hours, free_hours: free } : { team: poolNames[pool], hours, free_hours: free };
      return { ...base, reason: reason('capacity', params, text) };
    });

  return {
    window,
    chosen,
    leftOut,
    teams: teamUse(planned, shared, options.capacityHours),
    capacityHours: shared ? (options.capacityHours as number) : poolNames.reduce((sum, name) => sum + capacityOf(name), 0),
    usedHours: usedHours.reduce((a, b) => a + b, 0),
    chosenValue: chosen.reduce((sum, a) => sum + (a.kept ? 0 : (a.value ?? 0)), 0),
    exact: solution.exact,
  };
}

/** Hours per team (UNASSIGNED_TEAM for activities without one), with every team that has capacity. */
function teamUse(planned: readonly Activity[], shared: boolean, capacity: number | Record<string, number>): TeamUse[] {
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
    const isKept = activity.status === 'in_progress';
    const hours = hoursThisQuarter(activity, isKept);
    const use = entry(teamOf(activity));
    use.usedHours += hours;
    if (isKept) use.keptHours += hours;
  }
  return [...teams.values()];
}
