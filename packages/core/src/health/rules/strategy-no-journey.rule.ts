import { SEEDS, checkOnce, defineRule } from '../health.rule.js';
import { hasStrategy } from './strategy-missing.rule.js';

// With no strategy at all, strategy-missing says so once.

export const strategyNoJourney = defineRule({
  id: 'strategy-no-journey',
  step: 'strategy',
  severity: 'warning',
  seed: {
    file: SEEDS.swedishWsi,
    quote: 'Man ser inte till hela kundresan och den lönsamhet en kund egentligen har (eller kan få).',
  },
  check: (ctx) => {
    if (!hasStrategy(ctx.plan.strategy)) return { checked: 0, hits: [] };
    return checkOnce((ctx.plan.strategy?.journey ?? []).length === 0 ? { path: 'strategy.journey', params: {} } : undefined);
  },
});
