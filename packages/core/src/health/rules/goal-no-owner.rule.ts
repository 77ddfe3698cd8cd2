import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const goalNoOwner = defineRule({
  id: 'goal-no-owner',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Responsabilitet er afgørende – hver KPI bør have en ejer, der er ansvarlig for at overvåge og nå de fastsatte mål.',
  },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) =>
      !goal.owner?.trim() ? { path: formatPath(['goals', i, 'owner']), params: { goal: goal.title } } : undefined,
    ),
});
