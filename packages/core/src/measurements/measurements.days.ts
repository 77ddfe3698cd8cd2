import type { Kpi } from '../plan/plan.schema.js';
import type { IsoDate } from '../shared/dates.js';
import { isRatioColumn } from './measurements.presets.js';

/*
 * Several rows of one KPI for one date (a row per campaign, source, country or query) make one
 * value per day. A KPI whose values add up (counts, money, hours) stores the day's sum; a rate,
 * an average or a level is not added up: a second row for its day is refused, since any
 * aggregate Kurs made of it would be invented. The sum is kept as it grows, per KPI in a
 * compact array by day (no row is held), and every row of a day returns the day's sum so far:
 * the caller stores it again and the last one stored is the day's whole sum, so a file of a
 * million rows streams, and importing it twice replaces instead of doubling.
 */

/** What the importer needs of a KPI to know whether its rows of one day add up. */
export type ImportKpi = Pick<Kpi, 'id'> & Partial<Pick<Kpi, 'unit' | 'aggregation'>>;

/** Whether a KPI's rows of one day are summed; if not, why (for the refusal): in words, and as the refusal's params. */
export type DayRule = { sums: true } | { sums: false; why: string; because: NotSummed };

/** Why a KPI's rows of one day are not added up, as the params of the refusal (rows_not_summed). */
export type NotSummed =
  | { reason: 'unit'; unit: string }
  | { reason: 'aggregation'; aggregation: string }
  | { reason: 'column'; column: string }
  | { reason: 'undeclared' };

/** Words in a column's name that say its values are rates, averages, positions or distinct counts. */
const NOT_ADDITIVE_WORDS =
  /(^|[^\p{L}])(ctr|cpc|cpm|cpa|roas|rate|ratio|avg|average|mean|median|position|frequency|share|per|unique|users|reach|snitt|gjennomsnitt|genomsnitt|gennemsnit|andel|frekvens|rekkevidde|räckvidd|rækkevidde|brukere|användare|brugere)([^\p{L}]|$)|%/iu;

/**
 * How a KPI's rows of one day combine. The KPI decides first, then the column: a percent or
 * ratio unit, or an average or last aggregation, is never added up; a sum aggregation, or (when
 * the aggregation is not set) a count, currency or duration unit, is, unless a column it is read
 * from is named like a rate or an average ("CTR", "Avg. CPC", "Open rate", "Reach"). A KPI that
 * says neither is not added up: Kurs does not guess that its values are parts of a whole.
 */
export function dayRule(kpi: ImportKpi, columns: readonly string[]): DayRule {
  if (kpi.unit === 'percent' || kpi.unit === 'ratio') return { sums: false, why: `its unit is ${kpi.unit}`, because: { reason: 'unit', unit: kpi.unit } };
  if (kpi.aggregation === 'average') return { sums: false, why: 'its aggregation is average', because: { reason: 'aggregation', aggregation: 'average' } };
  if (kpi.aggregation === 'last') return { sums: false, why: 'its aggregation is last (each value is a level, not a part of the day)', because: { reason: 'aggregation', aggregation: 'last' } };
  // The tools' own names of rates and averages ("Cost / conv.", "Fluktfrekvens") that the words miss.
  const column = columns.find((c) => NOT_ADDITIVE_WORDS.test(c) || isRatioColumn(c));
  if (column !== undefined) return { sums: false, why: `its column "${column}" holds a rate, an average or a count of distinct people`, because: { reason: 'column', column } };
  if (kpi.aggregation === 'sum') return { sums: true };
  if (kpi.unit === 'count' || kpi.unit === 'currency' || kpi.unit === 'duration_s') return { sums: true };
  return { sums: false, why: 'it has neither an aggregation nor a unit that says its values add up (set its aggregation to sum, or its unit to count or currency)', because: { reason: 'undeclared' } };
}

/**
 * What adding a row to its day gave: the day's value to store, the same value again (nothing to
 * store), the line of an earlier record this one repeats in all but its values, or a refusal.
 */
export type DayAdd = number | { same: true } | { repeats: number } | DayRefusal;

/** A second row for a day that does not take one: the day's first line and value, and why (none: the values differ where they must agree). */
export interface DayRefusal {
  refused: true;
  firstLine: number;
  first: number;
  why?: string;
  because?: NotSummed;
}

/**
 * The record a row comes from, for finding two rows of a day that nothing but their values tells
 * apart: its hash (recordKey), and the check made once per record, only when one of its days has
 * a row already.
 */
export interface RecordCheck {
  key: number;
  /** The line of an earlier record with this one's cells (but values), else 0. `first` is the first record of the day, to be remembered now. */
  repeatOf(first: { key: number; line: number }): number;
}

const FIRST_YEAR = 1900;
const YEARS = 300;
const YEAR_DAYS = 372;

/** One year of days (12 × 31 slots): the day's value so far, the line and hash of its first row (line 0: no row yet). */
interface YearPage {
  values: Float64Array;
  lines: Int32Array;
  keys: Float64Array;
}

const page = (days: number): YearPage => ({ values: new Float64Array(days), lines: new Int32Array(days), keys: new Float64Array(days) });

/**
 * The days of one KPI in a file: counts, range and each day's value so far. 7 kB per year that
 * has a row; a map holds any date outside 1900–2199.
 */
export class KpiDays {
  rows = 0;
  days = 0;
  from: IsoDate = '';
  to: IsoDate = '';
  private readonly pages: (YearPage | undefined)[] = [];
  private readonly others = new Map<IsoDate, YearPage>();

  constructor(readonly rule: DayRule) {}

  /**
   * Adds a row. `same` (GA4's tables, which each hold the whole report) takes a second row of a
   * day only with the same value; otherwise a record that repeats an earlier one in all but its
   * values is refused (when `record` is given), and the rule sums the row or refuses it.
   */
  add(date: IsoDate, value: number, line: number, same: boolean, record: RecordCheck | null): DayAdd {
    const year = digits(date, 0, 4) - FIRST_YEAR;
    if (year >= 0 && year < YEARS) {
      return this.put(date, value, line, same, record, (this.pages[year] ??= page(YEAR_DAYS)), slotOfDay(date));
    }
    let other = this.others.get(date);
    if (!other) this.others.set(date, (other = page(1)));
    return this.put(date, value, line, same, record, other, 0);
  }

  /**
   * What is stored, for the preview: the sum of the days' values (a person adding up the file's
   * numbers gets the same) and the value of the last day. Added up here, once per day, rather
   * than per row as the file streams.
   */
  totals(): { sum: number; last: number } {
    let sum = 0;
    const add = ({ values, lines }: YearPage) => {
      for (let at = 0; at < lines.length; at++) if (lines[at] !== 0) sum = addExactly(sum, values[at] as number);
    };
    for (const year of this.pages) if (year) add(year);
    for (const other of this.others.values()) add(other);
    return { sum, last: this.days === 0 ? 0 : this.valueOn(this.to) };
  }

  private valueOn(date: IsoDate): number {
    const year = digits(date, 0, 4) - FIRST_YEAR;
    if (year >= 0 && year < YEARS) return (this.pages[year] as YearPage).values[slotOfDay(date)] as number;
    return (this.others.get(date) as YearPage).values[0] as number;
  }

  private put(date: IsoDate, value: number, line: number, same: boolean, record: RecordCheck | null, { values, lines, keys }: YearPage, at: number): DayAdd {
    const firstLine = lines[at] as number;
    if (firstLine === 0) {
      this.rows++;
      this.days++;
      if (this.from === '' || date < this.from) this.from = date;
      if (date > this.to) this.to = date;
      values[at] = value;
      lines[at] = line;
      if (record) keys[at] = record.key;
      return value;
    }
    const first = values[at] as number;
    if (same) {
      if (first === value) return { same: true };
      return { refused: true, firstLine, first };
    }
    if (record) {
      // The day's first record joins the records checked only now that its day has a second.
      const repeats = record.repeatOf({ key: keys[at] as number, line: firstLine });
      keys[at] = 0;
      if (repeats !== 0) return { repeats };
    }
    if (!this.rule.sums) return { refused: true, firstLine, first, why: this.rule.why, because: this.rule.because };
    this.rows++;
    const sum = addExactly(first, value);
    values[at] = sum;
    return sum;
  }
}

/** a + b without binary noise: 0.1 + 0.2 is 0.3, as a person adding the file's numbers gets. */
function addExactly(a: number, b: number): number {
  const sum = a + b;
  const places = Math.max(decimals(a), decimals(b));
  return places > 0 && places <= 12 ? Number(sum.toFixed(places)) : sum;
}

function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  const text = String(n);
  return text.includes('e') ? 0 : text.length - text.indexOf('.') - 1;
}

/** A date's slot in its year's page: 31 for each month. */
function slotOfDay(date: IsoDate): number {
  return (digits(date, 5, 2) - 1) * 31 + digits(date, 8, 2) - 1;
}

/** The number written at `from` in `length` digits, without slicing. */
function digits(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * Records by a 53-bit hash of their cells but their values, with the line of each: two rows of a
 * day that nothing tells apart (a file exported twice into one) are found without keeping any
 * record. Only the records of days with more than one row come here (a file of one row per day
 * adds none): 12 bytes a slot, at most half full, so under 24 bytes per such record.
 */
export class RecordFingerprints {
  private keys = new Float64Array(1024);
  private lines = new Int32Array(1024);
  private size = 0;

  /** The line of an earlier record with this hash, else 0. */
  lineOf(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = slotOf(key, mask); ; i = (i + 1) & mask) {
      const k = this.keys[i] as number;
      if (k === 0) return 0;
      if (k === key) return this.lines[i] as number;
    }
  }

  /** Adds a hash not in the set yet. */
  add(key: number, line: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.insert(key, line);
    this.size++;
  }

  private insert(key: number, line: number): void {
    const mask = this.keys.length - 1;
    let i = slotOf(key, mask);
    while (this.keys[i] !== 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.lines[i] = line;
  }

  private grow(): void {
    const { keys, lines } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.lines = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.insert(keys[i] as number, lines[i] as number);
  }
}

/** A slot from the hash's high bits, mixed. */
function slotOf(key: number, mask: number): number {
  const high = (key / 4294967296) | 0;
  return Math.imul(high ^ (high >>> 13), 0x5bd1e995) & mask;
}

/** A 53-bit hash of a record's cells but those marked in `skip` (its values), never 0: two FNV-1a hashes with other multipliers. */
export function recordKey(cells: readonly string[], skip: Uint8Array): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let at = 0; at < cells.length; at++) {
    if (skip[at] === 1) continue;
    const cell = cells[at] as string;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    a = Math.imul(a ^ 0x1f, 0x01000193);
    b = Math.imul(b ^ 0x1f, 0x5bd1e995);
  }
  return (a >>> 11) * 4294967296 + (b >>> 0) + 1;
}

/** The names a mapping reads a KPI from, for dayRule's look at column names. */
export function columnNames(columns: Record<string, string> | undefined, kpi: string): string[] {
  return Object.entries(columns ?? {})
    .filter(([, id]) => id === kpi)
    .map(([name]) => name);
}
