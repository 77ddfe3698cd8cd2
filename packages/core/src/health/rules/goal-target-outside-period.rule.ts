import { targetWindow } from '../../goals/goals.smart.js';
import { formatPath } from '../../shared/errors.js';
import { SEEDS, always, checkEach, date, defineRule, term } from '../health.rule.js';

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
      const { from, to } = targetWindow(goal.horizon, ctx.period);
      if (target >= from && target <= to) return undefined;
      return {
        path: formatPath(['goals', i, 'target', 'date']),
        params: { goal: goal.title, date: date(target), from: date(from), to: date(to), horizon: term('horizon', goal.horizon) },
      };
    }),
});
