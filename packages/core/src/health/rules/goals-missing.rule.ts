import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const goalsMissing = defineRule({
  id: 'goals-missing',
  step: 'goals',
  severity: 'error',
  emptiesStep: true,
  seed: { file: SEEDS.danish, quote: 'Udgangspunktet for dit Digital Strategy Roadmap er at sætte mål.' },
  check: (ctx) => checkOnce(ctx.goals.length === 0 ? { path: 'goals', params: {} } : undefined),
});
