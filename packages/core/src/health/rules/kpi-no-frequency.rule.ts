import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const kpiNoFrequency = defineRule({
  id: 'kpi-no-frequency',
  step: 'kpis',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'KPI’er skal måles med en hyppighed, der afspejler tempoet i din virksomhed – live, dagligt, ugentligt, månedligt, kvartalsvist eller to gange om året.',
  },
  check: (ctx) =>
    checkEach(ctx.kpis, always, (kpi, i) =>
      !kpi.frequency ? { path: formatPath(['kpis', i, 'frequency']), params: { kpi: kpi.name } } : undefined,
    ),
});
