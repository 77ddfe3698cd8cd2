import { formatPath } from '../../shared/errors.js';
import { themeBudgetHours } from '../../themes/themes.quarters.js';
import { SEEDS, always, checkEach, defineRule } from '../health.rule.js';

export const themeNoBudget = defineRule({
  id: 'theme-no-budget',
  step: 'themes',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'Sørg for at afsætte high-level budgetter (i timer) til hvert tema, og hold et vist budget til vedligeholdelse (opgraderinger, fejlrettelser, sikkerhedsopdateringer).',
  },
  check: (ctx) =>
    checkEach(ctx.themes, always, (theme, i) =>
      themeBudgetHours(theme) === undefined
        ? { path: formatPath(['themes', i, 'budget_hours']), params: { theme: theme.name } }
        : undefined,
    ),
});
