import { SEEDS, checkOnce, defineRule } from '../health.rule.js';
import { hasDatedWork } from './roadmap-no-milestones.rule.js';

export const roadmapEmpty = defineRule({
  id: 'roadmap-empty',
  step: 'roadmap',
  severity: 'warning',
  emptiesStep: true,
  seed: { file: SEEDS.danish, quote: 'Det sidste trin er at skabe et visuel, tidsbaseret roadmap.' },
  check: (ctx) =>
    checkOnce(ctx.milestones.length === 0 && !hasDatedWork(ctx) ? { path: 'milestones', params: {} } : undefined),
});
