import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const goalNoTargetDate = defineRule({
  id: 'goal-no-target-date',
  step: 'goals',
  severity: 'error',
  seed: { file: SEEDS.norwegian, quote: 'Tidsbestemt' },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) =>
      goal.target?.date === undefined
        ? { path: formatPath(['goals', i, 'target', ...(goal.target ? ['date'] : [])]), params: { goal: goal.title } }
        : undefined,
    ),
});
