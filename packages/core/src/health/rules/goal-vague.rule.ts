import { vagueWordOf } from '../../goals/goals.smart.js';
import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const goalVague = defineRule({
  id: 'goal-vague',
  step: 'goals',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: 'Vær konkret på målet.' },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) => {
      const word = vagueWordOf(goal.title);
      return word ? { path: formatPath(['goals', i, 'title']), params: { goal: goal.title, word } } : undefined;
    }),
});
