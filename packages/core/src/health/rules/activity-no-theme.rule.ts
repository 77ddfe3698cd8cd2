import { formatPath } from '../../shared/errors.js';
import { isOpenActivity } from '../../activities/activities.facts.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

// Only once the plan has themes; a plan with none is themes-missing.
export const activityNoTheme = defineRule({
  id: 'activity-no-theme',
  step: 'themes',
  severity: 'info',
  seed: {
    file: SEEDS.danish,
    quote:
      'Disse temaer, som f.eks. forbedring af webstedets ydeevne eller forbedring af kundeoplevelsen, bør grupperes i lignende aktiviteter, projekter eller initiativer.',
  },
  check: (ctx) =>
    checkEach(
      ctx.activities,
      (activity) => ctx.themes.length > 0 && isOpenActivity(activity),
      (activity, i) =>
        !activity.theme
          ? { path: formatPath(['activities', i, 'theme']), params: { activity: activity.title } }
          : undefined,
    ),
});
