import { addDays, type IsoDate } from '../shared/dates.js';
import {
  isoWeekEnd,
  monthEnd,
  monthEndAfter,
  parseLocaleDate,
  sundayWeekEnd,
  calendarDay,
  yearEnd,
} from './measurements.dates.js';
import { refused, type ParseResult } from './measurements.numbers.js';
import { isTotalsLabel } from './measurements.totals.js';

/*
 * What Google Analytics 4 writes with "Download file → Download CSV" (reports and
 * explorations): '#' comment lines naming the report and its range ("# Start date: 20270101",
 * "# End date: 20270131"), then one or more tables, each a header of a time dimension and
 * metrics ("Date,Sessions,Key events,Total revenue") and its rows, separated by blank or
 * comment lines. Numbers are plain ("1234.5"), dates "YYYYMMDD". Some tables carry a totals
 * row ("Grand total", or an empty dimension); tables without a time dimension ("Session
 * primary channel group,Sessions") are not measurements and are passed over.
 */

/** The date range a report's comment lines give. */
export interface Ga4Range {
  start?: IsoDate;
  end?: IsoDate;
}

const RANGE_COMMENT = /^#\s*(start|end|slutt?)\s*(?:date|dato|datum)\s*:\s*(\d{8})\s*$/i;

/** Reads "# Start date: 20270101" (also Startdato/Startdatum, Sluttdato/Slutdatum/Slutdato) into the range. */
export function readGa4RangeComment(comment: string, range: Ga4Range): void {
  const m = RANGE_COMMENT.exec(comment.trim());
  if (!m) return;
  const parsed = parseLocaleDate(m[2] as string);
  if (!parsed.ok) return;
  if (m[1]?.toLowerCase() === 'start') range.start = parsed.value;
  else range.end = parsed.value;
}

/** Lower case letters and digits only: "Year month", "yearMonth" and "year_month" are one name. */
export function compactName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

type TimeKind =
  | 'date'
  | 'yearmonth'
  | 'yearweek'
  | 'isoyearisoweek'
  | 'nthday'
  | 'nthweek'
  | 'nthmonth'
  | 'year'
  | 'month'
  | 'week'
  | 'isoyear'
  | 'isoweek'
  | 'day';

/** GA4's time dimensions (display and API names), in the order one is chosen when a table has several. */
const TIME_KINDS: readonly TimeKind[] = [
  'date',
  'yearmonth',
  'yearweek',
  'isoyearisoweek',
  'nthday',
  'nthweek',
  'nthmonth',
  'year',
  'isoyear',
  'month',
  'week',
  'isoweek',
  'day',
];

/** True for a header cell that names a GA4 time dimension. */
export function isGa4TimeDimension(name: string): boolean {
  return (TIME_KINDS as readonly string[]).includes(compactName(name));
}

/** A table with a time column that cannot give dates (hourly data): that column's name, and why. */
export interface Ga4UndatableTable {
  name: string;
  why: ReturnType<typeof refused>;
}

export interface Ga4DateColumn {
  /** Where the table's dates come from, for errors: the first column read. */
  column: number;
  date(cells: readonly string[]): ParseResult<IsoDate>;
}

/**
 * How to date a row of the table with this header: from the best time dimension, or a pair
 * (Year and Month, Year and Week, ISO year and ISO week), or a bare Month, Week or Day whose
 * year (and month) the report's range gives. `named` is a column the mapping names, read as
 * GA4 names it or, if not a GA4 name, as a date. Null when the table has no time column.
 */
export function ga4DateColumn(header: readonly string[], range: Ga4Range, named?: string): Ga4DateColumn | Ga4UndatableTable | null {
  const names = header.map(compactName);
  if (named !== undefined) {
    const index = names.indexOf(compactName(named));
    if (index === -1) return null;
    const kind = TIME_KINDS.find((k) => k === names[index]);
    return kind ? single(kind, index, range, names) : { column: index, date: (cells) => parseLocaleDate(cells[index] ?? '') };
  }
  for (const kind of TIME_KINDS) {
    const index = names.indexOf(kind);
    if (index !== -1) return single(kind, index, range, names);
  }
  const hourly = header[names.findIndex((n) => n.startsWith('datehour'))];
  if (hourly !== undefined) {
    return { name: hourly, why: refused('hourly_rows', `"${hourly}" has one row per hour: download the report by Date instead`, { column: hourly }) };
  }
  return null;
}

function single(kind: TimeKind, index: number, range: Ga4Range, names: readonly string[]): Ga4DateColumn {
  const cell = (cells: readonly string[]): string => (cells[index] ?? '').trim();
  const pair = (partner: TimeKind, end: (year: number, part: number) => IsoDate | null): Ga4DateColumn | null => {
    const other = names.indexOf(partner);
    if (other === -1) return null;
    return {
      column: index,
      date: (cells) => {
        const year = whole(cell(cells));
        const part = whole((cells[other] ?? '').trim());
        const date = year === null || part === null ? null : end(year, part);
        return date ? { ok: true, value: date } : notADate(`${cell(cells)} ${(cells[other] ?? '').trim()}`);
      },
    };
  };
  const read = (parse: (value: string) => IsoDate | null): Ga4DateColumn => ({
    column: index,
    date: (cells) => {
      const value = cell(cells);
      const date = parse(value);
      return date ? { ok: true, value: date } : notADate(value);
    },
  });
  switch (kind) {
    case 'date':
      return { column: index, date: (cells) => parseLocaleDate(cell(cells)) };
    case 'yearmonth':
      return read((v) => digits(v, 6, (n) => monthEnd(Math.floor(n / 100), n % 100)));
    case 'yearweek':
      return read((v) => digits(v, 6, (n) => sundayWeekEnd(Math.floor(n / 100), n % 100)));
    case 'isoyearisoweek':
      return read((v) => digits(v, 6, (n) => isoWeekEnd(Math.floor(n / 100), n % 100)));
    case 'nthday':
      return fromStart(index, range, (start, n) => addDays(start, n));
    case 'nthweek':
      return fromStart(index, range, (start, n) => addDays(start, n * 7 + 6));
    case 'nthmonth':
      return fromStart(index, range, (start, n) => monthEndAfter(start, n));
    case 'year':
      return pair('month', monthEnd) ?? pair('week', sundayWeekEnd) ?? read((v) => digits(v, 4, yearEnd));
    case 'isoyear':
      return pair('isoweek', isoWeekEnd) ?? read((v) => digits(v, 4, yearEnd));
    case 'month':
      return withinRange(index, range, 'year', (v) =>
        v.length === 6 ? digits(v, 6, (n) => monthEnd(Math.floor(n / 100), n % 100)) : yearOf(range, (y) => digits(v, 2, (m) => monthEnd(y, m))),
      );
    case 'week':
      return withinRange(index, range, 'year', (v) => yearOf(range, (y) => digits(v, 2, (w) => sundayWeekEnd(y, w))));
    case 'isoweek':
      return withinRange(index, range, 'year', (v) => yearOf(range, (y) => digits(v, 2, (w) => isoWeekEnd(y, w))));
    case 'day':
      return withinRange(index, range, 'month', (v) =>
        range.start ? digits(v, 2, (d) => calendarDay(Number(range.start?.slice(0, 4)), Number(range.start?.slice(5, 7)), d)) : null,
      );
  }
}

/** "Nth day" and friends count from the range's start: 0000 is the first day, week or month. */
function fromStart(index: number, range: Ga4Range, end: (start: IsoDate, n: number) => IsoDate): Ga4DateColumn {
  return {
    column: index,
    date: (cells) => {
      const value = (cells[index] ?? '').trim();
      if (!range.start) return refused('no_start_date', `"${value}" counts from the start of the report, but the file has no "# Start date" line`, { value });
      const n = whole(value);
      return n === null ? notADate(value) : { ok: true, value: end(range.start, n) };
    },
  };
}

/** A Month, Week or Day without the larger unit: only a range within one year (or month) says which. */
function withinRange(index: number, range: Ga4Range, unit: 'year' | 'month', parse: (value: string) => IsoDate | null): Ga4DateColumn {
  const length = unit === 'year' ? 4 : 7;
  const known = range.start !== undefined && range.end !== undefined && range.start.slice(0, length) === range.end.slice(0, length);
  return {
    column: index,
    date: (cells) => {
      const value = (cells[index] ?? '').trim();
      if (!known && value.length < 6) {
        return refused('incomplete_date', `"${value}" has no ${unit} and the report's range spans more than one: download it by Date or Year month instead`, {
          value,
          unit,
        });
      }
      const date = parse(value);
      return date ? { ok: true, value: date } : notADate(value);
    },
  };
}

function yearOf(range: Ga4Range, parse: (year: number) => IsoDate | null): IsoDate | null {
  return range.start ? parse(Number(range.start.slice(0, 4))) : null;
}

function digits(value: string, length: number, parse: (n: number) => IsoDate | null): IsoDate | null {
  return value.length === length && /^\d+$/.test(value) ? parse(Number(value)) : null;
}

function whole(value: string): number | null {
  return /^\d{1,6}$/.test(value) ? Number(value) : null;
}

function notADate(value: string): ParseResult<IsoDate> {
  return refused('invalid_date', `"${value}" is not a date`, { value });
}

/** A totals row of a GA4 table: its dimension cell is empty (the grand total under the header) or says "Grand total", "Total"… */
export function isTotalsCell(cell: string): boolean {
  return cell.trim() === '' || isTotalsLabel(cell);
}

/** GA4 metric display names and the words a KPI measuring the same thing is likely called, in en, nb, sv and da. */
export const GA4_METRIC_WORDS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
  sessions: ['sessions', 'session', 'visits', 'visit', 'besøk', 'besök', 'besøg', 'økter', 'sessioner'],
  engagedsessions: ['engaged sessions', 'engasjerte økter', 'engagerade sessioner', 'engagerede sessioner'],
  activeusers: ['active users', 'users', 'visitors', 'aktive brukere', 'brukere', 'besøkende', 'aktiva användare', 'användare', 'besökare', 'aktive brugere', 'brugere', 'besøgende'],
  totalusers: ['total users', 'users', 'visitors', 'brukere', 'besøkende', 'användare', 'besökare', 'brugere', 'besøgende'],
  newusers: ['new users', 'new visitors', 'nye brukere', 'nya användare', 'nye brugere'],
  keyevents: ['key events', 'conversions', 'konverteringer', 'konverteringar', 'leads', 'henvendelser', 'förfrågningar', 'henvendelser'],
  conversions: ['conversions', 'key events', 'konverteringer', 'konverteringar'],
  totalrevenue: ['revenue', 'sales', 'turnover', 'omsetning', 'inntekter', 'salg', 'intäkter', 'omsättning', 'försäljning', 'omsætning'],
  purchaserevenue: ['purchase revenue', 'revenue', 'sales', 'omsetning', 'salg', 'intäkter', 'omsättning', 'omsætning'],
  transactions: ['transactions', 'orders', 'purchases', 'ordrer', 'bestillinger', 'ordrar', 'köp', 'køb'],
  ecommercepurchases: ['purchases', 'orders', 'ordrer', 'bestillinger', 'ordrar', 'köp', 'køb'],
  views: ['page views', 'pageviews', 'views', 'sidevisninger', 'sidvisningar'],
  screenpageviews: ['page views', 'pageviews', 'views', 'sidevisninger', 'sidvisningar'],
  engagementrate: ['engagement rate', 'engasjementsrate', 'engagemangsgrad', 'engagementsrate'],
  bouncerate: ['bounce rate', 'bounce', 'fluktfrekvens', 'avvisningsfrekvens', 'afvisningsprocent'],
  eventcount: ['event count', 'events', 'hendelser', 'händelser', 'hændelser'],
  averageengagementtime: ['engagement time', 'time on site', 'engasjementstid', 'engagemangstid'],
  averagesessionduration: ['session duration', 'time on site', 'øktvarighet', 'sessionslängd'],
  }),
);
