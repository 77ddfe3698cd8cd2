import { daysBetween, minDate } from '../../shared/dates.js';
import { formatPath } from '../../shared/errors.js';
import { measurementDueAfterDays } from '../health.cadence.js';
import { SEEDS, checkEach, date, defineRule, term } from '../health.rule.js';

// After the plan period ends no more values are due, so lateness is measured up to its end.
export const kpiMeasurementOverdue = defineRule({
  id: 'kpi-measurement-overdue',
  step: 'kpis',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'KPI’er skal måles med en hyppighed, der afspejler tempoet i din virksomhed – live, dagligt, ugentligt, månedligt, kvartalsvist eller to gange om året.',
  },
  check: (ctx) => {
    const until = minDate(ctx.today, ctx.period.end);
    return checkEach(
      ctx.kpis,
      (kpi) => ctx.started && kpi.frequency !== undefined && ctx.measurementsByKpi.has(kpi.id),
      (kpi, i) => {
        const latest = ctx.measurementsByKpi.get(kpi.id)?.latest;
        if (!latest || !kpi.frequency) return undefined;
        const days = daysBetween(latest, until);
        if (days <= measurementDueAfterDays(kpi.frequency)) return undefined;
        return {
          path: formatPath(['kpis', i]),
          params: { kpi: kpi.name, date: date(latest), days, frequency: term('frequency', kpi.frequency) },
        };
      },
    );
  },
});
