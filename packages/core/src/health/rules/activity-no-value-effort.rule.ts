import { formatPath } from '../../shared/errors.js';
import { isOpenActivity } from '../../activities/activities.facts.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

// Ideas too: ranking the backlog by cost and benefit is what the two scores are for.
export const activityNoValueEffort = defineRule({
  id: 'activity-no-value-effort',
  step: 'activities',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'I begge scenarier bør aktiviteterne og projekterne valideres og prioriteres ud fra en cost-benefit-analyse.',
  },
  check: (ctx) =>
    checkEach(ctx.activities, isOpenActivity, (activity, i) => {
      const missing = activity.value === undefined ? 'value' : activity.effort === undefined ? 'effort' : undefined;
      return missing
        ? { path: formatPath(['activities', i, missing]), params: { activity: activity.title } }
        : undefined;
    }),
});
