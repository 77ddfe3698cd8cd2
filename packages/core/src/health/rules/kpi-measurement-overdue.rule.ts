import { daysBetween } from '../../shared/dates.js';
import { formatPath } from '../../shared/errors.js';
import { kpiResultDue } from '../health.cadence.js';
import { SEEDS, checkEach, date, defineRule, term } from '../health.rule.js';

// The same rule as the KPI list and the dashboard (measurementDue): nothing is late before the
// plan starts, before a period has closed and its grace days passed, or for periods after the plan.
export const kpiMeasurementOverdue = defineRule({
  id: 'kpi-measurement-overdue',
  step: 'kpis',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'KPI’er skal måles med en hyppighed, der afspejler tempoet i din virksomhed – live, dagligt, ugentligt, månedligt, kvartalsvist eller to gange om året.',
  },
  check: (ctx) =>
    checkEach(
      ctx.kpis,
      (kpi) => kpi.frequency !== undefined && ctx.measurementsByKpi.has(kpi.id),
      (kpi, i) => {
        const latest = ctx.measurementsByKpi.get(kpi.id)?.latest;
        if (!latest || !kpi.frequency || !kpiResultDue(ctx, kpi).overdue) return undefined;
        return {
          path: formatPath(['kpis', i]),
          params: { kpi: kpi.name, date: date(latest), days: daysBetween(latest, ctx.today), frequency: term('frequency', kpi.frequency) },
        };
      },
    ),
});
