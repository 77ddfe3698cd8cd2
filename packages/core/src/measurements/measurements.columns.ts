import type { Locale } from '../plan/plan.schema.js';
import type { ErrorParams } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import type { CsvDelimiter } from './measurements.csv.js';
import type { KpiDays, RecordState } from './measurements.days.js';
import { ambiguousDate, excelSerialDate, readDateText, type DateText } from './measurements.dates.js';
import { markName, otherMark, readNumberText, refused, type DecimalMark, type NumberText, type Refusal } from './measurements.numbers.js';
import type { ColumnReading, DateOrder } from './measurements.schema.js';
import type { SumReading } from './measurements.totals.js';

/*
 * How a column writes its numbers and dates is decided for the whole column, never value by
 * value: "1.234" is one thousand two hundred and thirty-four in a column that also has
 * "1.292,50", and 1.234 in one that has "0.5". The file streams, so a column decides from the
 * values seen so far:
 * - the mapping's decimal_mark or date_order decide from the start;
 * - else the first value that reads one way only decides ("1.292,50", "12,5", "1,234.5",
 *   "31/01/2027"); a later value that reads only the other way is an error at its line;
 * - a value that reads two ways ("1.234", "12,345", "03/04/2027") in a column not yet decided
 *   is held back, with its KPI and date, and let go as soon as its column decides;
 * - at the end (or when LIMIT values are held), a column still undecided takes the decimal mark
 *   of the file's other columns when they all show one; else the one the file's delimiter (';'
 *   is the list separator where ',' is the decimal mark, a ',' file has decimal points) and
 *   the locale (the mapping's or the plan's; GA4 writes decimal points) agree on; else it is
 *   refused, showing both readings of its first such value. A date column still undecided is
 *   day first in a ';' file in nb, sv or da, else refused.
 * So a number is stored only when its column reads one way, and the held values are only the
 * undecided ones.
 */

/** At most this many values wait for their column to decide; then what is known decides, or the column is refused. */
export const LIMIT = 100_000;

export interface ReadingOptions {
  /** The mapping's decimal mark: decides every number column. */
  decimalMark?: DecimalMark | undefined;
  /** The mapping's date order: decides every date column. */
  dateOrder?: DateOrder | undefined;
  /** How numbers are likely written: the mapping's locale, else the plan's; 'ga4' for GA4 exports (plain numbers). */
  locale?: Locale | 'ga4' | undefined;
  /** The file's delimiter, once known. */
  delimiter: () => CsvDelimiter | undefined;
}

/** Where rows and errors go (the importer's Sink). */
export interface ReadingSink {
  /** A row of the line being read; `column` (1-based) is its value's cell. */
  row(kpi: KpiDays, date: IsoDate, value: number, column: number): void;
  /** The record being read, kept with a row held back: it is checked for repeats when the row goes out. */
  held(): RecordState;
  /** A row of an earlier record, held back until its column decided. */
  rowOf(record: RecordState, kpi: KpiDays, date: IsoDate, value: number, column: number): void;
  error(path: string, line: number | undefined, column: number | undefined, message: string, code: Refusal['code'], params?: ErrorParams): void;
}

/** A date read, or its two readings; a number read, or its two readings. */
export type DateCell = { ok: true; value: IsoDate } | Extract<DateText, { ok: 'two' }>;
export type NumberCell = { ok: true; value: number } | Extract<NumberText, { ok: 'two' }>;

interface Held {
  kpi: KpiDays;
  record: RecordState;
  date: DateCell;
  dates: DateColumn | null;
  value: NumberCell;
  numbers: NumberColumn;
  column: number;
}

/** A value that decided a column, for the summary and for the error of a value that contradicts it. */
interface Decision {
  by: ColumnReading['by'];
  line?: number;
  value?: string;
}

/** The number and date columns of one import, their decisions and the values that wait for them. */
export class ColumnReadings {
  private readonly numberColumns = new Map<string, NumberColumn>();
  private readonly dateColumns = new Map<string, DateColumn>();
  private held: Held[] = [];
  private readonly decided: ColumnReading[] = [];
  /** The decimal mark the file's unmapped columns showed first, while a mapped column waited for one. */
  private unmappedMark: DecimalMark | undefined;
  /** Whether a number column decided by its own values, or an unmapped cell showed a mark: the file's mark is then known. */
  private markSeen = false;

  constructor(
    private readonly options: ReadingOptions,
    private readonly sink: ReadingSink,
  ) {}

  /** The number column of this header text (GA4 tables repeat a column: they share its decision). */
  numbers(name: string): NumberColumn {
    let column = this.numberColumns.get(name);
    if (!column) this.numberColumns.set(name, (column = new NumberColumn(name, this)));
    if (this.options.decimalMark !== undefined && column.mark === null) column.decide(this.options.decimalMark, { by: 'mapping' });
    return column;
  }

  /** The date column of this header text. */
  dates(name: string): DateColumn {
    let column = this.dateColumns.get(name);
    if (!column) this.dateColumns.set(name, (column = new DateColumn(name, this)));
    if (this.options.dateOrder !== undefined && column.order === null) column.decide(this.options.dateOrder, { by: 'mapping' });
    return column;
  }

  /** A row read, its value at the 1-based `column`: stored now when its date and number read one way, else held until their columns decide. */
  row(kpi: KpiDays, date: DateCell, dates: DateColumn | null, value: NumberCell, numbers: NumberColumn, column: number): void {
    if (date.ok === true && value.ok === true) return this.sink.row(kpi, date.value, value.value, column);
    this.held.push({ kpi, record: this.sink.held(), date, dates, value, numbers, column });
    if (this.held.length >= LIMIT) this.settle();
  }

  /** True while values wait and nothing in the file has shown a decimal mark yet: only then are unmapped cells looked at. */
  wantsFileMark(): boolean {
    return this.held.length > 0 && !this.markSeen;
  }

  /**
   * Looks at the cells of a row's unmapped columns (at `ats`) for a decimal mark ("1,341.62" under
   * an unmapped Cost): evidence for the file's mark, taken at the end by columns still undecided
   * when no mapped column decided by its own values (fileMark).
   */
  unmappedEvidence(cells: readonly string[], ats: readonly number[]): void {
    for (const at of ats) {
      const read = readNumberText(cells[at] ?? '');
      if (read.ok === true && read.mark !== undefined) {
        this.unmappedMark = read.mark;
        this.markSeen = true;
        return;
      }
    }
  }

  /** The file is over: every column decides now or is refused, and the held rows go out. */
  end(): void {
    this.settle();
  }

  /** How the columns that had to decide read their values. */
  readings(): ColumnReading[] {
    return [...this.decided];
  }

  /** @internal A column decided: its held values may go. */
  decidedColumn(reading: ColumnReading): void {
    if (reading.by !== 'mapping') this.decided.push(reading);
    if (reading.by === 'value' && (reading.reading === 'decimal_point' || reading.reading === 'decimal_comma')) this.markSeen = true;
    if (this.held.length > 0) this.release();
  }

  /** @internal */
  error(path: string, line: number, column: number, refusal: Refusal): void {
    this.sink.error(path, line, column, refusal.error, refusal.code, refusal.params);
  }

  private release(): void {
    const waiting: Held[] = [];
    for (const held of this.held) {
      const date = held.date.ok === true ? held.date.value : held.dates?.pick(held.date);
      const value = held.value.ok === true ? held.value.value : held.numbers.pick(held.value);
      if (date === null || value === null) continue;
      if (date === undefined || value === undefined) waiting.push(held);
      else this.sink.rowOf(held.record, held.kpi, date, value, held.column);
    }
    this.held = waiting;
  }

  /** Decides every column that waits, from what is known, or refuses it; then lets its values go. */
  private settle(): void {
    const fileMark = this.fileMark();
    for (const column of this.numberColumns.values()) if (column.waiting) column.settle(fileMark ?? this.hint());
    const dayFirst = this.dayFirst();
    for (const column of this.dateColumns.values()) {
      if (!column.waiting) continue;
      if (dayFirst) column.decide('dmy', { by: 'delimiter' });
      else column.refuse();
    }
    this.release();
  }

  /**
   * Whether the file is day first by its delimiter and locale: a ';' file comes from a
   * spreadsheet where ',' is the decimal mark, and none of those writes the month first; the
   * locale must be nb, sv or da as well (en is both: day first in Britain, month first in the US).
   */
  private dayFirst(): boolean {
    const { locale } = this.options;
    return this.options.delimiter() === ';' && (locale === 'nb' || locale === 'sv' || locale === 'da');
  }

  /**
   * The decimal mark every number column that decided by its values shows, if they agree; else,
   * when none did, the one the unmapped columns showed: they never outweigh a mapped column's own.
   */
  private fileMark(): (Decision & { mark: DecimalMark }) | undefined {
    const marks = new Set<DecimalMark>();
    for (const column of this.numberColumns.values()) if (column.mark !== null && column.decision?.by === 'value') marks.add(column.mark);
    const [mark = this.unmappedMark] = marks;
    return marks.size <= 1 && mark ? { mark, by: 'other_columns' } : undefined;
  }

  /**
   * The decimal mark the file's delimiter and the locale agree on. Neither is enough alone: a
   * Danish sheet saved by Google Sheets is a ',' file with thousands points, and a plan's
   * locale says nothing of a machine export's decimal points.
   */
  private hint(): (Decision & { mark: DecimalMark }) | { conflict: string } | undefined {
    const delimiter = this.options.delimiter();
    const { locale } = this.options;
    const byDelimiter: DecimalMark | undefined = delimiter === ';' ? ',' : delimiter === ',' ? '.' : undefined;
    const byLocale: DecimalMark | undefined = locale === undefined ? undefined : locale === 'en' || locale === 'ga4' ? '.' : ',';
    if (byDelimiter === undefined || byLocale === undefined) return undefined;
    if (byLocale !== byDelimiter) {
      const what = locale === 'ga4' ? 'a GA4 export' : `the locale ${locale}`;
      return { conflict: `the file's delimiter "${delimiter}" suggests a decimal ${markName(byDelimiter)} and ${what} a decimal ${markName(byLocale)}` };
    }
    return { mark: byDelimiter, by: 'delimiter' };
  }
}

/** One number column: its decimal mark once decided, and the first of its values that read two ways. */
export class NumberColumn {
  mark: DecimalMark | null = null;
  decision: Decision | null = null;
  private first: { line: number; at: number; text: string; two: Extract<NumberText, { ok: 'two' }> } | null = null;
  private refused = false;

  constructor(
    readonly name: string,
    private readonly readings: ColumnReadings,
  ) {}

  /** True while values of this column wait for its decimal mark. */
  get waiting(): boolean {
    return this.mark === null && this.first !== null && !this.refused;
  }

  /** Reads a cell of this column on `line`, at the 0-based index `at`. */
  read(text: string, line: number, at: number): NumberCell | Refusal {
    const read = readNumberText(text);
    if (read.ok === true) {
      if (read.mark === undefined || read.mark === this.mark) return read;
      if (this.mark === null) {
        this.decide(read.mark, { by: 'value', line, value: text.trim() });
        return read;
      }
      return otherMark(text.trim(), this.mark, this.decisionParams());
    }
    if (read.ok === 'two') {
      if (this.mark !== null) return { ok: true, value: this.mark === '.' ? read.point : read.comma };
      if (this.first === null) this.first = { line, at, text: text.trim(), two: read };
    }
    return read;
  }

  /**
   * A cell of a row that may be a closing sum row (measurements.totals.ts), read as this column
   * reads its values: by its decimal mark, or both ways while it has none ("158.130" is 158130
   * in a Danish column of "21.467"s). Decides nothing; null for an empty cell.
   */
  sumReading(text: string): SumReading | null {
    if (text.trim() === '') return null;
    const read = readNumberText(text);
    if (read.ok === false) return { point: Number.NaN, comma: Number.NaN };
    const [point, comma] = read.ok === 'two' ? [read.point, read.comma] : [read.value, read.value];
    const mark = this.mark ?? (read.ok === true ? read.mark : undefined);
    return { point: mark === ',' ? Number.NaN : point, comma: mark === '.' ? Number.NaN : comma };
  }

  /** @internal The value of a held reading once the column has decided; null when it was refused. */
  pick(two: Extract<NumberText, { ok: 'two' }>): number | null | undefined {
    if (this.refused) return null;
    if (this.mark === null) return undefined;
    return this.mark === '.' ? two.point : two.comma;
  }

  /** @internal */
  decide(mark: DecimalMark, decision: Decision): void {
    this.mark = mark;
    this.decision = decision;
    this.readings.decidedColumn({ column: this.name, reading: mark === '.' ? 'decimal_point' : 'decimal_comma', ...decision });
  }

  /** @internal Decides from the file or its delimiter, or refuses the column with both readings of its first two-way value. */
  settle(known: (Decision & { mark: DecimalMark }) | { conflict: string } | undefined): void {
    if (known && 'mark' in known) return this.decide(known.mark, { by: known.by });
    const first = this.first as NonNullable<NumberColumn['first']>;
    const why = known ? known.conflict : 'nothing in the column or the file says which';
    this.refused = true;
    this.readings.error(
      this.name,
      first.line,
      first.at + 1,
      refused(
        'ambiguous_decimal_mark',
        `"${first.text}" can be read two ways: ${first.two.point} with a decimal point or ${first.two.comma} with a decimal comma, and so can the column's other such numbers; ${why}: choose the decimal mark in the mapping`,
        { value: first.text, point: first.two.point, comma: first.two.comma },
      ),
    );
  }

  private decisionParams(): ErrorParams {
    const decision = this.decision as Decision;
    return decision.line === undefined ? { by: decision.by } : { by: decision.by, first: decision.value ?? '', first_line: decision.line };
  }
}

/** Header words that say a column holds dates: only there is a five-digit number taken for an Excel date. */
const DATE_HEADER = /date|dato|datum|dag|day/i;

/** One date column: whether it writes day or month first once decided, and whether it holds Excel serial numbers. */
export class DateColumn {
  order: DateOrder | null = null;
  private decision: Decision | null = null;
  private first: { line: number; at: number; text: string; two: Extract<DateText, { ok: 'two' }> } | null = null;
  private refused = false;
  /** Whether the column holds Excel serial numbers, known from its first value. */
  private serial: boolean | null = null;
  private serialFrom = 0;
  private lastText: string | undefined;
  private last: DateText = refused('invalid', '');

  constructor(
    readonly name: string,
    private readonly readings: ColumnReadings,
  ) {}

  get waiting(): boolean {
    return this.order === null && this.first !== null && !this.refused;
  }

  /** Reads a cell of this column; rows of a file mostly come date by date, so the last text is read once. */
  read(text: string, line: number, at: number): DateCell | Refusal {
    if (text !== this.lastText) {
      this.last = this.readText(text, line);
      this.lastText = text;
    }
    const read = this.last;
    if (read.ok === true) {
      if (read.order === undefined || read.order === this.order) return read;
      if (this.order === null) {
        this.decide(read.order, { by: 'value', line, value: text.trim() });
        return read;
      }
      const decision = this.decision as Decision;
      const first = decision.line === undefined ? '' : ` (line ${decision.line}: "${decision.value}")`;
      const order = this.order === 'dmy' ? 'day first' : 'month first';
      return refused('date_order_conflict', `"${text.trim()}" can only be read ${this.order === 'dmy' ? 'month' : 'day'} first, but the column's dates are ${order}${first}`, {
        value: text.trim(),
        order: this.order,
        by: decision.by,
        ...(decision.line === undefined ? {} : { first: decision.value ?? '', first_line: decision.line }),
      });
    }
    if (read.ok === 'two') {
      if (this.order !== null) return { ok: true, value: this.order === 'dmy' ? read.dayFirst : read.monthFirst };
      if (this.first === null) this.first = { line, at, text: text.trim(), two: read };
    }
    return read;
  }

  private readText(text: string, line: number): DateText {
    if (this.serial !== false) {
      const serial = DATE_HEADER.test(this.name) ? excelSerialDate(text) : null;
      if (this.serial === null && text.trim() !== '') {
        this.serial = serial !== null;
        if (this.serial) {
          this.serialFrom = line;
          this.readings.decidedColumn({ column: this.name, reading: 'excel_serial', by: 'value', line, value: text.trim() });
        }
      }
      if (this.serial) {
        if (serial !== null) return { ok: true, value: serial, order: undefined };
        return refused('invalid_date', `"${text.trim()}" is not an Excel date number, as the column's dates are from line ${this.serialFrom}`, { value: text.trim() });
      }
    }
    return readDateText(text);
  }

  /** @internal */
  pick(two: Extract<DateText, { ok: 'two' }>): IsoDate | null | undefined {
    if (this.refused) return null;
    if (this.order === null) return undefined;
    return this.order === 'dmy' ? two.dayFirst : two.monthFirst;
  }

  /** @internal */
  decide(order: DateOrder, decision: Decision): void {
    this.order = order;
    this.decision = decision;
    this.readings.decidedColumn({ column: this.name, reading: order === 'dmy' ? 'day_first' : 'month_first', ...decision });
  }

  /** @internal Nothing says whether the column is day or month first: it is refused, with both readings of its first such date. */
  refuse(): void {
    const first = this.first as NonNullable<DateColumn['first']>;
    this.refused = true;
    this.readings.error(this.name, first.line, first.at + 1, ambiguousDate(first.text, first.two.dayFirst, first.two.monthFirst));
  }
}
