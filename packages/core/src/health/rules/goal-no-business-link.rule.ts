import { formatPath } from '../../shared/errors.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

// A sub-goal reaches the business result through its parent; only top-level goals need their own link.
export const goalNoBusinessLink = defineRule({
  id: 'goal-no-business-link',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.swedish,
    quote: 'Förutom att målen bör vara kopplade till övergripande företagsmål ska de även följa det välkända SMART.',
  },
  check: (ctx) =>
    checkEach(
      ctx.goals,
      (goal) => !goal.parent || !ctx.goalById.has(goal.parent),
      (goal, i) =>
        !goal.business_link
          ? { path: formatPath(['goals', i, 'business_link']), params: { goal: goal.title } }
          : undefined,
    ),
});
