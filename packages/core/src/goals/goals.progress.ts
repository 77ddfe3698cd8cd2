import type { Direction, Goal, GoalStatus } from '../plan/plan.schema.js';
import { daysBetween, type IsoDate } from '../shared/dates.js';

/**
 * Goal statuses worst first, the order lists and counts show them in: a goal that missed its
 * target is the worst news; "no data" only means nothing can be said yet.
 */
export const GOAL_STATUSES_WORST_FIRST: readonly GoalStatus[] = ['missed', 'at_risk', 'behind', 'on_track', 'achieved', 'no_data'];

/** A goal is on track at 95 % of the expected progress or more, behind from 85 %, at risk below. */
export const ON_TRACK_FROM = 0.95;
export const BEHIND_FROM = 0.85;

// Progress is a ratio of floating-point differences: 0.95 of the way must not read as 0.9499999.
const EPSILON = 1e-9;

/** Where a goal starts and ends, in the unit of its KPI. */
export interface GoalScale {
  baseline: number;
  target: number;
  /** The KPI's direction; it decides only when baseline and target are equal (a "hold the level" goal). */
  direction: Direction;
}

/**
 * How far the actual has come from the baseline towards the target: 0 at the baseline, 1 at
 * the target, more when beyond, negative when it moved the wrong way. A target below the
 * baseline is a goal to bring the value down, so a falling value is progress. When baseline
 * and target are equal the goal is to hold the level: 1 on the right side of it, 0 otherwise.
 */
export function progressOf(scale: GoalScale, actual: number): number {
  const { baseline, target, direction } = scale;
  // Adding 0 turns the -0 of a down goal at its baseline into 0.
  if (target !== baseline) return (actual - baseline) / (target - baseline) + 0;
  const held = direction === 'down' ? actual <= target : actual >= target;
  return held ? 1 : 0;
}

/**
 * The share of the way the goal should have come by `date` if it moves in a straight line
 * from the baseline date to the target date: 0 until the baseline date, 1 from the target
 * date. Null when the goal lacks either date.
 */
export function expectedProgress(goal: Pick<Goal, 'baseline' | 'target'>, date: IsoDate): number | null {
  const start = goal.baseline?.date;
  const end = goal.target?.date;
  if (start === undefined || end === undefined) return null;
  if (date >= end) return 1;
  if (date <= start) return 0;
  return daysBetween(start, date) / daysBetween(start, end);
}

/** Whether a progress has reached the target (1, give or take floating-point noise). */
export function reachesTarget(progress: number): boolean {
  return progress >= 1 - EPSILON;
}

/**
 * The status of a goal from its progress and the progress expected by the same date.
 * Null progress (nothing measured, or no target) is `no_data`; reaching the target is
 * `achieved`; otherwise the progress is compared with the expected progress.
 */
export function goalStatus(progress: number | null, expected: number): GoalStatus {
  if (progress === null) return 'no_data';
  if (reachesTarget(progress)) return 'achieved';
  if (progress >= ON_TRACK_FROM * expected - EPSILON) return 'on_track';
  if (progress >= BEHIND_FROM * expected - EPSILON) return 'behind';
  return 'at_risk';
}
