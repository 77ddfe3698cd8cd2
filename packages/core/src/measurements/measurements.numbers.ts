import type { Locale } from '../plan/plan.schema.js';
import type { ErrorParams, FieldErrorCode } from '../shared/errors.js';

/*
 * Numbers as people and spreadsheets write them. The rules (README.md beside this file):
 * - the decimal mark is '.' or ','; the other one, spaces (also no-break and thin spaces) and
 *   apostrophes ("1'234", Swiss) group thousands; groups after the first have three digits;
 * - when both '.' and ',' appear, the last one is the decimal mark;
 * - a mark that cannot group thousands (not followed by exactly three digits, after a leading
 *   0 or after four digits, next to space grouping) is the decimal mark, and so is the other
 *   mark of a number whose mark comes twice ("1.234.567" groups with '.');
 * - a lone mark followed by three digits ("1.234", "12,345") reads two ways: a column decides
 *   which from its other values, its file and the mapping (measurements.columns.ts); alone,
 *   parseLocaleNumber reads it by the locale, and refuses "1.234" in nb, sv and da;
 * - a leading '-', '+' or '−' (U+2212, which nb and sv formatting writes), or Excel's
 *   parentheses "(1 234)", set the sign;
 * - one unit may stand before or after: '%' after, or a currency (kr, kr., NOK, SEK, DKK, EUR,
 *   USD, GBP, €, $, £) before or after; it is dropped, and so is a price's ",-" ("kr 100,-");
 * - "1.5e3" style exponents are read as written by programs.
 * Anything else is refused with a message that says why, never guessed.
 */

export type DecimalMark = '.' | ',';

export const DECIMAL_MARKS = ['.', ','] as const;

/** Why a text could not be read: the English words, and a code with its facts (shared/errors.ts). */
export interface Refusal {
  ok: false;
  error: string;
  code: FieldErrorCode;
  params?: ErrorParams;
}

/** A value read, or why not. */
export type ParseResult<T> = { ok: true; value: T } | Refusal;

export function refused(code: FieldErrorCode, error: string, params?: ErrorParams): Refusal {
  return params ? { ok: false, error, code, params } : { ok: false, error, code };
}

/**
 * A number's text read before its decimal mark is known: one value (and the decimal mark the
 * text shows, if it shows one), or two readings ("1.234": 1.234 with a decimal point, 1234 with
 * a decimal comma), or a refusal.
 */
export type NumberText = { ok: true; value: number; mark: DecimalMark | undefined } | { ok: 'two'; point: number; comma: number } | Refusal;

const CURRENCY = String.raw`kr\.?|nok|sek|dkk|eur|usd|gbp|€|\$|£`;
const PREFIX = new RegExp(`^(?:${CURRENCY})\\s*`, 'i');
const SUFFIX = new RegExp(`\\s*(?:${CURRENCY}|%)$`, 'i');
/** "100,-": Norwegian and Danish prices without øre. */
const NO_DECIMALS = /[,.]-$/;
const SIGN = /^[-+\u2212]\s*/;
const EXPONENT = /^\d+(?:\.\d+)?e[-+]?\d+$/i;
const BODY = /^[\d.,\s'\u2019]*\d[\d.,\s'\u2019]*$/;
/** Marks that only ever group: spaces (also no-break and thin ones) and apostrophes. */
const GROUPING = /[\s'\u2019]/;
const GROUPINGS = /[\s'\u2019]+/;
const DIGITS = /^\d+$/;

/**
 * Reads a number's text without knowing its decimal mark. The plain forms a file has a million
 * of ("1234", "-12.5", "1234,56") are read char by char first, without a pattern or a copy.
 */
export function readNumberText(text: string): NumberText {
  const trimmed = text.trim();
  const plain = plainNumber(trimmed);
  if (plain !== null) return plain;
  if (trimmed === '') return refused('required', 'the number is empty');
  return readWritten(trimmed);
}

/** The most digits added up exactly in a double (2^53 has 16). */
const EXACT_DIGITS = 15;
const POWERS = Array.from({ length: EXACT_DIGITS + 1 }, (_, i) => 10 ** i);

/**
 * "-?digits" or "-?digits[.,]digits" read, or null for any other text. Up to 15 digits the value
 * is the digits as an integer divided by a power of ten: both exact, so the quotient is the
 * double nearest the decimal, as Number() gives.
 */
function plainNumber(text: string): NumberText | null {
  const length = text.length;
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  let mark = -1;
  let digits = 0;
  let whole = 0;
  for (let i = start; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      whole = whole * 10 + (c - 48);
    } else if ((c === 46 || c === 44) && mark === -1 && i > start && i < length - 1) mark = i;
    else return null;
  }
  if (digits === 0) return null;
  const decimal: DecimalMark | undefined = mark === -1 ? undefined : text.charCodeAt(mark) === 46 ? '.' : ',';
  if (decimal !== undefined && twoWaysAt(text, mark, start)) return twoWays(text, decimal, start === 1);
  if (digits > EXACT_DIGITS) return finite(Number(decimal === ',' ? text.replace(',', '.') : text), decimal);
  const value = mark === -1 ? whole : whole / (POWERS[length - mark - 1] as number);
  return { ok: true, value: start === 1 ? -value : value, mark: decimal };
}

/** The number a text stands for when its decimal mark is `mark`, or why not. */
export function numberWithMark(text: NumberText, mark: DecimalMark): NumberText {
  if (text.ok === 'two') return { ok: true, value: mark === '.' ? text.point : text.comma, mark: undefined };
  return text;
}

/**
 * Reads one number alone, as written in the given locale: a lone mark before three digits
 * groups thousands in en ("1,234" is 1234, "1.234" is 1.234) and is the decimal comma in nb,
 * sv and da ("1,234" is 1.234), where "1.234" is refused as ambiguous (Danish and Norwegian
 * spreadsheets group with '.', machine exports write a decimal point). With `decimalMark`, a
 * number that shows the other decimal mark is refused.
 */
export function parseLocaleNumber(text: string, locale: Locale = 'en', decimalMark?: DecimalMark): ParseResult<number> {
  const read = readNumberText(text);
  if (read.ok === 'two') {
    // nb, sv and da write a decimal comma; their lone point may be a thousands point or a machine's decimal.
    const mark = decimalMark ?? (locale === 'en' ? '.' : text.includes(',') ? ',' : undefined);
    if (mark === undefined) return ambiguous(text.trim());
    return { ok: true, value: mark === '.' ? read.point : read.comma };
  }
  if (!read.ok) return read;
  if (decimalMark !== undefined && read.mark !== undefined && read.mark !== decimalMark) return otherMark(text.trim(), decimalMark);
  return { ok: true, value: read.value };
}

/** The refusal of a number that shows the decimal mark other than `mark`; `params` say what decided the mark. */
export function otherMark(text: string, mark: DecimalMark, params: ErrorParams = { by: 'mapping' }): Refusal {
  const [has, expected] = mark === ',' ? ['a decimal point', 'a decimal comma'] : ['a decimal comma', 'a decimal point'];
  const from =
    params.first_line !== undefined
      ? ` (line ${params.first_line}: "${params.first}")`
      : params.by === 'mapping'
        ? " (the mapping's decimal mark)"
        : params.by === 'other_columns'
          ? " (as the file's other columns)"
          : " (as the file's delimiter says)";
  return refused('decimal_mark_conflict', `"${text}" is written with ${has}, but the column's numbers have ${expected}${from}`, {
    value: text,
    mark: markName(mark),
    ...params,
  });
}

export function markName(mark: DecimalMark): 'point' | 'comma' {
  return mark === '.' ? 'point' : 'comma';
}

/** A value of 310 digits or 1e999 reads as Infinity, which no database or JSON can hold. */
function finite(value: number, mark: DecimalMark | undefined): NumberText {
  return Number.isFinite(value) ? { ok: true, value, mark } : refused('number_too_large', 'the number is too large to be stored');
}

function ambiguous(text: string): Refusal {
  const digits = text.replace(/[^\d.]/g, '');
  const [whole, decimal] = [digits.replace('.', ''), digits.replace('.', ',')];
  return refused('ambiguous_number', `"${text}" is ambiguous: write ${whole} for a whole number, or ${decimal} with a decimal comma`, { value: text, whole, decimal });
}

function notANumber(text: string): Refusal {
  return refused('not_a_number', `"${text}" is not a number`, { value: text });
}

/**
 * Whether the one mark (at `at`) of a plain decimal ("-12.345", its digits from `start`) may
 * group as well: 1–3 digits before it, not starting with 0, and exactly three after.
 */
function twoWaysAt(text: string, at: number, start: number): boolean {
  return text.length - at === 4 && at - start <= 3 && text.charCodeAt(start) !== 48;
}

/** "1.234" read both ways: the mark as the decimal point or comma, or as the thousands' group. */
function twoWays(body: string, mark: DecimalMark, negative: boolean): NumberText {
  const digits = body.replace(/^-/, '');
  const grouped = Number(digits.replace(mark, ''));
  const decimal = grouped / 1000;
  const sign = negative ? -1 : 1;
  const [asDecimal, asGroup] = [sign * decimal, sign * grouped];
  return mark === '.' ? { ok: 'two', point: asDecimal, comma: asGroup } : { ok: 'two', point: asGroup, comma: asDecimal };
}

/** A number with signs, units, parentheses or grouping, read without its column's decimal mark. */
function readWritten(text: string): NumberText {
  let rest = text.replace(NO_DECIMALS, '');
  let sign: string | undefined;
  let parenthesised = false;
  // The sign may stand before or after a currency: "-kr 50", "kr -50", "(kr 1 234)", "kr (1 234)".
  const takeSign = (): void => {
    if (sign !== undefined || parenthesised) return;
    const m = SIGN.exec(rest);
    if (m) {
      sign = m[0][0];
      rest = rest.slice(m[0].length);
    } else if (rest.startsWith('(') && rest.endsWith(')')) {
      parenthesised = true;
      rest = rest.slice(1, -1).trim();
    }
  };
  takeSign();
  let unit = PREFIX.exec(rest);
  if (unit) rest = rest.slice(unit[0].length);
  else if ((unit = SUFFIX.exec(rest))) rest = rest.slice(0, rest.length - unit[0].length);
  takeSign();
  const negative = parenthesised || (sign !== undefined && sign !== '+');
  const signed = (value: number): number => (negative ? -value : value);
  if (EXPONENT.test(rest)) return finite(signed(Number(rest)), rest.includes('.') ? '.' : undefined);
  if (!BODY.test(rest)) return notANumber(text);

  const dots = count(rest, '.');
  const commas = count(rest, ',');
  const spaced = GROUPING.test(rest);
  let decimal: DecimalMark | null = null;
  let group: DecimalMark | ' ' | null = spaced ? ' ' : null;
  if (dots > 0 && commas > 0) {
    if (spaced) return notANumber(text);
    decimal = rest.lastIndexOf('.') > rest.lastIndexOf(',') ? '.' : ',';
    group = decimal === '.' ? ',' : '.';
  } else if (dots + commas > 1) {
    if (spaced) return notANumber(text);
    group = dots > 0 ? '.' : ',';
  } else if (dots + commas === 1) {
    const mark = dots > 0 ? '.' : ',';
    const [whole = '', fraction = ''] = rest.split(mark);
    if (!spaced && /^[1-9]\d{0,2}$/.test(whole) && /^\d{3}$/.test(fraction)) return twoWays(rest, mark, negative);
    decimal = mark;
  }

  const [whole = '', fraction, extra] = decimal ? rest.split(decimal) : [rest];
  if (extra !== undefined) return notANumber(text);
  if (fraction !== undefined && !DIGITS.test(fraction)) return notANumber(text);
  const digits = group ? grouped(whole, group) : whole;
  if (digits === null || !(DIGITS.test(digits) || (digits === '' && fraction !== undefined))) return notANumber(text);
  const value = Number(`${digits || '0'}${fraction === undefined ? '' : `.${fraction}`}`);
  // The decimal mark this text shows: the one it has, or the one its grouping mark is not.
  const shows = decimal ?? (group === '.' ? ',' : group === ',' ? '.' : undefined);
  return finite(signed(value), shows);
}

/** The digits of "1 234 567", "1'234'567" or "1.234.567", or null when the groups are not 1–3 digits then threes. */
function grouped(whole: string, group: DecimalMark | ' '): string | null {
  const groups = group === ' ' ? whole.split(GROUPINGS) : whole.split(group);
  if (!/^\d{1,3}$/.test(groups[0] ?? '')) return null;
  for (let i = 1; i < groups.length; i++) if (!/^\d{3}$/.test(groups[i] ?? '')) return null;
  return groups.join('');
}

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
