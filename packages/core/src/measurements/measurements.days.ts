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
 * What adding a row to its day did: stored (the day's value so far is the KpiDays' `value`),
 * the same value again (GA4: nothing to store), the record repeats an earlier one in all but its
 * values (`repeats`: its line), or refused (`refusal()`). A number, not an object: a file has
 * twenty million values.
 */
export const STORED = 0;
export const SAME = 1;
export const REPEATS = 2;
export const REFUSED = 3;
export type DayAdd = typeof STORED | typeof SAME | typeof REPEATS | typeof REFUSED;

/** A second row for a day that does not take one: the day's first line and value, and why (none: the values differ where they must agree). */
export interface DayRefusal {
  firstLine: number;
  first: number;
  why?: string;
  because?: NotSummed;
}

/**
 * The record a row comes from, for finding two rows of a day that nothing but their values tells
 * apart: its hash (recordKey, 0: not checked), its line, and what the check found once made
 * (`repeats`: -1 not made yet, 0 no repeat, else the line it repeats; `said` once refused). Made
 * only when one of the record's days has a row already.
 */
export interface RecordState {
  key: number;
  line: number;
  repeats: number;
  said: boolean;
}

/**
 * Where a record is checked: the line of an earlier record with its cells (but values), else 0.
 * `firstKey` and `firstLine` are the day's first record, remembered only now that its day has a
 * second.
 */
export interface RecordCheck {
  repeatOf(record: RecordState, firstKey: number, firstLine: number): number;
}

const FIRST_YEAR = 1900;
const YEARS = 300;
const YEAR_DAYS = 372;

/** A date's place in the pages of KpiDays: its year's page times YEAR_DAYS plus its slot; -1 outside 1900–2199. Computed once per date for all a row's KPIs. */
export function dayIndex(date: IsoDate): number {
  const year = digits(date, 0, 4) - FIRST_YEAR;
  return year >= 0 && year < YEARS ? year * YEAR_DAYS + slotOfDay(date) : -1;
}

/**
 * One year of days (12 × 31 slots), three numbers a day side by side (one cache line a row):
 * the day's value so far (at 3 × slot), the line of its first row (+ 1; 0: no row yet) and that
 * row's hash (+ 2).
 */
type YearPage = Float64Array;

const page = (days: number): YearPage => new Float64Array(3 * days);

/**
 * The days of one KPI in a file: counts, range and each day's value so far. 9 kB per year that
 * has a row; a map holds any date outside 1900–2199.
 */
export class KpiDays {
  rows = 0;
  days = 0;
  from: IsoDate = '';
  to: IsoDate = '';
  /** What the last add() found: the day's value so far (STORED), the line repeated (REPEATS), the day's first line and value (REFUSED). */
  value = 0;
  repeats = 0;
  private firstLine = 0;
  private first = 0;
  private disagree = false;
  private readonly pages: (YearPage | undefined)[] = [];
  private readonly others = new Map<IsoDate, YearPage>();

  constructor(
    readonly kpi: string,
    readonly rule: DayRule,
  ) {}

  /**
   * Adds a row of `date` (at `index`, from dayIndex). `same` (GA4's tables, which each hold the
   * whole report) takes a second row of a day only with the same value; otherwise a record that
   * repeats an earlier one in all but its values is refused (when `record` has a key), and the
   * rule sums the row or refuses it.
   */
  add(date: IsoDate, index: number, value: number, same: boolean, record: RecordState, check: RecordCheck): DayAdd {
    if (index !== -1) {
      const year = (index / YEAR_DAYS) | 0;
      return this.put(date, value, same, record, check, (this.pages[year] ??= page(YEAR_DAYS)), index - year * YEAR_DAYS);
    }
    let other = this.others.get(date);
    if (!other) this.others.set(date, (other = page(1)));
    return this.put(date, value, same, record, check, other, 0);
  }

  /**
   * What is stored, for the preview: the sum of the days' values (a person adding up the file's
   * numbers gets the same) and the value of the last day. Added up here, once per day, rather
   * than per row as the file streams: compensated, and rounded once to the most decimals a value
   * has, which is the exact sum of the decimals written.
   */
  totals(): { sum: number; last: number } {
    const sum = new ExactSum();
    const add = (days: YearPage) => {
      for (let at = 0; at < days.length; at += 3) if (days[at + 1] !== 0) sum.add(days[at] as number);
    };
    for (const year of this.pages) if (year) add(year);
    for (const other of this.others.values()) add(other);
    return { sum: sum.value(), last: this.days === 0 ? 0 : this.valueOn(this.to) };
  }

  /** Why the last add() was REFUSED. */
  refusal(): DayRefusal {
    const { firstLine, first, rule } = this;
    return this.disagree || rule.sums ? { firstLine, first } : { firstLine, first, why: rule.why, because: rule.because };
  }

  private valueOn(date: IsoDate): number {
    const index = dayIndex(date);
    if (index !== -1) return (this.pages[(index / YEAR_DAYS) | 0] as YearPage)[3 * (index % YEAR_DAYS)] as number;
    return (this.others.get(date) as YearPage)[0] as number;
  }

  private put(date: IsoDate, value: number, same: boolean, record: RecordState, check: RecordCheck, days: YearPage, slot: number): DayAdd {
    const at = 3 * slot;
    const firstLine = days[at + 1] as number;
    if (firstLine === 0) {
      this.rows++;
      this.days++;
      if (this.from === '' || date < this.from) this.from = date;
      if (date > this.to) this.to = date;
      days[at] = value;
      days[at + 1] = record.line;
      days[at + 2] = record.key;
      this.value = value;
      return STORED;
    }
    const first = days[at] as number;
    if (same) return first === value ? SAME : this.refuse(firstLine, first, true);
    if (record.key !== 0) {
      // The day's first record joins the records checked only now that its day has a second.
      const repeats = check.repeatOf(record, days[at + 2] as number, firstLine);
      days[at + 2] = 0;
      if (repeats !== 0) {
        this.repeats = repeats;
        return REPEATS;
      }
    }
    if (!this.rule.sums) return this.refuse(firstLine, first, false);
    this.rows++;
    const sum = addExactly(first, value);
    days[at] = sum;
    this.value = sum;
    return STORED;
  }

  private refuse(firstLine: number, first: number, disagree: boolean): DayAdd {
    this.firstLine = firstLine;
    this.first = first;
    this.disagree = disagree;
    return REFUSED;
  }
}

/** a + b without binary noise: 0.1 + 0.2 is 0.3, as a person adding the file's numbers gets. */
function addExactly(a: number, b: number): number {
  const sum = a + b;
  const places = Math.max(decimals(a), decimals(b));
  return places > 0 && places <= MAX_PLACES ? Number(sum.toFixed(places)) : sum;
}

/** Decimals beyond these are no amounts anyone writes: a sum of such numbers is not rounded. */
const MAX_PLACES = 12;

/**
 * The decimals a number is written with (1234.56: 2), MAX_PLACES + 1 for more: the fewest
 * places that give it back. Arithmetic, not String(n): a file has a million values.
 */
function decimals(n: number): number {
  if (Number.isInteger(n)) return 0;
  let scale = 10;
  for (let places = 1; places <= MAX_PLACES; places++, scale *= 10) if (Math.round(n * scale) / scale === n) return places;
  return MAX_PLACES + 1;
}

/**
 * A sum of many values without the drift of adding them one by one in binary: Neumaier's
 * compensated sum, rounded at the end to the most decimals a value had.
 */
class ExactSum {
  private sum = 0;
  private compensation = 0;
  private places = 0;

  add(value: number): void {
    const sum = this.sum + value;
    this.compensation += Math.abs(this.sum) >= Math.abs(value) ? this.sum - sum + value : value - sum + this.sum;
    this.sum = sum;
    const places = decimals(value);
    if (places > this.places) this.places = places;
  }

  value(): number {
    const sum = this.sum + this.compensation;
    return this.places > 0 && this.places <= MAX_PLACES ? Number(sum.toFixed(this.places)) : sum;
  }
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
 * adds none): a hash and its line side by side (one cache line a look-up: the table outgrows
 * the caches), 16 bytes a slot, at most half full, so under 32 bytes per such record.
 */
export class RecordFingerprints {
  /** Slot i: the hash at 2i (0: empty), its line at 2i + 1. */
  private slots = new Float64Array(2048);
  private size = 0;

  /** The line of an earlier record with this hash; else 0, and the record is added with its line. */
  lineOrAdd(key: number, line: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let i = slotOf(key, mask);
    for (; ; i = (i + 1) & mask) {
      const k = slots[2 * i] as number;
      if (k === key) return slots[2 * i + 1] as number;
      if (k === 0) break;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = line;
    if (++this.size * 2 > mask + 1) this.grow();
    return 0;
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Float64Array(old.length * 2));
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      const key = old[at] as number;
      if (key === 0) continue;
      let i = slotOf(key, mask);
      while (slots[2 * i] !== 0) i = (i + 1) & mask;
      slots[2 * i] = key;
      slots[2 * i + 1] = old[at + 1] as number;
    }
  }
}

/** A slot from both halves of the hash, mixed: the high half alone has 21 bits, too few for a table of millions. */
function slotOf(key: number, mask: number): number {
  const mixed = Math.imul(((key / 4294967296) | 0) ^ (key >>> 0), 0x5bd1e995);
  return (mixed ^ (mixed >>> 15)) & mask;
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
