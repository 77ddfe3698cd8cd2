import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const situationNoAudiences = defineRule({
  id: 'situation-no-audiences',
  step: 'situation',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: 'Hvem kjøper dine tjenester og/eller produkter i dag?' },
  check: (ctx) =>
    checkOnce((ctx.situation.audiences ?? []).length === 0 ? { path: 'situation.audiences', params: {} } : undefined),
});
