import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const situationNoCampaigns = defineRule({
  id: 'situation-no-campaigns',
  step: 'situation',
  severity: 'info',
  seed: { file: SEEDS.norwegian, quote: 'Hva er erfaringen med de ulike kampanjene?' },
  check: (ctx) =>
    checkOnce((ctx.situation.campaigns ?? []).length === 0 ? { path: 'situation.campaigns', params: {} } : undefined),
});
