import { FUNNEL_STAGES } from '../../plan/plan.schema.js';
import { SEEDS, checkEach, defineRule, term } from '../health.rule.js';

/*
 * Text in strategy.funnel alone does not count: a stage is addressed by a channel, a KPI or an
 * activity. A plan with none of those yet gets the *-missing findings instead of four of these.
 */
export const funnelStageUncovered = defineRule({
  id: 'funnel-stage-uncovered',
  step: 'strategy',
  severity: 'warning',
  seed: {
    file: SEEDS.swedish,
    quote:
      'För digital marknadsföring måste du ha en strategi för hur du ska nå kunder och prospekt, hur du ska få dem engagerade, att konvertera och att bli lojala kunder som återkommer.',
  },
  check: (ctx) => {
    const anything = ctx.channels.length + ctx.kpis.length + ctx.activities.length > 0;
    return checkEach(FUNNEL_STAGES, () => anything, (stage) => {
      const { channels, kpis, activities } = ctx.funnel[stage];
      return channels + kpis + activities === 0
        ? { path: `strategy.funnel.${stage}`, params: { stage: term('stage', stage) } }
        : undefined;
    });
  },
});
