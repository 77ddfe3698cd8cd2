import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const situationNoUsp = defineRule({
  id: 'situation-no-usp',
  step: 'situation',
  severity: 'warning',
  seed: { file: SEEDS.english, quote: 'Determine USP (unique selling proposition).' },
  check: (ctx) => checkOnce(!ctx.situation.usp?.trim() ? { path: 'situation.usp', params: {} } : undefined),
});
