import type { Aggregation, Frequency, Kpi } from '../plan/plan.schema.js';
import { addDays, addMonths, daysBetween, FREQUENCY_DAYS, type IsoDate } from '../shared/dates.js';
import { GRAIN_DAYS, type Grain } from './kpis.periods.js';

/** A KPI without a frequency is read as monthly (the health check reports the missing frequency). */
export const DEFAULT_FREQUENCY: Frequency = 'monthly';

/** A KPI without an aggregation is read literally: its latest value is its value. */
export const DEFAULT_AGGREGATION: Aggregation = 'last';

/** A measurement is stale when it is older than this many of the KPI's measurement intervals. */
export const STALE_AFTER_INTERVALS = 1.5;

export function frequencyOf(kpi: Kpi): Frequency {
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

const FREQUENCY_MONTHS: Partial<Record<Frequency, number>> = { monthly: 1, quarterly: 3, semiannual: 6 };

/**
 * When the measurement after one dated `last` is due. Month-based frequencies keep month
 * ends: after 2027-02-28 a monthly value is due on 2027-03-31, not on the 28th.
 */
export function nextMeasurementDue(last: IsoDate, frequency: Frequency): IsoDate {
  const months = FREQUENCY_MONTHS[frequency];
  if (months === undefined) return addDays(last, FREQUENCY_DAYS[frequency]);
  const isMonthEnd = addDays(last, 1).endsWith('-01');
  return isMonthEnd ? addDays(addMonths(addDays(last, 1), months), -1) : addMonths(last, months);
}

/** True when the latest measurement is older than 1.5 times the KPI's interval. */
export function isMeasurementStale(last: IsoDate, today: IsoDate, frequency: Frequency): boolean {
  return daysBetween(last, today) > STALE_AFTER_INTERVALS * FREQUENCY_DAYS[frequency];
}
