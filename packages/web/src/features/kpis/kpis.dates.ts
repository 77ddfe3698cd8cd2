import type { Frequency, IsoDate } from '@kurs/core';

/*
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for the measurement grid and the chart. The
 * browser may not load core's code, so the few steps needed here are written out; the tests
 * check them against core's own (measurementPeriodOf).
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

const PERIOD_MONTHS: Partial<Record<Frequency, number>> = { monthly: 1, quarterly: 3, semiannual: 6 };

/**
 * The first and last day of the KPI period that holds the date: the day, the ISO week
 * (Monday to Sunday), the month, the quarter or the half-year. A measurement is written on
 * its period's last day.
 */
export function periodOfDate(date: IsoDate, frequency: Frequency): { start: IsoDate; end: IsoDate } {
  const months = PERIOD_MONTHS[frequency];
  if (months === undefined) {
    if (frequency !== 'weekly') return { start: date, end: date };
    const sinceMonday = (new Date(utcMs(date)).getUTCDay() + 6) % 7;
    return { start: addDays(date, -sinceMonday), end: addDays(date, 6 - sinceMonday) };
  }
  const [y, m] = date.split('-').map(Number) as [number, number];
  const first = Math.floor((m - 1) / months) * months;
  return { start: isoOfMs(Date.UTC(y, first, 1)), end: isoOfMs(Date.UTC(y, first + months, 0)) };
}

/** The date of the measurement for the period before the one that holds `date`. */
export function previousPeriodEnd(date: IsoDate, frequency: Frequency): IsoDate {
  return addDays(periodOfDate(date, frequency).start, -1);
}
