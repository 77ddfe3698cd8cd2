import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule, term } from '../health.rule.js';

export const goalNoTarget = defineRule({
  id: 'goal-no-target',
  step: 'goals',
  severity: 'error',
  seed: {
    file: SEEDS.danish,
    quote:
      'De skal dække kortsigtede, mellemlange og langsigtede mål og klart angive baseline-statistikkerne, de fremtidige mål og den forventede tidslinje for opnåelse.',
  },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) =>
      // A goal without any target gets this one finding for both, not a second one for its date.
      goal.target?.value === undefined
        ? {
            path: formatPath(['goals', i, 'target', ...(goal.target ? ['value'] : [])]),
            params: { goal: goal.title, missing: term('target', goal.target ? 'value' : 'both') },
          }
        : undefined,
    ),
});
