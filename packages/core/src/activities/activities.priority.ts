import type { Activity, PlanDocument } from '../plan/plan.schema.js';
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

/** Upgrades, bug fixes and security updates keep the lights on; they need no goal of their own. */
function isMaintenance(activity: Activity, maintenanceThemes: ReadonlySet<string>): boolean {
  return activity.type === 'maintenance' || (activity.theme !== undefined && maintenanceThemes.has(activity.theme));
}

/** A function that gives each activity of the plan its priority class. */
export function priorityOfPlan(plan: PlanDocument): (activity: Activity) => PriorityOf {
  const maintenanceThemes = new Set((plan.themes ?? []).filter((t) => t.maintenance === true).map((t) => t.id));
  return (activity) => {
    const urgentImportant = eisenhowerQuadrant(activity) === 'do';
    const servesGoal = (activity.goals ?? []).length > 0 || isMaintenance(activity, maintenanceThemes);
    const tier = (urgentImportant ? 2 : 0) + (servesGoal ? 1 : 0);
    return { urgentImportant, servesGoal, tier, class: PRIORITY_CLASSES[3 - tier] as PriorityClass };
  };
}
