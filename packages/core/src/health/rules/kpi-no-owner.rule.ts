import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const kpiNoOwner = defineRule({
  id: 'kpi-no-owner',
  step: 'kpis',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Responsabilitet er afgørende – hver KPI bør have en ejer, der er ansvarlig for at overvåge og nå de fastsatte mål.',
  },
  check: (ctx) =>
    checkEach(ctx.kpis, always, (kpi, i) =>
      !kpi.owner?.trim() ? { path: formatPath(['kpis', i, 'owner']), params: { kpi: kpi.name } } : undefined,
    ),
});
