import type { Activity, ActivityStatus } from '../plan/plan.schema.js';

/*
 * Two facts of one activity that the engine and the web app read alike: whether it is still
 * open, and which team's capacity it draws on in the 90-day plan.
 */

/** True for activities that are still to be decided or done: not done and not dropped. */
export function isOpenActivity(activity: { status?: ActivityStatus | null }): boolean {
  return activity.status !== 'done' && activity.status !== 'dropped';
}

/**
 * The pool of activities that name no team. With per-team capacity, its hours are
 * `capacityHours.unassigned` (0 when absent): unassigned work gets only capacity someone
 * set aside for it, never hours a team was promised. A team literally named "unassigned"
 * shares that pool.
 */
export const UNASSIGNED_TEAM = 'unassigned';

/** The team whose capacity an activity uses: its own, or the unassigned pool. */
export function teamOf(activity: Pick<Activity, 'team'>): string {
  return activity.team ?? UNASSIGNED_TEAM;
}
