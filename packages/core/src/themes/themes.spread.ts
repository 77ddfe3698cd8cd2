import type { Activity } from '../plan/plan.schema.js';
import { addMonths, quarterEnd, quarterOf, quarterStart, toDayNumber, type IsoDate } from '../shared/dates.js';

/*
 * Hours placed in calendar quarters: an activity's (or a budget's) hours are spread evenly
 * over its days, and each quarter gets the share of the days that fall in it.
 */

export interface QuarterSpan {
  /** "2027-Q1" */
  quarter: string;
  start: IsoDate;
  end: IsoDate;
}

/** The quarters from the one holding `start` to the one holding `end`, with their day numbers for fast spreading. */
export interface QuarterGrid {
  quarters: QuarterSpan[];
  firstDays: number[];
  lastDays: number[];
}

export function quarterGrid(start: IsoDate, end: IsoDate): QuarterGrid {
  const quarters: QuarterSpan[] = [];
  for (let q = quarterStart(start); q <= end; q = addMonths(q, 3)) {
    quarters.push({ quarter: quarterOf(q), start: q, end: quarterEnd(q) });
  }
  return {
    quarters,
    firstDays: quarters.map((q) => toDayNumber(q.start)),
    lastDays: quarters.map((q) => toDayNumber(q.end)),
  };
}

/**
 * toDayNumber with a memory: plans repeat the same few hundred dates, and parsing a date
 * is what costs most when thousands of activities are placed.
 */
export function dayNumbers(): (date: IsoDate) => number {
  const known = new Map<IsoDate, number>();
  return (date) => {
    let day = known.get(date);
    if (day === undefined) {
      day = toDayNumber(date);
      known.set(date, day);
    }
    return day;
  };
}

/** First and last day number an activity occupies; one date alone is a one-day span; null when undated. */
export function activityDays(
  activity: Pick<Activity, 'start' | 'end'>,
  dayOf: (date: IsoDate) => number,
): { first: number; last: number } | null {
  const start = activity.start ?? activity.end;
  const end = activity.end ?? activity.start;
  if (!start || !end) return null;
  const first = dayOf(start);
  return { first, last: Math.max(first, dayOf(end)) };
}

/**
 * Adds to `into[q]` the share of `hours` spread evenly over days first..last that falls in
 * quarter q of the grid, and returns the share that falls outside the grid.
 */
export function spreadHours(into: number[], grid: QuarterGrid, hours: number, first: number, last: number): number {
  const perDay = hours / (last - first + 1);
  let placed = 0;
  for (let q = 0; q < grid.quarters.length; q++) {
    const days = Math.min(last, grid.lastDays[q]) - Math.max(first, grid.firstDays[q]) + 1;
    if (days > 0) {
      into[q] += perDay * days;
      placed += perDay * days;
    }
  }
  return hours - placed;
}
