import { daysBetween, minDate } from '../../shared/dates.js';
import { formatPath } from '../../shared/errors.js';
import { measurementDueAfterDays } from '../health.cadence.js';
import { SEEDS, checkEach, date, defineRule } from '../health.rule.js';

// Judged once the plan has run long enough for the first value to be due.
export const kpiNoMeasurements = defineRule({
  id: 'kpi-no-measurements',
  step: 'kpis',
  severity: 'warning',
  seed: { file: SEEDS.norwegian, quote: '«However beautiful the strategy, you should occasionally look at the results.»' },
  check: (ctx) => {
    const until = minDate(ctx.today, ctx.period.end);
    return checkEach(
      ctx.kpis,
      (kpi) => ctx.started && daysBetween(ctx.period.start, until) > measurementDueAfterDays(kpi.frequency),
      (kpi, i) =>
        !ctx.measurementsByKpi.has(kpi.id)
          ? { path: formatPath(['kpis', i]), params: { kpi: kpi.name, start: date(ctx.period.start) } }
          : undefined,
    );
  },
});
