import type { Frequency, IsoDate } from '@kurs/core';
import { addDays, measurementPeriodOf, toDayNumber } from '@kurs/core/browser';

/* Dates of the measurement grid and the chart, by core's own calendar arithmetic. */

export const DAY_SECONDS = 86_400;

/** Seconds since 1970 at midnight UTC: the x value of a date in a chart. */
export function epochSeconds(date: IsoDate): number {
  return toDayNumber(date) * DAY_SECONDS;
}

/** The date of the measurement for the period before the one that holds `date`: that period's last day. */
export function previousPeriodEnd(date: IsoDate, frequency: Frequency): IsoDate {
  return addDays(measurementPeriodOf(date, frequency).start, -1);
}
