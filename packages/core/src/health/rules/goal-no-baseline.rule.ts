import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const goalNoBaseline = defineRule({
  id: 'goal-no-baseline',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'De skal dække kortsigtede, mellemlange og langsigtede mål og klart angive baseline-statistikkerne, de fremtidige mål og den forventede tidslinje for opnåelse.',
  },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) =>
      goal.baseline?.value === undefined
        ? { path: formatPath(['goals', i, 'baseline', ...(goal.baseline ? ['value'] : [])]), params: { goal: goal.title } }
        : undefined,
    ),
});
