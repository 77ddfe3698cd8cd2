import { formatPath } from '../../shared/errors.js';
import { themeBudgetHours } from '../../themes/themes.quarters.js';
import { SEEDS, checkEach, defineRule } from '../health.rule.js';

export const themeOverBudget = defineRule({
  id: 'theme-over-budget',
  step: 'themes',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Det vil give dig en bedre idé om den samlede investering, der er nødvendig på hvert område.',
  },
  check: (ctx) => {
    const planned = new Map<string, number>();
    for (const activity of ctx.activities) {
      if (activity.status === 'dropped' || !activity.theme) continue;
      planned.set(activity.theme, (planned.get(activity.theme) ?? 0) + (activity.estimate_hours ?? 0));
    }
    return checkEach(
      ctx.themes,
      (theme) => themeBudgetHours(theme) !== undefined,
      (theme, i) => {
        const hours = planned.get(theme.id) ?? 0;
        const budget = themeBudgetHours(theme) ?? 0;
        return hours > budget
          ? { path: formatPath(['themes', i, 'budget_hours']), params: { theme: theme.name, planned: hours, budget } }
          : undefined;
      },
    );
  },
});
