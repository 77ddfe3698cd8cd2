import type { Goal } from '../../plan/plan.schema.js';
import { addMonths, maxDate, type IsoDate } from '../../shared/dates.js';
import { formatPath } from '../../shared/errors.js';
import type { HealthContext } from '../health.context.js';
import { SEEDS, always, checkEach, date, defineRule, term } from '../health.rule.js';

/** The seed's long horizon is two to five years. */
const LONG_HORIZON_MONTHS = 60;

/**
 * Quarter and year goals belong inside the plan period. A long-term goal may end after it
 * (that is what long term means), but within five years of the plan's start.
 */
function window(goal: Goal, ctx: HealthContext): { from: IsoDate; to: IsoDate } {
  const { start, end } = ctx.period;
  if (goal.horizon !== 'long') return { from: start, to: end };
  return { from: start, to: maxDate(end, addMonths(start, LONG_HORIZON_MONTHS)) };
}

export const goalTargetOutsidePeriod = defineRule({
  id: 'goal-target-outside-period',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'Disse mål, hvad enten de er kortsigtede (kvartalsvise), mellemlange (årlige) eller langsigtede (2-5 år), bør direkte understøtte dine mål for omsætning eller markedsandel.',
  },
  check: (ctx) =>
    checkEach(ctx.goals, always, (goal, i) => {
      const target = goal.target?.date;
      if (!target) return undefined;
      const { from, to } = window(goal, ctx);
      if (target >= from && target <= to) return undefined;
      return {
        path: formatPath(['goals', i, 'target', 'date']),
        params: { goal: goal.title, date: date(target), from: date(from), to: date(to), horizon: term('horizon', goal.horizon) },
      };
    }),
});
