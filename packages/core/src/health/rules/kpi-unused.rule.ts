import { formatPath } from '../../shared/errors.js';
import type { HealthContext } from '../health.context.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

/** KPIs that measure a goal, directly or as the KPI of an activity that serves a goal. */
function kpisTiedToGoals(ctx: HealthContext): Set<string> {
  const tied = new Set(ctx.goalsByKpi.keys());
  for (const activity of ctx.activities) {
    if (activity.status === 'dropped' || (activity.goals ?? []).length === 0) continue;
    for (const id of activity.kpis ?? []) tied.add(id);
  }
  return tied;
}

// An activity's own KPI may be the goal itself (the Swedish seed), so one that serves a goal counts.
export const kpiUnused = defineRule({
  id: 'kpi-unused',
  step: 'kpis',
  severity: 'warning',
  seed: { file: SEEDS.swedish, quote: 'Kom ihåg att ibland kan KPI:er i aktiviteterna också vara själva målet.' },
  check: (ctx) => {
    const tied = kpisTiedToGoals(ctx);
    return checkEach(ctx.kpis, always, (kpi, i) =>
      !tied.has(kpi.id) ? { path: formatPath(['kpis', i]), params: { kpi: kpi.name } } : undefined,
    );
  },
});
