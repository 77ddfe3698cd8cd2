import { HORIZONS } from '../../plan/plan.schema.js';
import { SEEDS, checkEach, defineRule, term } from '../health.rule.js';

export const goalsHorizonMissing = defineRule({
  id: 'goals-horizon-missing',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.swedish,
    quote: 'De ska vara specifika, mätbara, accepterade, realistiska och tidsbundna, gärna på kort, medel och lång sikt.',
  },
  check: (ctx) => {
    const counts = ctx.goalCountByHorizon;
    // With no goals at all, goals-missing says it once.
    return checkEach(HORIZONS, () => ctx.goals.length > 0, (horizon) =>
      counts[horizon] === 0 ? { path: 'goals', params: { horizon: term('horizon', horizon) } } : undefined,
    );
  },
});
