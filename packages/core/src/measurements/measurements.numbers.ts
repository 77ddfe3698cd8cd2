import type { Locale } from '../plan/plan.schema.js';
import type { ErrorParams, FieldErrorCode } from '../shared/errors.js';

/*
 * Numbers as people and spreadsheets write them. The rules (README.md beside this file):
 * - the decimal mark is '.' in en and ',' in nb, sv and da;
 * - thousands may be grouped with spaces (also no-break and thin spaces), or with the mark
 *   that is not the decimal one; groups after the first have exactly three digits;
 * - when both '.' and ',' appear, the last one is the decimal mark, whatever the locale;
 * - a mark that cannot be a thousands separator (not followed by exactly three digits, or
 *   after a leading 0 or after four digits, or next to space grouping) is the decimal mark;
 * - a lone mark followed by three digits follows the locale ("1,234" is 1234 in en and 1.234
 *   in nb), except "1.234" in nb, sv and da: Danish and Norwegian spreadsheets group with '.'
 *   and machine exports use '.' as decimal mark, so it is refused as ambiguous;
 * - a leading '-', '+' or '−' (U+2212, which nb and sv formatting writes) sets the sign;
 * - one unit may stand before or after: '%' after, or a currency (kr, kr., NOK, SEK, DKK, EUR,
 *   USD, GBP, €, $, £) before or after; it is dropped, and so is a price's ",-" ("kr 100,-");
 * - "1.5e3" style exponents are read as written by programs.
 * Anything else is refused with a message that says why, never guessed.
 */

/** A value read, or why not: the English words, and a code with its facts (shared/errors.ts). */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string; code: FieldErrorCode; params?: ErrorParams };

export function refused(code: FieldErrorCode, error: string, params?: ErrorParams): { ok: false; error: string; code: FieldErrorCode; params?: ErrorParams } {
  return params ? { ok: false, error, code, params } : { ok: false, error, code };
}

const CURRENCY = String.raw`kr\.?|nok|sek|dkk|eur|usd|gbp|€|\$|£`;
const PREFIX = new RegExp(`^(?:${CURRENCY})\\s*`, 'i');
const SUFFIX = new RegExp(`\\s*(?:${CURRENCY}|%)$`, 'i');
/** "100,-": Norwegian and Danish prices without øre. */
const NO_DECIMALS = /[,.]-$/;
const SIGN = /^[-+\u2212]\s*/;
const INTEGER = /^-?\d+$/;
const POINT_DECIMAL = /^-?\d+\.\d+$/;
const COMMA_DECIMAL = /^-?\d+,\d+$/;
const EXPONENT = /^\d+(?:\.\d+)?e[-+]?\d+$/i;
const BODY = /^[\d.,\s]*\d[\d.,\s]*$/;
const SPACE = /\s/;
const SPACES = /\s+/;
const DIGITS = /^\d+$/;

function decimalMarkOf(locale: Locale): '.' | ',' {
  return locale === 'en' ? '.' : ',';
}

/** Reads a number written by a person or a spreadsheet in the given locale. */
export function parseLocaleNumber(text: string, locale: Locale = 'en'): ParseResult<number> {
  const trimmed = text.trim();
  // The common plain forms first: a file has a million of them.
  if (INTEGER.test(trimmed) || (locale === 'en' && POINT_DECIMAL.test(trimmed))) return finite(Number(trimmed));
  if (locale !== 'en' && COMMA_DECIMAL.test(trimmed)) return finite(Number(trimmed.replace(',', '.')));
  if (trimmed === '') return refused('required', 'the number is empty');
  const value = readNumber(trimmed, locale);
  if (typeof value === 'number') return finite(value);
  return value === AMBIGUOUS ? ambiguous(trimmed) : refused('not_a_number', `"${trimmed}" is not a number`, { value: trimmed });
}

/** A value of 310 digits or 1e999 reads as Infinity, which no database or JSON can hold. */
function finite(value: number): ParseResult<number> {
  return Number.isFinite(value) ? { ok: true, value } : refused('number_too_large', 'the number is too large to be stored');
}

const AMBIGUOUS = 'ambiguous';
const INVALID = 'invalid';

function ambiguous(text: string): ParseResult<number> {
  const digits = text.replace(/[^\d.]/g, '');
  const [whole, decimal] = [digits.replace('.', ''), digits.replace('.', ',')];
  return refused('ambiguous_number', `"${text}" is ambiguous: write ${whole} for a whole number, or ${decimal} with a decimal comma`, { value: text, whole, decimal });
}

/** The number, or why not. */
function readNumber(text: string, locale: Locale): number | typeof AMBIGUOUS | typeof INVALID {
  let rest = text.replace(NO_DECIMALS, '');
  let sign: string | undefined;
  // The sign may stand before or after a currency: "-kr 50", "kr -50".
  const takeSign = (): void => {
    const m = sign === undefined ? SIGN.exec(rest) : null;
    if (!m) return;
    sign = m[0][0];
    rest = rest.slice(m[0].length);
  };
  takeSign();
  let unit = PREFIX.exec(rest);
  if (unit) rest = rest.slice(unit[0].length);
  else if ((unit = SUFFIX.exec(rest))) rest = rest.slice(0, rest.length - unit[0].length);
  takeSign();
  const negative = sign !== undefined && sign !== '+';
  if (EXPONENT.test(rest)) return negative ? -Number(rest) : Number(rest);
  if (!BODY.test(rest)) return INVALID;

  const dots = count(rest, '.');
  const commas = count(rest, ',');
  const spaced = SPACE.test(rest);
  let decimal: '.' | ',' | null = null;
  let group: '.' | ',' | ' ' | null = spaced ? ' ' : null;
  if (dots > 0 && commas > 0) {
    if (spaced) return INVALID;
    decimal = rest.lastIndexOf('.') > rest.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
  } else if (dots + commas > 1) {
    if (spaced) return INVALID;
    group = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots > 0 ? '.' : ',';
    const [whole = '', fraction = ''] = rest.split(mark);
    const couldGroup = !spaced && /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction);
    if (!couldGroup || mark === decimalMarkOf(locale)) decimal = mark;
    else if (locale === 'en') group = mark;
    else return AMBIGUOUS;
  }

  const [whole = '', fraction, extra] = decimal ? rest.split(decimal) : [rest];
  if (extra !== undefined) return INVALID;
  if (fraction !== undefined && !DIGITS.test(fraction)) return INVALID;
  const digits = group ? grouped(whole, group) : whole;
  if (digits === null || !(DIGITS.test(digits) || (digits === '' && fraction !== undefined))) return INVALID;
  const value = Number(`${digits || '0'}${fraction === undefined ? '' : `.${fraction}`}`);
  return negative ? -value : value;
}

/** The digits of "1 234 567" or "1.234.567", or null when the groups are not 1–3 digits then threes. */
function grouped(whole: string, group: '.' | ',' | ' '): string | null {
  const groups = group === ' ' ? whole.split(SPACES) : whole.split(group);
  if (!/^\d{1,3}$/.test(groups[0] ?? '')) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i] ?? '')) return null;
  return groups.join('');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
