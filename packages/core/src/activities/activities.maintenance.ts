import type { Activity, Theme } from '../plan/plan.schema.js';

/**
 * Upgrades, bug fixes and security updates keep the lights on and need no goal of their own:
 * an activity of type maintenance, or one in a maintenance theme. The health check
 * (activity-no-goal) and the priority of the ranking and the 90-day plan ask this one question.
 */
export function isMaintenanceIn(themes: readonly Theme[] | undefined): (activity: Activity) => boolean {
  const maintenanceThemes = new Set((themes ?? []).filter((theme) => theme.maintenance === true).map((theme) => theme.id));
  return (activity) =>
    activity.type === 'maintenance' || (activity.theme !== undefined && maintenanceThemes.has(activity.theme));
}
