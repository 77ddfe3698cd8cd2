import { addDays, addMonths, isoOf, toDayNumber, type IsoDate } from '../shared/dates.js';

/*
 * The calendar the demo book shop sells by: month boundaries, and the Norwegian selling
 * seasons that move from year to year (Easter, Mother's Day, Black Friday).
 */

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

export function monthEnd(date: IsoDate): IsoDate {
  return addDays(addMonths(monthStart(date), 1), -1);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  // Day 0 (1970-01-01) was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The latest Sunday strictly before the date. */
export function sundayBefore(date: IsoDate): IsoDate {
  return addDays(date, -(weekday(date) || 7));
}

/** The n-th given weekday (0 = Sunday) of a month, n from 1. */
function nthWeekday(year: number, month: number, day: number, n: number): IsoDate {
  const first = isoOf(year, month, 1);
  return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/** Mother's Day in Norway: the second Sunday of February. */
export function mothersDay(year: number): IsoDate {
  return nthWeekday(year, 2, 0, 2);
}

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): IsoDate {
  return addDays(nthWeekday(year, 11, 4, 4), 1);
}
