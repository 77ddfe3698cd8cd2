import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const kpiNoDefinition = defineRule({
  id: 'kpi-no-definition',
  step: 'kpis',
  severity: 'info',
  seed: {
    file: SEEDS.norwegian,
    quote:
      'Du kan sette dine egne merkelapper på et mål, men la det være forståelig slik at man er enige og jobber mot samme mål.',
  },
  check: (ctx) =>
    checkEach(ctx.kpis, always, (kpi, i) =>
      !kpi.definition?.trim() ? { path: formatPath(['kpis', i, 'definition']), params: { kpi: kpi.name } } : undefined,
    ),
});
