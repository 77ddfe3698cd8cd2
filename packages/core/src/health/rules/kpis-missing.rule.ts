import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const kpisMissing = defineRule({
  id: 'kpis-missing',
  step: 'kpis',
  severity: 'error',
  emptiesStep: true,
  seed: { file: SEEDS.swedish, quote: 'Börja med affärsmålet. Mät det.' },
  check: (ctx) => checkOnce(ctx.kpis.length === 0 ? { path: 'kpis', params: {} } : undefined),
});
