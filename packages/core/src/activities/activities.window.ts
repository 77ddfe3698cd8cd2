import { toDayNumber } from '../shared/dates.js';
import { spreadHours, type QuarterGrid } from '../themes/themes.spread.js';
import type { DateRange } from './activities.schedule.js';

/*
 * Hours that fall inside the 90 days, placed exactly as the themes page places them: spread
 * evenly over an activity's days, each day of the window taking its share (themes.spread.ts).
 */

/** The window as a grid of one span, so that spreadHours places hours in it. */
export function windowGrid(window: DateRange): QuarterGrid {
  return {
    quarters: [{ quarter: `${window.start}/${window.end}`, start: window.start, end: window.end }],
    firstDays: [toDayNumber(window.start)],
    lastDays: [toDayNumber(window.end)],
  };
}

/**
 * The share of `hours`, spread evenly over days first..last, that falls in the window. A share
 * is rounded up to a whole hour: never under-counted, and whole hours keep the knapsack's
 * tables small (a tenth would make them ten times larger). Hours that all fall inside stay exact.
 */
export function hoursInWindow(grid: QuarterGrid, hours: number, first: number, last: number): number {
  const inside = [0];
  const outside = spreadHours(inside, grid, hours, first, Math.max(first, last));
  if (outside <= 1e-9) return hours;
  return Math.min(hours, Math.ceil(inside[0] - 1e-6));
}
