import { formatPath } from '../../shared/errors.js';
import { isCommitted } from '../health.context.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

export const activityNoEstimate = defineRule({
  id: 'activity-no-estimate',
  step: 'activities',
  severity: 'warning',
  seed: {
    file: SEEDS.swedish,
    quote:
      'Sista steget, och den mest finmaskiga nivån i din digitala marknadsstrategi är att skapa en aktivitetslista med tillhörande budget och KPI:er.',
  },
  check: (ctx) =>
    checkEach(ctx.activities, isCommitted, (activity, i) =>
      activity.estimate_hours === undefined
        ? { path: formatPath(['activities', i, 'estimate_hours']), params: { activity: activity.title } }
        : undefined,
    ),
});
