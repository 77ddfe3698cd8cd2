import { themeBudgetHours } from '../../themes/themes.quarters.js';
import { SEEDS, checkOnce, defineRule, percent } from '../health.rule.js';

// Judged on budgeted hours; with no budgets at all there is nothing to take a share of (theme-no-budget).
export const maintenanceReserveMissing = defineRule({
  id: 'maintenance-reserve-missing',
  step: 'themes',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote:
      'Sørg for at afsætte high-level budgetter (i timer) til hvert tema, og hold et vist budget til vedligeholdelse (opgraderinger, fejlrettelser, sikkerhedsopdateringer).',
  },
  check: (ctx) => {
    let total = 0;
    let maintenance = 0;
    for (const theme of ctx.themes) {
      const hours = themeBudgetHours(theme) ?? 0;
      total += hours;
      if (theme.maintenance) maintenance += hours;
    }
    if (total === 0) return { checked: 0, hits: [] };
    const share = maintenance / total;
    return checkOnce(
      share < ctx.maintenanceShare
        ? {
            path: 'themes',
            params: { share: percent(share), required: percent(ctx.maintenanceShare), hours: maintenance, total },
          }
        : undefined,
    );
  },
});
