import type { Locale } from '../plan/plan.schema.js';
import { fromDayNumber, isoOf, quarterRange, toDayNumber, type IsoDate } from '../shared/dates.js';
import type { DateOrder } from './measurements.schema.js';
import { refused, type ParseResult } from './measurements.numbers.js';

/*
 * Dates as files write them, turned into the ISO date a KPI series uses. A value that stands
 * for a period (a month, a quarter, a week) is dated on the period's last day, because a
 * measurement's date is the end of the period it covers ("books sold in January" is
 * 2027-01-31). The rules (README.md beside this file):
 * - in every locale: 2027-01-31 (a time after it is dropped), 20270131, 2027/01/31, 2027.01.31;
 *   months 2027-01 and 202701; quarters 2027-Q1; ISO weeks 2027-W05 (ending on Sunday);
 * - day first in nb, sv and da: 31.01.2027, 31/01/2027, 31-01-2027, and months 01.2027;
 * - dotted dates are day first in every locale; with '/' or '-' the mapping's date order
 *   decides, else nb, sv and da read day first and en takes only a date that cannot be read
 *   both ways (31/01/2027, 01/31/2027) and refuses 03/04/2027 as ambiguous;
 * - years have four digits, from 1900 to 2199; "31.01.27" is refused.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export interface DateReading {
  locale?: Locale;
  dateOrder?: DateOrder;
}

const ISO_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const YEAR_FIRST = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_MONTH = /^(\d{4})(?:[-/.](\d{1,2})|(\d{2}))$/;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const ISO_WEEK = /^(\d{4})-?W(\d{2})$/i;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const SHORT_YEAR = /^\d{1,2}([./-])\d{1,2}\1\d{2}$/;
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$/;

/** Reads a date, or a period dated on its last day. */
export function parseLocaleDate(text: string, reading: DateReading = {}): ParseResult<IsoDate> {
  const value = text.trim();
  if (value === '') return refused('required', 'the date is empty');
  const notADate = refused('invalid_date', `"${value}" is not a date`, { value });
  let m: RegExpExecArray | null;
  if ((m = ISO_TIME.exec(value) ?? YEAR_FIRST.exec(value))) {
    const [y, mo, d] = m[2] === '.' || m[2] === '/' ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
    return dayOrError(Number(y), Number(mo), Number(d), notADate);
  }
  if ((m = BASIC.exec(value))) return dayOrError(Number(m[1]), Number(m[2]), Number(m[3]), notADate);
  if ((m = YEAR_MONTH.exec(value))) return orError(monthEnd(Number(m[1]), Number(m[2] ?? m[3])), notADate);
  if ((m = QUARTER.exec(value))) {
    const year = Number(m[1]);
    return yearOk(year) ? { ok: true, value: quarterRange(`${m[1]}-Q${m[2]}`).end } : notADate;
  }
  if ((m = ISO_WEEK.exec(value))) return orError(isoWeekEnd(Number(m[1]), Number(m[2])), notADate);
  if ((m = DAY_OR_MONTH_FIRST.exec(value))) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const order = m[2] === '.' ? 'dmy' : (reading.dateOrder ?? ((reading.locale ?? 'en') === 'en' ? orderOf(a, b) : 'dmy'));
    if (order === 'dmy') return dayOrError(year, b, a, notADate);
    if (order === 'mdy') return dayOrError(year, a, b, notADate);
    const [dayFirst, monthFirst] = [isoOf(year, b, a), isoOf(year, a, b)];
    return refused('ambiguous_date', `"${value}" is ambiguous: write ${dayFirst} for day first or ${monthFirst} for month first, or choose the date order`, {
      value,
      day_first: dayFirst,
      month_first: monthFirst,
    });
  }
  if (SHORT_YEAR.test(value)) return refused('short_year', `"${value}" has a two-digit year: write the year with four digits`, { value });
  if ((m = MONTH_YEAR.exec(value))) return orError(monthEnd(Number(m[2]), Number(m[1])), notADate);
  return notADate;
}

/** The order a slashed date must have when one part is over 12, or undefined when both readings work. */
function orderOf(a: number, b: number): DateOrder | undefined {
  if (a > 12) return 'dmy';
  if (b > 12 || a === b) return 'mdy';
  return undefined;
}

function dayOrError(year: number, month: number, day: number, error: ParseResult<IsoDate>): ParseResult<IsoDate> {
  return orError(calendarDay(year, month, day), error);
}

function orError(date: IsoDate | null, error: ParseResult<IsoDate>): ParseResult<IsoDate> {
  return date === null ? error : { ok: true, value: date };
}

function yearOk(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The ISO date, or null when there is no such day (or the year is out of range). */
export function calendarDay(year: number, month: number, day: number): IsoDate | null {
  if (!yearOk(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoOf(year, month, day);
}

export function monthEnd(year: number, month: number): IsoDate | null {
  return calendarDay(year, month, month >= 1 && month <= 12 ? daysInMonth(year, month) : 1);
}

export function yearEnd(year: number): IsoDate | null {
  return calendarDay(year, 12, 31);
}

/** Sunday of ISO week `week` of `year` (weeks start on Monday; week 1 holds 4 January). */
export function isoWeekEnd(year: number, week: number): IsoDate | null {
  if (!yearOk(year) || week < 1 || week > 53) return null;
  const jan4 = toDayNumber(isoOf(year, 1, 4));
  const monday = jan4 - mod7(jan4 + 3) + (week - 1) * 7;
  // Week 53 exists only in years whose last week's Thursday is still in that year.
  if (fromDayNumber(monday + 3).slice(0, 4) !== String(year)) return null;
  return fromDayNumber(monday + 6);
}

/**
 * Last day of a GA4 "Week": weeks start on Sunday, week 01 runs from 1 January to the first
 * Saturday, and the last week of the year ends on 31 December.
 */
export function sundayWeekEnd(year: number, week: number): IsoDate | null {
  if (!yearOk(year) || week < 1 || week > 54) return null;
  const jan1 = toDayNumber(isoOf(year, 1, 1));
  const firstSaturday = jan1 + 6 - mod7(jan1 + 4);
  const end = firstSaturday + (week - 1) * 7;
  const dec31 = toDayNumber(isoOf(year, 12, 31));
  if (end - 6 > dec31) return null;
  return fromDayNumber(Math.min(end, dec31));
}

/** Last day of the month `months` after the month of `date`. */
export function monthEndAfter(date: IsoDate, months: number): IsoDate {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return isoOf(year, month, daysInMonth(year, month));
}

function mod7(n: number): number {
  return ((n % 7) + 7) % 7;
}
