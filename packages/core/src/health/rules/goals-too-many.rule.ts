import { HORIZONS } from '../../plan/plan.schema.js';
import { SEEDS, checkEach, defineRule, term } from '../health.rule.js';

/** More than this many goals on one horizon and the focus blurs. */
export const MAX_GOALS_PER_HORIZON = 7;

export const goalsTooMany = defineRule({
  id: 'goals-too-many',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'men undgå også at sætte for mange mål, da dette kan sløre fokus på de vigtigeste mål.',
  },
  check: (ctx) => {
    const counts = ctx.goalCountByHorizon;
    return checkEach(HORIZONS, () => ctx.goals.length > 0, (horizon) =>
      counts[horizon] > MAX_GOALS_PER_HORIZON
        ? {
            path: 'goals',
            params: { horizon: term('horizon', horizon), count: counts[horizon], max: MAX_GOALS_PER_HORIZON },
          }
        : undefined,
    );
  },
});
