import { calendarDay, daysInMonth } from '../measurements/measurements.dates.js';
import type { IsoDate } from './dates.js';
import { intlTag } from './date-style.js';
import type { Locale } from './plan-values.js';

/*
 * A date as a person types it into a date field, read in the language the app speaks:
 *
 * - always ISO, year first: 2027-03-31 (also 2027-3-31, 2027/03/31, 2027.03.31);
 * - nb and da write the day first with dots: 31.3.2027, 31.03.27; also 31/3 2027, 31/3-2027,
 *   31-3-2027, as Danes and Norwegians write by hand;
 * - sv writes ISO (2027-03-31) in forms, and the day first by hand: 31/3 2027, 31/3-27, 31.3.2027;
 * - en: the app writes British English, but many English readers type the month first. A date
 *   with slashes or dashes is read the one way it can be (31/3/2027 and 3/31/2027 are both 31 March); one that
 *   reads two ways (3/4/2027) is refused with both readings rather than guessed;
 * - the day and the month's name in the language: "31. mars 2027", "31 Mar 2027", "March 31, 2027"
 *   (the name's first three letters or more, or the language's short name);
 * - a two-digit year is this century's (27 is 2027): plans are made for the coming years;
 * - no year, a time, a week or a month alone are not dates: a date field wants one day.
 *
 * The field shows a date in a form this reads back to the same day (formatTypedDate).
 */

export type TypedDate =
  | { ok: true; date: IsoDate }
  | { ok: false; code: 'not_a_date' }
  /** A month that has no such day: 31.2.2027. `month` is 1-12. */
  | { ok: false; code: 'no_such_day'; day: number; month: number; year: number; daysInMonth: number }
  /** A slash date an English reader may mean either way: 3/4/2027. */
  | { ok: false; code: 'ambiguous'; dayFirst: IsoDate; monthFirst: IsoDate };

const YEAR_FIRST = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
/** 31.3.2027, 31.03.27, 31/3 2027, 31/3-2027, 31-3-2027, 3/31/2027. */
const NUMBERS = /^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*(?:[./-]\s*|\s)(\d{4}|\d{2})$/;
/** 31. mars 2027, 31 Mar 2027, 31st March 2027, 31-mar-27. */
const DAY_NAME_YEAR = /^(\d{1,2})(?:\.|st|nd|rd|th)?[\s-]*(\p{L}+)\.?,?[\s-]+(\d{4}|\d{2})$/u;
/** March 31, 2027 (English). */
const NAME_DAY_YEAR = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}|\d{2})$/u;

/** Reads a typed date; the error says why it is none. */
export function parseTypedDate(text: string, locale: Locale): TypedDate {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = YEAR_FIRST.exec(value))) return dayOf(Number(m[1]), Number(m[3]), Number(m[4]));
  if ((m = NUMBERS.exec(value))) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), yearOf(m[4]!)];
    if (locale !== 'en' || m[2] === '.') return dayOf(year, b, a);
    return slashDate(a, b, year);
  }
  if ((m = DAY_NAME_YEAR.exec(value))) return namedDay(yearOf(m[3]!), m[2]!, Number(m[1]), locale);
  if (locale === 'en' && (m = NAME_DAY_YEAR.exec(value))) return namedDay(yearOf(m[3]!), m[1]!, Number(m[2]), locale);
  return NOT_A_DATE;
}

/** A date as a date field shows it, in a form parseTypedDate reads back: 31.03.2027, 2027-03-31, 31 Mar 2027. */
export function formatTypedDate(date: IsoDate, locale: Locale): string {
  const [year, month, day] = date.split('-') as [string, string, string];
  switch (locale) {
    case 'sv':
      return date;
    case 'en':
      return `${Number(day)} ${monthNames(locale).short[Number(month) - 1]} ${year}`;
    default:
      return `${day}.${month}.${year}`;
  }
}

/** The month's name as the language writes it in a sentence: "February", "februar". */
export function monthName(month: number, locale: Locale): string {
  return monthNames(locale).long[month - 1] ?? String(month);
}

const NOT_A_DATE: TypedDate = { ok: false, code: 'not_a_date' };

function yearOf(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function dayOf(year: number, month: number, day: number): TypedDate {
  const date = calendarDay(year, month, day);
  if (date !== null) return { ok: true, date };
  if (month >= 1 && month <= 12 && day > daysInMonth(year, month) && day <= 31 && calendarDay(year, month, 1) !== null) {
    return { ok: false, code: 'no_such_day', day, month, year, daysInMonth: daysInMonth(year, month) };
  }
  return NOT_A_DATE;
}

/** English a/b/year: day first or month first, whichever is a date; both, when they differ, is refused. */
function slashDate(a: number, b: number, year: number): TypedDate {
  const dayFirst = dayOf(year, b, a);
  const monthFirst = dayOf(year, a, b);
  if (dayFirst.ok && monthFirst.ok) {
    return dayFirst.date === monthFirst.date ? dayFirst : { ok: false, code: 'ambiguous', dayFirst: dayFirst.date, monthFirst: monthFirst.date };
  }
  if (dayFirst.ok) return dayFirst;
  if (monthFirst.ok) return monthFirst;
  // Neither is a day: say what is wrong with the reading whose month exists (31/2 is 31 February).
  return a > 12 ? dayFirst : monthFirst;
}

function namedDay(year: number, name: string, day: number, locale: Locale): TypedDate {
  const month = monthOfName(name, locale);
  return month === undefined ? NOT_A_DATE : dayOf(year, month, day);
}

/** The month a word names: the language's short name, or three or more first letters of its long name, naming one month only. */
function monthOfName(word: string, locale: Locale): number | undefined {
  const { long, short } = monthNames(locale);
  const exact = short.findIndex((name) => name.toLowerCase() === word);
  if (exact >= 0) return exact + 1;
  if (word.length < 3) return undefined;
  const matches = long.flatMap((name, i) => (name.toLowerCase().startsWith(word) ? [i + 1] : []));
  return matches.length === 1 ? matches[0] : undefined;
}

// Reading the names from Intl costs more than a parse; they never change for a language.
const names = new Map<Locale, { long: string[]; short: string[] }>();

function monthNames(locale: Locale): { long: string[]; short: string[] } {
  let found = names.get(locale);
  if (!found) {
    const list = (month: 'long' | 'short') => {
      const format = new Intl.DateTimeFormat(intlTag(locale), { month, timeZone: 'UTC' });
      return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2027, i, 1)).replace(/\.$/, ''));
    };
    found = { long: list('long'), short: list('short') };
    names.set(locale, found);
  }
  return found;
}
