import type { Aggregation, Frequency, Kpi } from '../plan/plan.schema.js';
import { FREQUENCY_DAYS, type IsoDate } from '../shared/dates.js';
import { GRAIN_DAYS, periodOf, type CalendarPeriod, type Grain } from './kpis.periods.js';

/** A KPI without a frequency is read as monthly (the health check reports the missing frequency). */
export const DEFAULT_FREQUENCY: Frequency = 'monthly';

/** A KPI without an aggregation is read literally: its latest value is its value. */
export const DEFAULT_AGGREGATION: Aggregation = 'last';

export function frequencyOf(kpi: Pick<Kpi, 'frequency'>): Frequency {
  return kpi.frequency ?? DEFAULT_FREQUENCY;
}

export function aggregationOf(kpi: Kpi): Aggregation {
  return kpi.aggregation ?? DEFAULT_AGGREGATION;
}

/** The grain a KPI is charted at: one point per measurement. Half-years have no grain, so they show per year. */
export const FREQUENCY_GRAIN: Record<Frequency, Grain> = {
  live: 'day',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  semiannual: 'year',
};

/**
 * Mean length in days of the period one measurement covers. Unlike FREQUENCY_DAYS (the
 * longest gap, for lateness) these are means, so that twelve monthly values are exactly a year.
 */
export const MEASUREMENT_DAYS: Record<Frequency, number> = {
  live: 1,
  daily: 1,
  weekly: 7,
  monthly: GRAIN_DAYS.month,
  quarterly: GRAIN_DAYS.quarter,
  semiannual: GRAIN_DAYS.year / 2,
};

const PERIOD_GRAIN: Record<Exclude<Frequency, 'semiannual'>, Grain> = {
  live: 'day',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
};

/**
 * The period one measurement of a KPI stands for: the calendar day, ISO week (Monday to
 * Sunday), month, quarter or half-year that holds the date. A measurement is written on the
 * last day of its period (2027-01-31 for January), as the plan document shows.
 */
export function measurementPeriodOf(date: IsoDate, frequency: Frequency): CalendarPeriod {
  if (frequency !== 'semiannual') return periodOf(date, PERIOD_GRAIN[frequency]);
  const year = date.slice(0, 4);
  return date.slice(5, 7) <= '06'
    ? { period: `${year}-H1`, start: `${year}-01-01`, end: `${year}-06-30` }
    : { period: `${year}-H2`, start: `${year}-07-01`, end: `${year}-12-31` };
}

/** Days allowed for entering a period's value after the period closes: half a period, at most two weeks. */
export function measurementGraceDays(frequency: Frequency): number {
  return Math.min(Math.ceil(FREQUENCY_DAYS[frequency] / 2), 14);
}
