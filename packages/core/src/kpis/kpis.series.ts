import type { Aggregation, Measurement } from '../plan/plan.schema.js';
import { toDayNumber, type IsoDate } from '../shared/dates.js';
import { periodOf, type CalendarPeriod, type Grain } from './kpis.periods.js';

export interface KpiSeriesOptions {
  grain: Grain;
  aggregation: Aggregation;
  /** First and last measurement date to include (inclusive); the periods keep their full calendar range. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface KpiSeriesPoint extends CalendarPeriod {
  value: number;
  /** How many measurements fell in the period. */
  count: number;
}

interface Bucket {
  key: number;
  sum: number;
  count: number;
  lastDate: IsoDate;
  lastValue: number;
}

/**
 * The measurements of one KPI rolled up into calendar periods, oldest first. Only periods
 * with at least one measurement are returned. `sum` adds the values, `average` takes their
 * mean, `last` the value of the latest date (on a repeated date the later entry wins, as on import).
 */
export function kpiSeries(measurements: readonly Measurement[], options: KpiSeriesOptions): KpiSeriesPoint[] {
  const { grain, aggregation, from, to } = options;
  const keyOf = PERIOD_KEY[grain];
  const buckets = new Map<number, Bucket>();
  for (const { date, value } of measurements) {
    if ((from !== undefined && date < from) || (to !== undefined && date > to)) continue;
    const key = keyOf(date);
    const bucket = buckets.get(key);
    if (bucket === undefined) {
      buckets.set(key, { key, sum: value, count: 1, lastDate: date, lastValue: value });
      continue;
    }
    bucket.sum += value;
    bucket.count += 1;
    if (date >= bucket.lastDate) {
      bucket.lastDate = date;
      bucket.lastValue = value;
    }
  }
  // Labels and bounds are worked out once per period, not per measurement. (Object spread
  // here measured ten times slower on a million periods, so the fields are copied by name.)
  return [...buckets.values()]
    .sort((a, b) => a.key - b.key)
    .map(({ sum, count, lastDate, lastValue }) => {
      const { period, start, end } = periodOf(lastDate, grain);
      const value = aggregation === 'sum' ? sum : aggregation === 'average' ? sum / count : lastValue;
      return { period, start, end, value, count };
    });
}

/*
 * A number per period that grows with time, read from the date's digits: this loop runs a
 * million times, and parsing through Date objects costs several times more.
 */
const PERIOD_KEY: Record<Grain, (date: IsoDate) => number> = {
  day: toDayNumber,
  // Day 0 (1970-01-01) was a Thursday: shifting by 3 makes every 7-day block start on a Monday.
  week: (date) => Math.floor((toDayNumber(date) + 3) / 7),
  month: (date) => yearOf(date) * 12 + monthOf(date) - 1,
  quarter: (date) => yearOf(date) * 4 + Math.floor((monthOf(date) - 1) / 3),
  year: yearOf,
};

function digit(date: string, i: number): number {
  return date.charCodeAt(i) - 48;
}

function yearOf(date: string): number {
  return digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
}

function monthOf(date: string): number {
  return digit(date, 5) * 10 + digit(date, 6);
}
