import { formatPath } from '../../shared/errors.js';
import { SEEDS, checkEach, date, defineRule } from '../health.rule.js';

export const goalSubgoalAfterParent = defineRule({
  id: 'goal-subgoal-after-parent',
  step: 'goals',
  severity: 'warning',
  seed: {
    file: SEEDS.norwegian,
    quote: 'For å nå målet som kan være å selge 120 000 bøker innen neste år, vil man sette opp ulike delmål.',
  },
  check: (ctx) =>
    checkEach(
      ctx.goals,
      (goal) => goal.parent !== undefined && ctx.goalById.has(goal.parent),
      (goal, i) => {
        const parent = ctx.goalById.get(goal.parent ?? '');
        const own = goal.target?.date;
        const parents = parent?.target?.date;
        if (!parent || !own || !parents || own <= parents) return undefined;
        return {
          path: formatPath(['goals', i, 'target', 'date']),
          params: { goal: goal.title, date: date(own), parent: parent.title, parentDate: date(parents) },
        };
      },
    ),
});
