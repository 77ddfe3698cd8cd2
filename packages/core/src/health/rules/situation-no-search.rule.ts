import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const situationNoSearch = defineRule({
  id: 'situation-no-search',
  step: 'situation',
  severity: 'info',
  seed: { file: SEEDS.norwegian, quote: 'Hvor synlig er du i et Google-søk?' },
  check: (ctx) =>
    checkOnce(
      ctx.channels.length > 0 && !ctx.channels.some((c) => c.type === 'search')
        ? { path: 'situation.channels', params: {} }
        : undefined,
    ),
});
