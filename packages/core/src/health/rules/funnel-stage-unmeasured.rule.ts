import { FUNNEL_STAGES } from '../../plan/plan.schema.js';
import { SEEDS, always, checkEach, defineRule, term } from '../health.rule.js';

export const funnelStageUnmeasured = defineRule({
  id: 'funnel-stage-unmeasured',
  step: 'strategy',
  severity: 'info',
  seed: {
    file: SEEDS.swedishWsi,
    quote: 'vilka mätbara mål detta sedan ger som ni löpande följer upp på.',
  },
  check: (ctx) =>
    checkEach(FUNNEL_STAGES, always, (stage) => {
      const { channels, kpis, activities } = ctx.funnel[stage];
      return kpis === 0 && channels + activities > 0
        ? { path: `strategy.funnel.${stage}`, params: { stage: term('stage', stage) } }
        : undefined;
    }),
});
