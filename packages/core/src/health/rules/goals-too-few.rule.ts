import { HORIZONS } from '../../plan/plan.schema.js';
import { SEEDS, checkEach, defineRule, term } from '../health.rule.js';

// None on a horizon is goals-horizon-missing; this is the lone goal.
export const goalsTooFew = defineRule({
  id: 'goals-too-few',
  step: 'goals',
  severity: 'info',
  seed: { file: SEEDS.danish, quote: 'Undgå at sætte for få mål, da det kan give en uklar strategi' },
  check: (ctx) => {
    const counts = ctx.goalCountByHorizon;
    return checkEach(HORIZONS, () => ctx.goals.length > 0, (horizon) =>
      counts[horizon] === 1 ? { path: 'goals', params: { horizon: term('horizon', horizon) } } : undefined,
    );
  },
});
