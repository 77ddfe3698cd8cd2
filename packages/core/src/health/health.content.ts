import type { HealthContext } from './health.context.js';
import type { Step } from './health.types.js';
import { hasDatedWork } from './rules/roadmap-no-milestones.rule.js';
import { hasStrategy } from './rules/strategy-missing.rule.js';

/**
 * Whether each step holds something the user made. A step without it scores 0 however little
 * the health check finds to fault there: an empty plan has no reviews to fault, and is not complete.
 */
export function stepsWithContent(ctx: HealthContext): Record<Step, boolean> {
  const { plan } = ctx;
  const situation = plan.situation;
  const some = (list: readonly unknown[] | undefined) => (list ?? []).length > 0;
  return {
    situation:
      Boolean(situation?.usp?.trim()) ||
      [situation?.audiences, situation?.competitors, situation?.channels, situation?.campaigns, situation?.findings].some(some),
    goals: some(plan.goals),
    kpis: some(plan.kpis),
    strategy: hasStrategy(plan.strategy),
    activities: some(plan.activities),
    themes: some(plan.themes),
    roadmap: ctx.milestones.length > 0 || hasDatedWork(ctx),
    reviews: some(plan.reviews),
  };
}
