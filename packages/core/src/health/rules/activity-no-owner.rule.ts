import { formatPath } from '../../shared/errors.js';
import { isCommitted } from '../health.context.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

// An idea in the backlog gets its owner when it is planned.
export const activityNoOwner = defineRule({
  id: 'activity-no-owner',
  step: 'activities',
  severity: 'warning',
  seed: {
    file: SEEDS.english,
    quote: 'Distribute them between the teams and set KPI\'s.',
  },
  check: (ctx) =>
    checkEach(ctx.activities, isCommitted, (activity, i) =>
      !activity.owner?.trim()
        ? { path: formatPath(['activities', i, 'owner']), params: { activity: activity.title } }
        : undefined,
    ),
});
