import type { GoalStatus } from '../../plan/plan.schema.js';
import { formatPath } from '../../shared/errors.js';
import type { HealthContext } from '../health.context.js';
import { SEEDS, always, checkEach, date, defineRule } from '../health.rule.js';

/** Each goal's status in the latest review that judged it. */
function latestStatuses(ctx: HealthContext): Map<string, GoalStatus | undefined> {
  const latest = new Map<string, { date: string; status: GoalStatus | undefined }>();
  for (const review of ctx.reviews) {
    for (const judged of review.goals ?? []) {
      const seen = latest.get(judged.goal);
      if (!seen || review.date >= seen.date) latest.set(judged.goal, { date: review.date, status: judged.status });
    }
  }
  return new Map([...latest].map(([goal, { status }]) => [goal, status]));
}

// A target date before the plan starts is goal-target-outside-period; this rule is about time running out.
export const goalTargetPassed = defineRule({
  id: 'goal-target-passed',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Disse mål bør gennemgås hvert kvartal for at overvåge fremskridt og identificere områder, der kræver opmærksomhed.',
  },
  check: (ctx) => {
    const statuses = latestStatuses(ctx);
    return checkEach(ctx.goals, always, (goal, i) => {
      const target = goal.target?.date;
      if (!target || target >= ctx.today || target < ctx.period.start) return undefined;
      if (statuses.get(goal.id) === 'achieved') return undefined;
      return { path: formatPath(['goals', i, 'target', 'date']), params: { goal: goal.title, date: date(target) } };
    });
  },
});
