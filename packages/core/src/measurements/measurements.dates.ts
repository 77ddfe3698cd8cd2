import { fromDayNumber, isoOf, quarterRange, toDayNumber, type IsoDate } from '../shared/dates.js';
import type { DateOrder } from './measurements.schema.js';
import { refused, type ParseResult, type Refusal } from './measurements.numbers.js';

/*
 * Dates as files write them, turned into the ISO date a KPI series uses. A value that stands
 * for a period (a month, a quarter, a week) is dated on the period's last day, because a
 * measurement's date is the end of the period it covers ("books sold in January" is
 * 2027-01-31). The rules (README.md beside this file):
 * - 2027-01-31 (a time after it is dropped), 20270131, 2027/01/31, 2027.01.31; months 2027-01,
 *   202701, 01.2027, "jan 2027", "januar 2027"; quarters 2027-Q1; ISO weeks 2027-W05 (ending on
 *   Sunday);
 * - month names and their abbreviations in English, Norwegian, Danish and Swedish: "Jan 07,
 *   2027 09:00 am" (Google Ads, Meta), "7. jan. 2027", "7 jan 2027", "7. januar 2027";
 * - dotted dates are day first: 31.01.2027, 1.2.2027;
 * - with '/' or '-' a date may be day or month first: 31/01/2027 can only be day first,
 *   01/31/2027 only month first, and 03/04/2027 either way: the column's other dates decide
 *   (measurements.columns.ts), or the mapping's date order;
 * - years have four digits, from 1900 to 2199; "31.01.27" is refused.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export interface DateReading {
  /** For "03/04/2027": day first (dmy) or month first (mdy). */
  dateOrder?: DateOrder;
}

/**
 * A date's text read before its column's date order is known: one date (and the order it can
 * only be read in, if it is a slashed date with a day over 12), two readings, or a refusal.
 */
export type DateText = { ok: true; value: IsoDate; order: DateOrder | undefined } | { ok: 'two'; dayFirst: IsoDate; monthFirst: IsoDate } | Refusal;

/** A time after a date: "T08:00", " 09:00 am", ", 9:00:00 PM", " 08.00", " 10:00:00+01:00". Dropped: a measurement has a day. */
const TIME = String.raw`(?:(?:T|,?\s+)(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s?m\.?)?(?:\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2}))?)?`;
const ISO_TIME = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i');
const YEAR_FIRST = /^(\d{4})([./])(\d{1,2})\2(\d{1,2})$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_MONTH = /^(\d{4})(?:[-/.](\d{1,2})|(\d{2}))$/;
const QUARTER = /^(\d{4})-?Q([1-4])$/i;
const ISO_WEEK = /^(\d{4})-?W(\d{2})$/i;
const DAY_OR_MONTH_FIRST = new RegExp(String.raw`^(\d{1,2})([./-])(\d{1,2})\2(\d{4})${TIME}$`, 'i');
const SHORT_YEAR = /^\d{1,2}([./-])\d{1,2}\1\d{2}$/;
const MONTH_YEAR = /^(\d{1,2})[./-](\d{4})$/;
/** "Jan 07, 2027 09:00 am", "January 7 2027". */
const NAME_DAY_YEAR = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`, 'iu');
/** "7. jan. 2027", "7 jan 2027", "07-Jan-2027", "7. januar 2027". */
const DAY_NAME_YEAR = new RegExp(String.raw`^(\d{1,2})\.?[\s-]*(\p{L}+)\.?,?[\s-]+(\d{4})${TIME}$`, 'iu');
/** "jan 2027", "januar 2027", "Jan-2027". */
const NAME_YEAR = /^(\p{L}+)\.?[\s-]+(\d{4})$/iu;

/** Month names and abbreviations of English, Norwegian, Danish and Swedish: none means another month in another language. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['january', 'januar', 'januari', 'jan'],
    ['february', 'februar', 'februari', 'feb'],
    ['march', 'mars', 'marts', 'mar'],
    ['april', 'apr'],
    ['may', 'mai', 'maj'],
    ['june', 'juni', 'jun'],
    ['july', 'juli', 'jul'],
    ['august', 'augusti', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oktober', 'oct', 'okt'],
    ['november', 'nov'],
    ['december', 'desember', 'dec', 'des'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);

function monthOf(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase());
}

/** Reads a date, or a period dated on its last day. A date that reads two ways is refused unless the date order is given. */
export function parseLocaleDate(text: string, reading: DateReading = {}): ParseResult<IsoDate> {
  const read = readDateText(text);
  if (read.ok === 'two') {
    if (reading.dateOrder) return { ok: true, value: reading.dateOrder === 'dmy' ? read.dayFirst : read.monthFirst };
    return ambiguousDate(text.trim(), read.dayFirst, read.monthFirst);
  }
  return read.ok ? { ok: true, value: read.value } : read;
}

export function ambiguousDate(value: string, dayFirst: IsoDate, monthFirst: IsoDate): Refusal {
  return refused('ambiguous_date', `"${value}" is ambiguous: write ${dayFirst} for day first or ${monthFirst} for month first, or choose the date order`, {
    value,
    day_first: dayFirst,
    month_first: monthFirst,
  });
}

/** Reads a date's text, or a period's, without knowing whether its column writes day or month first. */
export function readDateText(text: string): DateText {
  const value = text.trim();
  if (value === '') return refused('required', 'the date is empty');
  const notADate = refused('invalid_date', `"${value}" is not a date`, { value });
  let m: RegExpExecArray | null;
  if ((m = ISO_TIME.exec(value))) return dayOrError(Number(m[1]), Number(m[2]), Number(m[3]), notADate);
  if ((m = YEAR_FIRST.exec(value))) return dayOrError(Number(m[1]), Number(m[3]), Number(m[4]), notADate);
  if ((m = BASIC.exec(value))) return dayOrError(Number(m[1]), Number(m[2]), Number(m[3]), notADate);
  if ((m = YEAR_MONTH.exec(value))) return orError(monthEnd(Number(m[1]), Number(m[2] ?? m[3])), notADate);
  if ((m = QUARTER.exec(value))) {
    const year = Number(m[1]);
    return yearOk(year) ? one(quarterRange(`${m[1]}-Q${m[2]}`).end) : notADate;
  }
  if ((m = ISO_WEEK.exec(value))) return orError(isoWeekEnd(Number(m[1]), Number(m[2])), notADate);
  if ((m = DAY_OR_MONTH_FIRST.exec(value))) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (m[2] === '.' || a > 12) return dayOrError(year, b, a, notADate, m[2] === '.' ? undefined : 'dmy');
    if (b > 12) return dayOrError(year, a, b, notADate, 'mdy');
    const [dayFirst, monthFirst] = [calendarDay(year, b, a), calendarDay(year, a, b)];
    if (dayFirst === null || monthFirst === null) return notADate;
    return dayFirst === monthFirst ? one(dayFirst) : { ok: 'two', dayFirst, monthFirst };
  }
  if ((m = NAME_DAY_YEAR.exec(value))) return namedDay(Number(m[3]), m[1] as string, Number(m[2]), notADate);
  if ((m = DAY_NAME_YEAR.exec(value))) return namedDay(Number(m[3]), m[2] as string, Number(m[1]), notADate);
  if ((m = NAME_YEAR.exec(value))) {
    const month = monthOf(m[1] as string);
    return month === undefined ? notADate : orError(monthEnd(Number(m[2]), month), notADate);
  }
  if (SHORT_YEAR.test(value)) return refused('short_year', `"${value}" has a two-digit year: write the year with four digits`, { value });
  if ((m = MONTH_YEAR.exec(value))) return orError(monthEnd(Number(m[2]), Number(m[1])), notADate);
  return notADate;
}

/** Excel's serial day numbers (1 is 1900-01-01; Excel counts a 29 February 1900 that never was) that a date column may hold. */
const EXCEL_SERIAL = /^(\d{5})(?:[.,]\d+)?$/;
/** 1990-01-01 to 2100-12-31: a five-digit number outside it is not taken for a date. */
const EXCEL_FIRST = 32874;
const EXCEL_LAST = 73415;
const EXCEL_EPOCH = toDayNumber('1899-12-30');

/** The date of an Excel serial number (a time after the day's number dropped), or null when the text is none in a plausible range. */
export function excelSerialDate(text: string): IsoDate | null {
  const m = EXCEL_SERIAL.exec(text.trim());
  const serial = m ? Number(m[1]) : 0;
  return serial >= EXCEL_FIRST && serial <= EXCEL_LAST ? fromDayNumber(EXCEL_EPOCH + serial) : null;
}

function namedDay(year: number, name: string, day: number, error: Refusal): DateText {
  const month = monthOf(name);
  return month === undefined ? error : dayOrError(year, month, day, error);
}

function one(value: IsoDate, order?: DateOrder): DateText {
  return { ok: true, value, order };
}

function dayOrError(year: number, month: number, day: number, error: Refusal, order?: DateOrder): DateText {
  const date = calendarDay(year, month, day);
  return date === null ? error : one(date, order);
}

function orError(date: IsoDate | null, error: Refusal): DateText {
  return date === null ? error : one(date);
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
