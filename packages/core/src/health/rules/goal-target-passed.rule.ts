import type { Goal, GoalStatus } from '../../plan/plan.schema.js';
import type { IsoDate } from '../../shared/dates.js';
import { formatPath } from '../../shared/errors.js';
import { goalProgressReader } from '../../goals/goals.rollup.js';
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

/** The goal's target date if it has passed, and not before the plan starts. */
function passedTarget(ctx: HealthContext, goal: Goal): IsoDate | undefined {
  const target = goal.target?.date;
  return target !== undefined && target < ctx.today && target >= ctx.period.start ? target : undefined;
}

/** The KPIs the goals' progress is read from: a goal's own, else those of its sub-goals, and so on down. */
function kpisOf(ctx: HealthContext, goals: readonly Goal[]): Set<string> {
  const kpis = new Set<string>();
  const seen = new Set<string>();
  const visit = (goal: Goal) => {
    if (seen.has(goal.id)) return;
    seen.add(goal.id);
    if (goal.kpi !== undefined) kpis.add(goal.kpi);
    else for (const child of ctx.childrenByGoal.get(goal.id) ?? []) visit(child);
  };
  goals.forEach(visit);
  return kpis;
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
    // Reading goals costs a pass over the measurements: read only those past their target date.
    const kpis = kpisOf(ctx, ctx.goals.filter((goal) => passedTarget(ctx, goal) !== undefined));
    const history = measurementsByKpi(kpis.size === 0 ? [] : (ctx.plan.measurements ?? []).filter((m) => kpis.has(m.kpi)));
    const progressOf = goalProgressReader(ctx.plan, history, ctx.today);
    const statuses = latestStatuses(ctx);
    return checkEach(ctx.goals, always, (goal, i) => {
      const target = passedTarget(ctx, goal);
      if (target === undefined) return undefined;
      const { status } = progressOf(goal);
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
