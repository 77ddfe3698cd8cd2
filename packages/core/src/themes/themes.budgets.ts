import type { PlanDocument } from '../plan/plan.schema.js';
import type { IsoDate } from '../shared/dates.js';
import { dateOptionErrors } from '../activities/activities.options.js';
import { DomainError } from '../shared/errors.js';
import { hoursByTheme } from './themes.hours.js';
import { themeBudgetHours } from './themes.quarters.js';
import { quarterGrid, type QuarterSpan } from './themes.spread.js';

/*
 * Product step 7: each theme's budget in hours against the hours planned and spent, and
 * whether the maintenance reserve is kept.
 */

export interface ThemeQuarterBudget extends QuarterSpan {
  /** The theme's hours for the quarter, or its budget spread evenly over the plan period; null when the theme has no budget. */
  budgetHours: number | null;
  plannedHours: number;
  actualHours: number;
  overBudget: boolean;
}

export interface ThemeBudget {
  /** Null for the activities with no theme (or a theme the plan does not have). */
  theme: string | null;
  name: string | null;
  maintenance: boolean;
  budgetHours: number | null;
  /** Estimates of the activities that are not dropped. */
  plannedHours: number;
  /** Hours spent, dropped activities included. */
  actualHours: number;
  /** Planned hours of activities with no dates, which no quarter holds. */
  undatedPlannedHours: number;
  /** Planned hours of dated activities that fall outside the plan period. */
  outsidePeriodPlannedHours: number;
  activityCount: number;
  /** Over budget when the planned or the spent hours exceed the budget. */
  overBudget: boolean;
  quarters: ThemeQuarterBudget[];
}

export interface ThemeBudgets {
  quarters: QuarterSpan[];
  /** Every theme in plan order, then the activities with no theme when there are any. */
  themes: ThemeBudget[];
  budgetHours: number;
  plannedHours: number;
  actualHours: number;
  maintenance: {
    budgetHours: number;
    /** Maintenance themes' part of all budgeted hours (0–1); null when nothing is budgeted. */
    share: number | null;
    plannedHours: number;
    /** Maintenance themes' part of all planned hours; null when nothing is planned. */
    plannedShare: number | null;
  };
}

export interface ThemeBudgetsOptions {
  /** With today, hours already spent are placed between an activity's start and today. */
  today?: IsoDate;
}

function over(budget: number | null, ...hours: number[]): boolean {
  return budget !== null && hours.some((h) => h > budget + 1e-9);
}

export function themeBudgets(plan: PlanDocument, options: ThemeBudgetsOptions = {}): ThemeBudgets {
  const errors = dateOptionErrors(options, ['today']);
  if (errors.length > 0) throw new DomainError('invalid', 'cannot sum the theme budgets with these options', errors);
  const grid = quarterGrid(plan.plan.period.start, plan.plan.period.end);
  const themes = new Map((plan.themes ?? []).map((t) => [t.id, t]));
  const budgets: ThemeBudget[] = [];
  for (const [key, hours] of hoursByTheme(plan, grid, options.today)) {
    const theme = key === null ? undefined : themes.get(key);
    if (key === null && hours.activityCount === 0 && hours.actualHours === 0) continue;
    const budget = theme === undefined ? null : (themeBudgetHours(theme) ?? null);
    budgets.push({
      theme: key,
      name: theme?.name ?? null,
      maintenance: theme?.maintenance === true,
      budgetHours: budget,
      plannedHours: hours.plannedHours,
      actualHours: hours.actualHours,
      undatedPlannedHours: hours.undatedPlannedHours,
      outsidePeriodPlannedHours: hours.outsidePlannedHours,
      activityCount: hours.activityCount,
      overBudget: over(budget, hours.plannedHours, hours.actualHours),
      quarters: grid.quarters.map((span, q) => {
        const quarterBudget = budget === null ? null : hours.budget[q];
        return {
          ...span,
          budgetHours: quarterBudget,
          plannedHours: hours.planned[q],
          actualHours: hours.actual[q],
          overBudget: over(quarterBudget, hours.planned[q], hours.actual[q]),
        };
      }),
    });
  }

  const sum = (list: ThemeBudget[], pick: (b: ThemeBudget) => number) => list.reduce((s, b) => s + pick(b), 0);
  const budgetHours = sum(budgets, (b) => b.budgetHours ?? 0);
  const plannedHours = sum(budgets, (b) => b.plannedHours);
  const maintenance = budgets.filter((b) => b.maintenance);
  const maintenanceBudget = sum(maintenance, (b) => b.budgetHours ?? 0);
  const maintenancePlanned = sum(maintenance, (b) => b.plannedHours);
  return {
    quarters: grid.quarters,
    themes: budgets,
    budgetHours,
    plannedHours,
    actualHours: sum(budgets, (b) => b.actualHours),
    maintenance: {
      budgetHours: maintenanceBudget,
      share: budgetHours > 0 ? maintenanceBudget / budgetHours : null,
      plannedHours: maintenancePlanned,
      plannedShare: plannedHours > 0 ? maintenancePlanned / plannedHours : null,
    },
  };
}
