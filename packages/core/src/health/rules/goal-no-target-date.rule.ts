import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const goalNoTargetDate = defineRule({
  id: 'goal-no-target-date',
  step: 'goals',
  severity: 'error',
  seed: { file: SEEDS.norwegian, quote: 'Tidsbestemt' },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) =>
      // A goal with no target at all is goal-no-target's one finding.
      goal.target !== undefined && goal.target.date === undefined
        ? { path: formatPath(['goals', i, 'target', 'date']), params: { goal: goal.title } }
        : undefined,
    ),
});
