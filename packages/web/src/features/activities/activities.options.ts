import type { Activity, ActivityStatus, FunnelStage } from '@kurs/core';

/*
 * The plan format's choices for an activity, for selects and filters. The web app may not
 * import core's lists (types only), so each list here is checked against core's type: a
 * missing or unknown member is a compile error.
 */

export type ActivityType = NonNullable<Activity['type']>;
export type Level = NonNullable<Activity['urgency']>;

/** The list itself when it names every member of T exactly once; a compile error otherwise. */
const every =
  <T>() =>
  <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never)): L =>
    list;

export const ACTIVITY_TYPES = every<ActivityType>()(['campaign', 'project', 'task', 'maintenance']);
export const ACTIVITY_STATUSES = every<ActivityStatus>()(['idea', 'planned', 'in_progress', 'done', 'dropped']);
/** Low to high: the order of the matrix's axes. */
export const LEVELS = every<Level>()(['low', 'medium', 'high']);
export const FUNNEL_STAGES = every<FunnelStage>()(['reach', 'engage', 'convert', 'retain']);

export const STATUS_COLORS: Record<ActivityStatus, string> = {
  idea: 'gray',
  planned: 'blue',
  in_progress: 'violet',
  done: 'teal',
  dropped: 'red',
};

/** Done and dropped work is closed: the ranking, the boards and the quarter plan look at the rest. */
export function isOpen(activity: Pick<Activity, 'status'>): boolean {
  return activity.status !== 'done' && activity.status !== 'dropped';
}

/** Value and effort are scores from 1 to 10 (the plan format). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

/** The engine's pool for activities with no team (core's UNASSIGNED_TEAM). */
export const UNASSIGNED_TEAM = 'unassigned';
