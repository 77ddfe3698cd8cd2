import type { Strategy } from '../../plan/plan.schema.js';
import { SEEDS, checkOnce, defineRule } from '../health.rule.js';

/** Whether the strategy says anything at all: funnel, positioning, traffic, content, resourcing or journey. */
export function hasStrategy(strategy: Strategy | undefined): boolean {
  if (!strategy) return false;
  const texts = [...Object.values(strategy.funnel ?? {}), strategy.positioning, strategy.content];
  return (
    texts.some((text) => Boolean(text?.trim())) ||
    strategy.traffic !== undefined ||
    strategy.resourcing !== undefined ||
    (strategy.journey ?? []).length > 0
  );
}

export const strategyMissing = defineRule({
  id: 'strategy-missing',
  step: 'strategy',
  severity: 'warning',
  emptiesStep: true,
  seed: { file: SEEDS.norwegian, quote: 'Strategien svarer på hvordan du skal oppnå dine mål.' },
  check: (ctx) => checkOnce(!hasStrategy(ctx.plan.strategy) ? { path: 'strategy', params: {} } : undefined),
});
