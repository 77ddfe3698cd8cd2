import type { GoalProgress, Milestone } from '@kurs/core';
import { GOAL_STATUSES_WORST_FIRST } from '@kurs/core/browser';

/*
 * What the dashboard picks out of the engine's answers: it orders and trims, and computes
 * nothing of its own.
 */

/** Milestones from today on, soonest first. */
export function upcomingMilestones<M extends Pick<Milestone, 'date'>>(milestones: readonly M[], today: string, limit: number): M[] {
  return milestones
    .filter((m) => m.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, limit);
}

/** Goals worst first (not reached, at risk, behind, on track, achieved, no data), in plan order within a status. */
export function goalsWorstFirst(progress: readonly GoalProgress[]): GoalProgress[] {
  return progress
    .map((p, order) => ({ p, order }))
    .sort((a, b) => GOAL_STATUSES_WORST_FIRST.indexOf(a.p.status) - GOAL_STATUSES_WORST_FIRST.indexOf(b.p.status) || a.order - b.order)
    .map((x) => x.p);
}
