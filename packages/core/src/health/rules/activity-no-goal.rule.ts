import { isOpenActivity } from '../../activities/activities.facts.js';
import { isMaintenanceIn } from '../../activities/activities.maintenance.js';
import { formatPath } from '../../shared/errors.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

export const activityNoGoal = defineRule({
  id: 'activity-no-goal',
  step: 'activities',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'Denne proces kan involvere identifikation af huller og muligheder i din nuværende strategi eller validering af eksisterende projekter i forhold til dine mål og succesfaktorer.',
  },
  check: (ctx) => {
    const isMaintenance = isMaintenanceIn(ctx.themes);
    return checkEach(
      ctx.activities,
      (activity) => isOpenActivity(activity) && !isMaintenance(activity),
      (activity, i) =>
        (activity.goals ?? []).length === 0
          ? { path: formatPath(['activities', i, 'goals']), params: { activity: activity.title } }
          : undefined,
    );
  },
});
