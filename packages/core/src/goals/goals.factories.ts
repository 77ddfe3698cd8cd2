import type { Measurement } from '../plan/plan.schema.js';
import { addDays, addMonths, type IsoDate } from '../shared/dates.js';

/*
 * Measurement series for the tests and benchmarks of goals/ and kpis/ (the plan parts come
 * from the shared factories in testing/). Not exported from the package.
 */

/** `count` dates `days` apart, from `first`. */
export function everyDays(first: IsoDate, days: number, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i * days));
}

/** The last days of `count` months, from the month of `first`. */
export function monthEnds(first: IsoDate, count: number): IsoDate[] {
  const start = `${first.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => addDays(addMonths(start, i + 1), -1));
}

/** Measurements of one KPI on the given dates, valued by `value(index, date)`. */
export function measure(kpi: string, dates: readonly IsoDate[], value: (i: number, date: IsoDate) => number): Measurement[] {
  return dates.map((date, i) => ({ kpi, date, value: value(i, date) }));
}
