import type { Activity } from '../plan/plan.schema.js';
import type { IsoDate } from '../shared/dates.js';
import { reason, type Reason } from './activities.reason.js';
import type { DateRange, Scheduled } from './activities.schedule.js';

/*
 * Which activities the 90-day plan may consider: work in progress is kept, the others are
 * candidates for the knapsack or left out with the reason why (done, dropped, dated for
 * another quarter, missing an estimate or a value, or needing a dependency that is itself
 * out), following dependencies.
 */

/** Why an activity is left out; `capacity` (and a dependency not chosen) are decided after the choice, in activities.quarter.ts. */
export type LeftOutCode =
  | 'capacity'
  | 'dependency'
  | 'no_estimate'
  | 'no_value'
  | 'done'
  | 'dropped'
  | 'scheduled_later'
  | 'dated_before';

export type Verdict =
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

export function dependencyReason(dependency: string, cause: string, end?: IsoDate): Reason<LeftOutCode> {
  if (cause === 'ends_later') {
    return reason('dependency', { dependency, cause, end: end as IsoDate }, `needs "${dependency}", which ends on ${end}: too late for it to fit in this quarter`);
  }
  return reason('dependency', { dependency, cause }, `needs "${dependency}", ${DEPENDENCY_WHY[cause]}`);
}

/** Kept, out (with why), or a candidate for the knapsack, following dependencies. */
export function judge(activities: readonly Activity[], window: DateRange): Map<string, Verdict> {
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
export function leaveOutWhatCannotStart(plannable: readonly Activity[], verdicts: Map<string, Verdict>, schedule: ReadonlyMap<string, Scheduled>): void {
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
