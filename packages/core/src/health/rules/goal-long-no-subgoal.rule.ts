import type { Goal } from '../../plan/plan.schema.js';
import { formatPath } from '../../shared/errors.js';
import type { HealthContext } from '../health.context.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

/** Whether any goal below this one (at any depth) is a year or quarter goal. */
function hasShorterDescendant(goal: Goal, ctx: HealthContext): boolean {
  const seen = new Set<string>([goal.id]);
  const queue = [...(ctx.childrenByGoal.get(goal.id) ?? [])];
  for (let k = 0; k < queue.length; k += 1) {
    const next = queue[k];
    if (next.horizon !== 'long') return true;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    queue.push(...(ctx.childrenByGoal.get(next.id) ?? []));
  }
  return false;
}

export const goalLongNoSubgoal = defineRule({
  id: 'goal-long-no-subgoal',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Når du opstiller KPI’er, skal du starte med dine langsigtede mål og derefter definere dine kortsigtede mål.',
  },
  check: (ctx) =>
    checkEach(
      ctx.goals,
      (goal) => goal.horizon === 'long',
      (goal, i) =>
        !hasShorterDescendant(goal, ctx) ? { path: formatPath(['goals', i]), params: { goal: goal.title } } : undefined,
    ),
});
