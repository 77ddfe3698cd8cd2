import { formatPath } from '../../shared/errors.js';
import { isCommitted } from '../health.context.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

export const activityUndated = defineRule({
  id: 'activity-undated',
  step: 'roadmap',
  severity: 'info',
  seed: {
    file: SEEDS.danish,
    quote: 'Vælg værktøjer, som giver et godt overblik for interessenter og et detaljeret overblik for de teammedlemmer, der udfører opgaverne.',
  },
  check: (ctx) =>
    checkEach(ctx.activities, isCommitted, (activity, i) => {
      const missing = activity.start === undefined ? 'start' : activity.end === undefined ? 'end' : undefined;
      return missing
        ? { path: formatPath(['activities', i, missing]), params: { activity: activity.title } }
        : undefined;
    }),
});
