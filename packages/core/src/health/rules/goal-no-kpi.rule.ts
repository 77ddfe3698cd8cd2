import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const goalNoKpi = defineRule({
  id: 'goal-no-kpi',
  step: 'goals',
  severity: 'error',
  seed: { file: SEEDS.norwegian, quote: 'Nøkkeltallene du setter som mål, kalles KPI (Key Performance Indicator).' },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) =>
      !goal.kpi ? { path: formatPath(['goals', i, 'kpi']), params: { goal: goal.title } } : undefined,
    ),
});
