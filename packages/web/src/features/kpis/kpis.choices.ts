import type { Aggregation, Direction, Frequency, FunnelStage, Grain, Kpi } from '@kurs/core';

/*
 * The values of the KPI fields, in the order the form offers them. The browser may not load
 * core's code (its lists of values), so they are listed here; the Record type makes the
 * compiler refuse a list that misses a value, and the tests compare them with core's.
 */

function every<T extends string>(values: Record<T, true>): T[] {
  return Object.keys(values) as T[];
}

export const UNITS = every<NonNullable<Kpi['unit']>>({ count: true, percent: true, currency: true, duration_s: true, ratio: true });
export const DIRECTION_CHOICES = every<Direction>({ up: true, down: true });
export const AGGREGATION_CHOICES = every<Aggregation>({ sum: true, average: true, last: true });
export const FREQUENCY_CHOICES = every<Frequency>({ live: true, daily: true, weekly: true, monthly: true, quarterly: true, semiannual: true });
export const FUNNEL_CHOICES = every<FunnelStage>({ reach: true, engage: true, convert: true, retain: true });
export const SOURCE_CHOICES = every<NonNullable<Kpi['source']>>({ manual: true, csv: true, ga4: true });
export const GRAIN_CHOICES = every<Grain>({ day: true, week: true, month: true, quarter: true, year: true });

/** The chart's grain that shows one point per measurement (core's FREQUENCY_GRAIN). */
export const FREQUENCY_GRAIN: Record<Frequency, Grain> = {
  live: 'day',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  semiannual: 'year',
};
