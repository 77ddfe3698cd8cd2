import { describe, expect, it } from 'vitest';
import { DomainError, themeBudgets } from '../index.js';
import { buildActivity, buildPlan, buildTheme } from '../testing/plan.factories.js';

const themes = [
  buildTheme({ id: 'web', name: 'Website performance', budget_hours: 365 }),
  buildTheme({ id: 'cx', name: 'Customer experience', budget_hours: 600 }),
  buildTheme({ id: 'upkeep', name: 'Maintenance', budget_hours: 235, maintenance: true }),
  buildTheme({ id: 'ideas', name: 'Ideas', budget_hours: undefined }),
];

function byTheme(result: ReturnType<typeof themeBudgets>, theme: string | null) {
  const found = result.themes.find((t) => t.theme === theme);
  if (!found) throw new Error(`no theme ${theme}`);
  return found;
}

describe('themeBudgets', () => {
  it('spreads the budget over the plan period by days per quarter', () => {
    const result = themeBudgets(buildPlan({ themes, activities: [] }));
    expect(result.quarters.map((q) => q.quarter)).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
    // 365 hours over the 365 days of 2027: one hour a day; quarters have 90, 91, 92 and 92 days.
    const web = byTheme(result, 'web');
    expect(web.quarters.map((q) => q.budgetHours)).toEqual([90, 91, 92, 92].map((d) => expect.closeTo(d, 9)));
    expect(byTheme(result, 'ideas').quarters.every((q) => q.budgetHours === null)).toBe(true);
    expect(result.themes.map((t) => t.theme)).toEqual(['web', 'cx', 'upkeep', 'ideas']);
  });

  it('takes the hours a theme gives per quarter instead of spreading its budget, and 0 for a quarter it leaves out', () => {
    const perQuarter = [
      buildTheme({ id: 'web', name: 'Website', budget_hours: undefined, quarters: [{ quarter: '2027-Q4', hours: 50 }, { quarter: '2027-Q2', hours: 100 }] }),
      buildTheme({ id: 'cx', name: 'Customer experience', budget_hours: 30, quarters: [{ quarter: '2027-Q1', hours: 30 }] }),
    ];
    const plan = buildPlan({
      themes: perQuarter,
      activities: [buildActivity({ theme: 'cx', start: '2027-04-01', end: '2027-04-10', estimate_hours: 5 })],
    });
    const result = themeBudgets(plan);
    const web = byTheme(result, 'web');
    expect(web.budgetHours).toBe(150);
    expect(web.quarters.map((q) => q.budgetHours)).toEqual([0, 100, 0, 50]);
    const cx = byTheme(result, 'cx');
    expect(cx.quarters.map((q) => q.budgetHours)).toEqual([30, 0, 0, 0]);
    // Within its 30 hours in all, but Q2 was given none.
    expect([cx.overBudget, cx.quarters.map((q) => q.overBudget)]).toEqual([false, [false, true, false, false]]);
    expect(result.budgetHours).toBe(180);
  });

  it("spreads an activity's hours over its days across quarters", () => {
    const plan = buildPlan({
      themes,
      // 30 days in March, 30 in April.
      activities: [buildActivity({ theme: 'web', start: '2027-03-02', end: '2027-04-30', estimate_hours: 60, actual_hours: 20 })],
    });
    const web = byTheme(themeBudgets(plan), 'web');
    expect(web.plannedHours).toBe(60);
    expect(web.quarters.map((q) => q.plannedHours)).toEqual([30, 30, 0, 0].map((h) => expect.closeTo(h, 9)));
    expect(web.quarters.map((q) => q.actualHours)).toEqual([10, 10, 0, 0].map((h) => expect.closeTo(h, 9)));

    // By 2027-03-11 only the ten days of March were worked.
    const soFar = byTheme(themeBudgets(plan, { today: '2027-03-11' }), 'web');
    expect(soFar.quarters.map((q) => q.actualHours)).toEqual([20, 0, 0, 0].map((h) => expect.closeTo(h, 9)));
    expect(() => themeBudgets(plan, { today: 'today' })).toThrow(DomainError);
  });

  it('leaves dropped activities out of the planned hours but keeps the hours spent on them', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ theme: 'cx', status: 'dropped', estimate_hours: 100, actual_hours: 5 }),
        buildActivity({ theme: 'cx', estimate_hours: 40 }),
      ],
    });
    const cx = byTheme(themeBudgets(plan), 'cx');
    expect([cx.plannedHours, cx.actualHours, cx.activityCount]).toEqual([40, 5, 1]);
    expect(cx.undatedPlannedHours).toBe(40);
    expect(cx.quarters.every((q) => q.plannedHours === 0)).toBe(true);
  });

  it('flags a theme and a quarter over budget', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ theme: 'web', start: '2027-01-01', end: '2027-01-31', estimate_hours: 120 }),
        buildActivity({ theme: 'web', start: '2027-07-01', end: '2027-07-31', estimate_hours: 200 }),
        buildActivity({ theme: 'cx', start: '2027-07-01', end: '2027-07-31', estimate_hours: 10, actual_hours: 700 }),
      ],
    });
    const result = themeBudgets(plan);
    const web = byTheme(result, 'web');
    expect(web.overBudget).toBe(false);
    expect(web.quarters.map((q) => q.overBudget)).toEqual([true, false, true, false]);
    expect(byTheme(result, 'cx').overBudget).toBe(true);
    expect(byTheme(result, 'upkeep').overBudget).toBe(false);
  });

  it('collects activities with no theme or an unknown one, and hours outside the period', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ estimate_hours: 8 }),
        buildActivity({ theme: 'gone', start: '2028-02-01', end: '2028-02-01', estimate_hours: 4 }),
      ],
    });
    const result = themeBudgets(plan);
    const none = byTheme(result, null);
    expect(result.themes.at(-1)).toBe(none);
    expect([none.plannedHours, none.undatedPlannedHours, none.outsidePeriodPlannedHours, none.budgetHours]).toEqual([12, 8, 4, null]);
    expect(themeBudgets(buildPlan({ themes, activities: [] })).themes.some((t) => t.theme === null)).toBe(false);
  });

  it('gives the maintenance share of the budgeted and the planned hours', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ theme: 'upkeep', estimate_hours: 30 }),
        buildActivity({ theme: 'cx', estimate_hours: 90 }),
      ],
    });
    const result = themeBudgets(plan);
    expect(result.budgetHours).toBe(1200);
    expect(result.maintenance).toEqual({ budgetHours: 235, share: 235 / 1200, plannedHours: 30, plannedShare: 0.25 });
    expect(themeBudgets(buildPlan({ themes: [], activities: [] })).maintenance.share).toBeNull();
  });
});
