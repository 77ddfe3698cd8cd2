import type { Measurement } from '../plan/plan.schema.js';
import { addMonths, daysBetween, quarterStart, toDayNumber, addDays, type IsoDate } from '../shared/dates.js';
import { monthEnd, monthStart, sundayBefore } from './demo.calendar.js';
import { jitter } from './demo.random.js';

/*
 * Believable KPI histories: a trend, the book trade's seasons, and a little noise, sampled at
 * the KPI's frequency. A model is a function from a date to the noise-free value.
 */

export type Model = (date: IsoDate) => number;

/** Straight lines between dated points, continued beyond the first and the last. */
export function lineThrough(points: ReadonlyArray<readonly [IsoDate, number]>): Model {
  const sorted = [...points].sort((a, b) => toDayNumber(a[0]) - toDayNumber(b[0]));
  return (date) => {
    let i = 1;
    while (i < sorted.length - 1 && date > sorted[i][0]) i++;
    const [fromDate, from] = sorted[i - 1];
    const [toDate, to] = sorted[i];
    return from + ((to - from) * daysBetween(fromDate, date)) / daysBetween(fromDate, toDate);
  };
}

/** Steady growth by a factor a year, worth `value` on `today`. */
export function growth(value: number, perYear: number, today: IsoDate): Model {
  return (date) => value * perYear ** (daysBetween(today, date) / 365);
}

// Online book sales by month, January first: Mother's Day in February, Easter crime in
// March and April, a summer dip, and Christmas, which sells almost twice an average month.
const MONTH_WEIGHTS = [0.8, 0.88, 1.0, 0.95, 0.85, 0.9, 0.8, 0.85, 0.9, 0.95, 1.3, 1.9];
const MEAN_WEIGHT = MONTH_WEIGHTS.reduce((a, b) => a + b) / MONTH_WEIGHTS.length;
const SEASON = MONTH_WEIGHTS.map((w) => w / MEAN_WEIGHT);

/** The book trade's season for the whole month of the date; 1 on average over a year. */
export function monthSeason(date: IsoDate): number {
  return SEASON[Number(date.slice(5, 7)) - 1];
}

/** The last `count` Sundays before today, oldest first: one value per finished week. */
export function weeklyDates(today: IsoDate, count: number): IsoDate[] {
  const last = sundayBefore(today);
  return Array.from({ length: count }, (_, i) => addDays(last, -7 * (count - 1 - i)));
}

/** The last days of `count` months from the month of `first`, oldest first. */
export function monthEnds(first: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => monthEnd(addMonths(monthStart(first), i)));
}

/** The ends of the `count` months before today's month, oldest first, leaving out the latest `skip`. */
export function monthlyDates(today: IsoDate, count: number, skip = 0): IsoDate[] {
  return monthEnds(addMonths(monthStart(today), -count), count - skip);
}

/** The ends of the `count` quarters before today's quarter, oldest first. */
export function quarterlyDates(today: IsoDate, count: number): IsoDate[] {
  const first = addMonths(quarterStart(today), -3 * count);
  return Array.from({ length: count }, (_, i) => addDays(addMonths(first, 3 * (i + 1)), -1));
}

export interface SeriesSpec {
  kpi: string;
  dates: readonly IsoDate[];
  model: Model;
  /** Relative half-width of the noise on each value, or a function of the date. */
  noise: number | ((date: IsoDate) => number);
  /** Values are rounded to a multiple of this (0.01, 1, 60…). */
  step: number;
}

export function roundTo(value: number, step: number): number {
  const decimals = step < 1 ? String(step).split('.')[1].length : 0;
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

export function measurementsOf(spec: SeriesSpec): Measurement[] {
  return spec.dates.map((date) => {
    const noise = typeof spec.noise === 'number' ? spec.noise : spec.noise(date);
    const value = spec.model(date) * jitter(`${spec.kpi}|${date}`, noise);
    return { kpi: spec.kpi, date, value: roundTo(value, spec.step) };
  });
}
