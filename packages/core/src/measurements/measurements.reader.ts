import type { Measurement } from '../plan/plan.schema.js';
import { fieldError, type ErrorParams, type FieldError, type FieldErrorCode } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import { parseLocaleDate, type DateReading } from './measurements.dates.js';
import { isTotalsCell } from './measurements.ga4.js';
import type { ParseResult } from './measurements.numbers.js';
import type { ImportTally } from './measurements.tally.js';

/* What every format reader shares: where rows and errors go, the known KPIs, header lookups. */

export interface AcceptResult {
  rows: Measurement[];
  errors: FieldError[];
}

const KNOWN_SHOWN = 8;

/** Where the rows and errors of one accept() call go; also counts them for the summary. */
export class Sink {
  rows: Measurement[] = [];
  errors: FieldError[] = [];

  constructor(readonly tally: ImportTally) {}

  row(kpi: string, date: IsoDate, value: number): void {
    const row = { kpi, date, value };
    this.rows.push(row);
    this.tally.row(row);
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

/** Reads dates, remembering the last one: rows of a file mostly come date by date. */
export function dateReader(reading: DateReading): (text: string) => ParseResult<IsoDate> {
  let lastText: string | undefined;
  let last: ParseResult<IsoDate> = { ok: false, error: '', code: 'invalid' };
  return (text) => {
    if (text !== lastText) {
      last = parseLocaleDate(text, reading);
      lastText = text;
    }
    return last;
  };
}

export function totalsWord(cell: string): boolean {
  return cell.trim() !== '' && isTotalsCell(cell);
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
