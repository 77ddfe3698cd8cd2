import type { Frequency, IsoDate } from '@kurs/core';

/*
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the measurement grid and the chart. The
 * browser may not load core's code, so the few steps needed here are written out; the tests
 * check them against core's own (nextMeasurementDue).
 */

const DAY_MS = 86_400_000;

function utcMs(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function isoOfMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Seconds since 1970 at midnight UTC: the x value of a date in a chart. */
export function epochSeconds(date: IsoDate): number {
  return utcMs(date) / 1000;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoOfMs(utcMs(date) + days * DAY_MS);
}

/** The same day `months` later, or that month's last day when it is shorter. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return isoOfMs(first.getTime());
}

function isMonthEnd(date: IsoDate): boolean {
  return addDays(date, 1).endsWith('-01');
}

const STEP_DAYS: Partial<Record<Frequency, number>> = { live: 1, daily: 1, weekly: 7 };
const STEP_MONTHS: Partial<Record<Frequency, number>> = { monthly: 1, quarterly: 3, semiannual: 6 };

/**
 * The date one measurement interval after (`steps` = 1) or before (-1) `date`. Month-based
 * frequencies keep month ends: one month after 2027-02-28 is 2027-03-31.
 */
export function stepMeasurementDate(date: IsoDate, frequency: Frequency, steps: 1 | -1): IsoDate {
  const months = STEP_MONTHS[frequency];
  if (months === undefined) return addDays(date, steps * (STEP_DAYS[frequency] ?? 1));
  if (!isMonthEnd(date)) return addMonths(date, steps * months);
  return addDays(addMonths(addDays(date, 1), steps * months), -1);
}
