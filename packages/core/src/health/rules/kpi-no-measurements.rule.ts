import { formatPath } from '../../shared/errors.js';
import { kpiResultDue } from '../health.cadence.js';
import { SEEDS, checkEach, date, defineRule } from '../health.rule.js';

// Judged once a first value would be overdue, by the same rule as the KPI list (measurementDue).
export const kpiNoMeasurements = defineRule({
  id: 'kpi-no-measurements',
  step: 'kpis',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: '«However beautiful the strategy, you should occasionally look at the results.»' },
  check: (ctx) =>
    checkEach(
      ctx.kpis,
      (kpi) => kpiResultDue(ctx, kpi, null).overdue,
      (kpi, i) =>
        !ctx.measurementsByKpi.has(kpi.id)
          ? { path: formatPath(['kpis', i]), params: { kpi: kpi.name, start: date(ctx.period.start) } }
          : undefined,
    ),
});
