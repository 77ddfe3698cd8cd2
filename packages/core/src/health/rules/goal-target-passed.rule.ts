import type { GoalStatus } from '../../plan/plan.schema.js';
import { formatPath } from '../../shared/errors.js';
import { goalProgressOf } from '../../goals/goals.rollup.js';
import { measurementsByKpi } from '../../kpis/kpis.history.js';
import type { HealthContext } from '../health.context.js';
import { SEEDS, always, checkEach, date, defineRule, term } from '../health.rule.js';

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

/** A target date that has passed, and not before the plan starts. */
function hasPassed(ctx: HealthContext, target: string | undefined): target is string {
  return target !== undefined && target < ctx.today && target >= ctx.period.start;
}

/*
 * Time has run out for a goal. Its status decides, as on the goal pages (goalProgress): a goal
 * that reached its target by its target date is done; one that fell short stays a finding until
 * a review records it as missed. Only a goal without results to judge it by is settled by a
 * review's word alone, achieved or missed. A target date before the plan starts is
 * goal-target-outside-period.
 */
export const goalTargetPassed = defineRule({
  id: 'goal-target-passed',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Disse mål bør gennemgås hvert kvartal for at overvåge fremskridt og identificere områder, der kræver opmærksomhed.',
  },
  check: (ctx) => {
    // Reading the goals costs a pass over every measurement: only when some target date has passed.
    const progress = ctx.goals.some((goal) => hasPassed(ctx, goal.target?.date))
      ? goalProgressOf(ctx.plan, measurementsByKpi(ctx.plan.measurements ?? []), ctx.today)
      : [];
    const statuses = latestStatuses(ctx);
    return checkEach(ctx.goals, always, (goal, i) => {
      const target = goal.target?.date;
      if (!hasPassed(ctx, target)) return undefined;
      const status = progress[i].status;
      const reviewed = statuses.get(goal.id);
      if (status === 'achieved') return undefined;
      if (status === 'missed' ? reviewed === 'missed' : reviewed === 'achieved' || reviewed === 'missed') return undefined;
      return {
        path: formatPath(['goals', i, 'target', 'date']),
        params: { goal: goal.title, date: date(target), outcome: term('outcome', status === 'missed' ? 'missed' : 'unjudged') },
      };
    });
  },
});
