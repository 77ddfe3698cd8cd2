import type { Measurement } from '../plan/plan.schema.js';
import { fieldError, type ErrorParams, type FieldError, type FieldErrorCode } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import { RecordFingerprints, recordKey, REFUSED, REPEATS, STORED, type DayRefusal, type KpiDays, type RecordCheck, type RecordState } from './measurements.days.js';
import type { ImportTally } from './measurements.tally.js';

/* What every format reader shares: where rows and errors go, the known KPIs, header lookups. */

export interface AcceptResult {
  rows: Measurement[];
  errors: FieldError[];
}

const KNOWN_SHOWN = 8;

/** Where the rows and errors of one accept() call go; also counts them for the summary. */
export class Sink implements RecordCheck {
  rows: Measurement[] = [];
  errors: FieldError[] = [];
  /** The line of the record being read. */
  line = 0;
  /** Finds rows of a date that nothing but their values tells apart (none in GA4 files, whose tables must agree instead). */
  private readonly fingerprints: RecordFingerprints | null;
  /** 1 at the columns read as values. */
  private values = new Uint8Array(0);
  /** The record being read, one object for all records: a record is checked many times more often than a value of it is held. */
  private readonly reading: RecordState = { key: 0, line: 0, repeats: -1, said: false };
  /** The record whose rows are added now: the one being read, or a held row's (own object, see held()). */
  private record: RecordState = this.reading;
  /** The day's first record last looked up in the fingerprints. */
  private firstKey = 0;

  /** Rows of one date must agree instead of adding up: set while a table that holds the whole report is read (GA4). */
  same = false;

  constructor(
    readonly tally: ImportTally,
    checkRepeats: boolean,
  ) {
    this.fingerprints = checkRepeats ? new RecordFingerprints() : null;
  }

  /** Where a header has the cells read as values: the other cells (date, campaign, …) tell a day's rows apart. */
  valueColumns(ats: readonly number[]): void {
    this.values = new Uint8Array(Math.max(0, ...ats) + 1);
    for (const at of ats) if (at >= 0) this.values[at] = 1;
  }

  /** The record about to be read: its line and cells (hashed but for their values, to find two rows nothing tells apart). */
  startRecord(line: number, cells: readonly string[]): void {
    this.line = line;
    const record = (this.record = this.reading);
    record.key = this.fingerprints ? recordKey(cells, this.values) : 0;
    record.line = line;
    record.repeats = -1;
    record.said = false;
  }

  /**
   * The record being read, for a row of it held back until its column decided how it writes
   * numbers or dates (measurements.columns.ts): given back to rowOf, it is checked for a repeated
   * record like any row, as one record with the rest of its rows.
   */
  held(): RecordState {
    if (this.record === this.reading) this.record = { ...this.reading };
    return this.record;
  }

  /** A value read at the 1-based `column`: its day's value so far is a row to store (measurements.days.ts). */
  row(days: KpiDays, date: IsoDate, value: number, column: number): void {
    const record = this.record;
    if (record.said) return;
    const result = days.add(date, this.tally.dayIndex(date), value, this.same, record, this);
    if (result === STORED) this.rows.push({ kpi: days.kpi, date, value: days.value });
    else if (result === REFUSED) this.refusedDay(days.kpi, date, value, column, days.refusal());
    else if (result === REPEATS) this.repeatedRecord(record, days.repeats, column);
  }

  /** A row of an earlier record (from held()), held back until its column decided. */
  rowOf(record: RecordState, kpi: KpiDays, date: IsoDate, value: number, column: number): void {
    const [line, current] = [this.line, this.record];
    this.line = record.line;
    this.record = record;
    this.row(kpi, date, value, column);
    this.line = line;
    this.record = current;
  }

  /** @internal The check of a record, made once, when one of its days has a row already (KpiDays). */
  repeatOf(record: RecordState, firstKey: number, firstLine: number): number {
    const fingerprints = this.fingerprints as RecordFingerprints;
    // A record's KPIs each meet the same first record of its day: looked up once.
    if (firstKey !== 0 && firstKey !== this.firstKey) fingerprints.lineOrAdd(firstKey, firstLine);
    this.firstKey = firstKey;
    if (record.repeats === -1) {
      const line = fingerprints.lineOrAdd(record.key, record.line);
      // Its own line: the record's other rows were checked before one of them was let go.
      record.repeats = line === record.line ? 0 : line;
    }
    return record.repeats;
  }

  /** `column`: the cell of the value that met the repeat, so the error points at a cell of the line. */
  private repeatedRecord(record: RecordState, first: number, column: number): void {
    record.said = true;
    this.tally.repeatedRecord();
    this.error(
      '',
      this.line,
      column,
      `this line repeats line ${first} in every cell but its values: nothing tells the two rows apart (the file exported twice into one, or a correction?), so Kurs cannot know whether they add up; keep one of them, or export the file with the column that tells them apart (such as the campaign)`,
      'repeated_record',
      { first_line: first },
    );
  }

  private refusedDay(kpi: string, date: IsoDate, value: number, column: number, day: DayRefusal): void {
    const params = { kpi, date, first_line: day.firstLine };
    if (day.why === undefined) {
      return this.error(kpi, this.line, column, `"${kpi}" on ${date} is ${day.first} on line ${day.firstLine} and ${value} here: the tables of the file disagree`, 'tables_disagree', {
        ...params,
        first: day.first,
        value,
      });
    }
    this.error(
      kpi,
      this.line,
      column,
      `"${kpi}" has a row for ${date} already (line ${day.firstLine}); its rows of one date are not added up, as ${day.why}: keep one row per date (a filter in the mapping), or export the file without the extra breakdown`,
      'rows_not_summed',
      { ...params, ...day.because },
    );
  }

  error(path: string, line: number | undefined, column: number | undefined, message: string, code: FieldErrorCode, params?: ErrorParams): void {
    const error = fieldError(path, code, message, params);
    if (line !== undefined) error.line = line;
    if (column !== undefined) error.column = column;
    this.errors.push(error);
    this.tally.error(error);
  }

  take(): AcceptResult {
    const result = { rows: this.rows, errors: this.errors };
    this.rows = [];
    this.errors = [];
    return result;
  }
}

/** One file shape: how its header and rows are read. */
export interface FormatReader {
  header(cells: readonly string[], line: number, sink: Sink): void;
  row(cells: readonly string[], line: number, sink: Sink): void;
  /** Present for files of several tables (GA4): a comment or blank line, which ends a table. */
  pause?(comment: string | null): void;
  finish?(sink: Sink): void;
}

/** The KPIs a file may name, and the plain message for one it may not. */
export class KnownKpis {
  private readonly ids: Set<string>;
  private readonly list: string;

  constructor(kpis: readonly { id: string }[]) {
    this.ids = new Set(kpis.map((k) => k.id));
    const ids = [...this.ids];
    this.list = ids.length === 0 ? 'the plan has no KPIs yet' : `known: ${ids.slice(0, KNOWN_SHOWN).join(', ')}${ids.length > KNOWN_SHOWN ? ', …' : ''}`;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  unknown(id: string): string {
    return `no kpi with id "${id}" (${this.list})`;
  }

  /** The error of a cell or column that names a KPI the plan does not have. */
  report(sink: Sink, path: string, line: number, column: number | undefined, id: string, prefix = ''): void {
    sink.error(path, line, column, `${prefix}${this.unknown(id)}`, 'unknown_reference', { kind: 'kpi', id });
  }
}

/** The index of a header cell: its exact text, else the same letters in any case; -1 when absent. */
export function findColumn(header: readonly string[], name: string): number {
  const wanted = name.trim();
  const exact = header.indexOf(wanted);
  if (exact !== -1) return exact;
  const lower = wanted.toLowerCase();
  return header.findIndex((cell) => cell.toLowerCase() === lower);
}

function columnsText(header: readonly string[]): string {
  return header.filter((c) => c !== '').join(', ') || 'none';
}

/** The error of a cell whose text could not be read. */
export function refuse(sink: Sink, path: string, line: number, column: number, result: { error: string; code: FieldErrorCode; params?: ErrorParams }): void {
  sink.error(path, line, column, result.error, result.code, result.params);
}

/** The error for a column the header does not have, naming the columns it has. */
export function missingColumn(sink: Sink, name: string, header: readonly string[], line: number): void {
  sink.error(name, line, undefined, `no column "${name}" in the header (the columns are: ${columnsText(header)})`, 'missing_column', {
    column: name,
    columns: header.filter((c) => c !== ''),
  });
}

/** An error for a record with more cells than the header: a delimiter inside an unquoted number. */
export function checkWidth(cells: readonly string[], width: number, line: number, sink: Sink): boolean {
  for (let i = width; i < cells.length; i++) {
    if ((cells[i] as string).trim() !== '') {
      sink.error(
        `column ${i + 1}`,
        line,
        i + 1,
        `this line has ${cells.length} cells but the header has ${width}: a cell with the delimiter in it, such as "1,5", must be in quotes`,
        'too_many_cells',
        { cells: cells.length, header: width },
      );
      return false;
    }
  }
  return true;
}

/** Where the mapped columns are in a header; an error for each missing one when `reportMissing`. */
export function mappedColumns(
  header: readonly string[],
  columns: Record<string, string>,
  line: number,
  sink: Sink,
  reportMissing: boolean,
): { at: number; kpi: string }[] {
  const found: { at: number; kpi: string }[] = [];
  for (const [name, kpi] of Object.entries(columns)) {
    const at = findColumn(header, name);
    if (at !== -1) found.push({ at, kpi });
    else if (reportMissing) missingColumn(sink, name, header, line);
  }
  return found;
}

/** The mapping's columns whose KPI exists; an error for each other one, and for a mapping of none. */
export function knownColumns(columns: Record<string, string>, known: KnownKpis, line: number, sink: Sink): Record<string, string> {
  const entries = Object.entries(columns);
  if (entries.length === 0) sink.error('', line, undefined, 'the mapping maps no column to a KPI', 'empty_mapping');
  for (const [name, kpi] of entries) if (!known.has(kpi)) known.report(sink, name, line, undefined, kpi, 'the column maps to ');
  return Object.fromEntries(entries.filter(([, kpi]) => known.has(kpi)));
}
