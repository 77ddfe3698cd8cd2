import type { Activity } from '../../plan/plan.schema.js';
import { formatPath } from '../../shared/errors.js';
import { isOpen, type HealthContext } from '../health.context.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

/** Upgrades, bug fixes and security updates keep the lights on; they need no goal of their own. */
function isMaintenance(activity: Activity, ctx: HealthContext): boolean {
  if (activity.type === 'maintenance') return true;
  return activity.theme !== undefined && ctx.themeById.get(activity.theme)?.maintenance === true;
}

export const activityNoGoal = defineRule({
  id: 'activity-no-goal',
  step: 'activities',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'Denne proces kan involvere identifikation af huller og muligheder i din nuværende strategi eller validering af eksisterende projekter i forhold til dine mål og succesfaktorer.',
  },
  check: (ctx) =>
    checkEach(
      ctx.activities,
      (activity) => isOpen(activity) && !isMaintenance(activity, ctx),
      (activity, i) =>
        (activity.goals ?? []).length === 0
          ? { path: formatPath(['activities', i, 'goals']), params: { activity: activity.title } }
          : undefined,
    ),
});
