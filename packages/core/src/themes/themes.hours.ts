import type { PlanDocument, Theme } from '../plan/plan.schema.js';
import { toDayNumber, type IsoDate } from '../shared/dates.js';
import { quarterHours } from './themes.quarters.js';
import { activityDays, dayNumbers, spreadHours, type QuarterGrid } from './themes.spread.js';

/*
 * Hours per theme and quarter, shared by the theme budgets and the roadmap.
 * - planned: estimates of activities that are not dropped;
 * - actual: hours spent, dropped activities included (the time was spent all the same),
 *   spread over the days worked so far when `today` is given;
 * - budget: a theme's hours per quarter as it gives them (a quarter it does not list gets 0),
 *   else its budget spread evenly over the plan period.
 * An activity with no theme, or a theme the plan does not have, counts under the key null.
 */

export interface ThemeHours {
  /** Per quarter of the grid. */
  planned: number[];
  actual: number[];
  budget: number[];
  plannedHours: number;
  actualHours: number;
  /** Hours of activities with no dates: in the totals, in no quarter. */
  undatedPlannedHours: number;
  undatedActualHours: number;
  /** Hours of dated activities that fall outside the grid's quarters. */
  outsidePlannedHours: number;
  outsideActualHours: number;
  activityCount: number;
}

function emptyHours(size: number): ThemeHours {
  return {
    planned: new Array<number>(size).fill(0),
    actual: new Array<number>(size).fill(0),
    budget: new Array<number>(size).fill(0),
    plannedHours: 0,
    actualHours: 0,
    undatedPlannedHours: 0,
    undatedActualHours: 0,
    outsidePlannedHours: 0,
    outsideActualHours: 0,
    activityCount: 0,
  };
}

/** The theme an activity counts under: its own when the plan has it, else null. */
export function themeKey(themes: ReadonlyMap<string, Theme>, theme: string | undefined): string | null {
  return theme !== undefined && themes.has(theme) ? theme : null;
}

/** Hours per theme id: every theme of the plan in plan order, then null (no theme) when an activity has none. */
export function hoursByTheme(plan: PlanDocument, grid: QuarterGrid, today?: IsoDate): Map<string | null, ThemeHours> {
  const size = grid.quarters.length;
  const themes = new Map((plan.themes ?? []).map((t) => [t.id, t]));
  const result = new Map<string | null, ThemeHours>();
  const periodFirst = toDayNumber(plan.plan.period.start);
  const periodLast = Math.max(periodFirst, toDayNumber(plan.plan.period.end));
  for (const theme of themes.values()) {
    const hours = emptyHours(size);
    if (theme.quarters !== undefined) {
      const given = quarterHours(theme.quarters);
      for (let q = 0; q < size; q++) hours.budget[q] = given.get(grid.quarters[q].quarter) ?? 0;
    } else if (theme.budget_hours !== undefined) {
      spreadHours(hours.budget, grid, theme.budget_hours, periodFirst, periodLast);
    }
    result.set(theme.id, hours);
  }
  const todayDay = today === undefined ? undefined : toDayNumber(today);
  const dayOf = dayNumbers();

  for (const activity of plan.activities ?? []) {
    const key = themeKey(themes, activity.theme);
    let hours = result.get(key);
    if (!hours) {
      hours = emptyHours(size);
      result.set(key, hours);
    }
    const planned = activity.status === 'dropped' ? 0 : (activity.estimate_hours ?? 0);
    const actual = activity.actual_hours ?? 0;
    if (activity.status !== 'dropped') hours.activityCount++;
    hours.plannedHours += planned;
    hours.actualHours += actual;
    const days = activityDays(activity, dayOf);
    if (!days) {
      hours.undatedPlannedHours += planned;
      hours.undatedActualHours += actual;
      continue;
    }
    if (planned > 0) hours.outsidePlannedHours += spreadHours(hours.planned, grid, planned, days.first, days.last);
    if (actual > 0) {
      // Hours already spent lie between the start and today.
      const lastWorked = todayDay === undefined ? days.last : Math.max(days.first, Math.min(days.last, todayDay));
      hours.outsideActualHours += spreadHours(hours.actual, grid, actual, days.first, lastWorked);
    }
  }
  return result;
}
