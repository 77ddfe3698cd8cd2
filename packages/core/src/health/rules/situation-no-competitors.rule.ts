import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const situationNoCompetitors = defineRule({
  id: 'situation-no-competitors',
  step: 'situation',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: 'Hva gjør de bedre enn deg?' },
  check: (ctx) =>
    checkOnce((ctx.situation.competitors ?? []).length === 0 ? { path: 'situation.competitors', params: {} } : undefined),
});
