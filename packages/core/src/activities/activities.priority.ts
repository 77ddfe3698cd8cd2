import type { Activity, PlanDocument } from '../plan/plan.schema.js';
import { isMaintenanceIn } from './activities.maintenance.js';
import { eisenhowerQuadrant } from './activities.scores.js';

/*
 * The order of priority that the ranking and the 90-day plan share, so that the two never
 * contradict each other: urgent and important work first (the Eisenhower matrix's "do it
 * first"), then work validated against the goals (product step 6: each activity is checked
 * against the goals), then the rest. Within a class, the cost-benefit score decides.
 */

export const PRIORITY_CLASSES = ['urgent_goal', 'urgent', 'goal', 'other'] as const;
/** Best first: urgent and important serving a goal, urgent and important, serving a goal, the rest. */
export type PriorityClass = (typeof PRIORITY_CLASSES)[number];

export interface PriorityOf {
  /** Urgent and important: the "do" quadrant of the Eisenhower matrix. */
  urgentImportant: boolean;
  /** Serves at least one goal, or is maintenance, which needs none (as the health check says). */
  servesGoal: boolean;
  class: PriorityClass;
  /** 3 for the best class down to 0: higher first. */
  tier: number;
}

/** A function that gives each activity of the plan its priority class. */
export function priorityOfPlan(plan: PlanDocument): (activity: Activity) => PriorityOf {
  const isMaintenance = isMaintenanceIn(plan.themes);
  return (activity) => {
    const urgentImportant = eisenhowerQuadrant(activity) === 'do';
    const servesGoal = (activity.goals ?? []).length > 0 || isMaintenance(activity);
    const tier = (urgentImportant ? 2 : 0) + (servesGoal ? 1 : 0);
    return { urgentImportant, servesGoal, tier, class: PRIORITY_CLASSES[3 - tier] as PriorityClass };
  };
}
