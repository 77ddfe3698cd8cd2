import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const kpiNoUnit = defineRule({
  id: 'kpi-no-unit',
  step: 'kpis',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: 'Målbart' },
  check: (ctx) =>
    checkEach(ctx.kpis, always, (kpi, i) =>
      !kpi.unit ? { path: formatPath(['kpis', i, 'unit']), params: { kpi: kpi.name } } : undefined,
    ),
});
