import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

export const activitiesMissing = defineRule({
  id: 'activities-missing',
  step: 'activities',
  severity: 'warning',
  emptiesStep: true,
  seed: {
    file: SEEDS.swedish,
    quote:
      'Sista steget, och den mest finmaskiga nivån i din digitala marknadsstrategi är att skapa en aktivitetslista med tillhörande budget och KPI:er.',
  },
  check: (ctx) => checkOnce(ctx.activities.length === 0 ? { path: 'activities', params: {} } : undefined),
});
