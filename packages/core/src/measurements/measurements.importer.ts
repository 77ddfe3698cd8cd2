import type { Locale, Measurement } from '../plan/plan.schema.js';
import type { FieldError } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import { splitCsv, type CsvDelimiter } from './measurements.csv.js';
import { parseLocaleDate, type DateReading } from './measurements.dates.js';
import { compactName, ga4DateColumn, isTotalsCell, readGa4RangeComment, type Ga4DateColumn, type Ga4Range } from './measurements.ga4.js';
import { parseLocaleNumber, type ParseResult } from './measurements.numbers.js';
import {
  LONG_DEFAULT_COLUMNS,
  WIDE_DEFAULT_DATE_COLUMN,
  type Ga4Mapping,
  type LongMapping,
  type MeasurementImportOptions,
  type MeasurementImportSummary,
  type WideMapping,
} from './measurements.schema.js';
import { ImportTally } from './measurements.tally.js';

/*
 * Turns the records of a measurement file into { kpi, date, value } rows, one record at a
 * time, so a file of a million rows is never held whole: the caller reads records from a
 * stream (createCsvReader), hands each to accept(), stores the rows it gets back, and asks
 * finish() for the summary. Nothing is stored here but counts and the dates seen per KPI
 * (to count replaced rows).
 *
 * Records whose first cell starts with '#' are comments; blank records are skipped. The
 * first other record is the header. Each error names the column (path: the header's text),
 * the line and the 1-based column, with a message in plain words.
 */

export interface AcceptResult {
  rows: Measurement[];
  errors: FieldError[];
}

export interface MeasurementImporter {
  /** Reads one record: the cells of one CSV row and the line it starts on. */
  accept(cells: readonly string[], line: number): AcceptResult;
  /** The file is over: checks what only the end can tell, and sums up. */
  finish(): MeasurementImportSummary;
}

const DEFAULT_MAX_ERRORS = 100;
const KNOWN_SHOWN = 8;

/** Where the rows and errors of one accept() call go; also counts them for the summary. */
class Sink {
  rows: Measurement[] = [];
  errors: FieldError[] = [];

  constructor(readonly tally: ImportTally) {}

  row(kpi: string, date: IsoDate, value: number): void {
    const row = { kpi, date, value };
    this.rows.push(row);
    this.tally.row(row);
  }

  error(path: string, line: number | undefined, column: number | undefined, message: string): void {
    const error: FieldError = { path, message };
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
interface FormatReader {
  header(cells: readonly string[], line: number, sink: Sink): void;
  row(cells: readonly string[], line: number, sink: Sink): void;
  /** Present for files of several tables (GA4): a comment or blank line, which ends a table. */
  pause?(comment: string | null): void;
  finish?(sink: Sink): void;
}

/** The KPIs a file may name, and the plain message for one it may not. */
class KnownKpis {
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
}

export function createMeasurementImporter(options: MeasurementImportOptions): MeasurementImporter {
  const { mapping } = options;
  const tally = new ImportTally(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const sink = new Sink(tally);
  const known = new KnownKpis(options.kpis);
  const reader: FormatReader =
    mapping.format === 'long' ? longReader(mapping, known) : mapping.format === 'wide' ? wideReader(mapping, known) : ga4Reader(mapping, known);
  let state: 'header' | 'rows' | 'finished' = 'header';

  return {
    accept(cells, line) {
      if (state === 'finished') throw new Error('the measurement import has finished');
      const comment = isComment(cells[0] ?? '');
      if (comment || isBlank(cells)) {
        tally.skip();
        if (reader.pause) {
          // A file of tables: the next record that is neither comment nor blank is a new header.
          reader.pause(comment ? cells.join(',') : null);
          if (state === 'rows') state = 'header';
        }
        return sink.take();
      }
      if (state === 'header') {
        reader.header(cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim()), line, sink);
        state = 'rows';
      } else {
        reader.row(cells, line, sink);
      }
      return sink.take();
    },
    finish() {
      if (state === 'finished') throw new Error('the measurement import has finished');
      if (state === 'header' && mapping.format !== 'ga4') sink.error('', undefined, undefined, 'the file has no header row');
      reader.finish?.(sink);
      state = 'finished';
      return tally.summary(mapping.format);
    },
  };
}

/** Reads a whole CSV text at once: for small files and tests. Rows repeat no KPI and date: the last value of each wins. */
export function parseMeasurementCsv(
  text: string,
  options: MeasurementImportOptions & { delimiter?: CsvDelimiter },
): { rows: Measurement[]; summary: MeasurementImportSummary; delimiter: CsvDelimiter } {
  const { records, delimiter } = splitCsv(text, { delimiter: options.delimiter });
  const importer = createMeasurementImporter(options);
  const rows = new Map<string, Measurement>();
  for (const record of records) {
    for (const row of importer.accept(record.cells, record.line).rows) rows.set(`${row.kpi}\u0000${row.date}`, row);
  }
  return { rows: [...rows.values()], summary: importer.finish(), delimiter };
}

/** True for a cell of only white space; quick for the usual cell that starts with text. */
function isEmptyCell(cell: string): boolean {
  if (cell === '') return true;
  const first = cell.charCodeAt(0);
  return !(first > 32 && first !== 0xa0 && first !== 0xfeff) && cell.trim() === '';
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (!isEmptyCell(cell)) return false;
  return true;
}

/** A record whose first cell starts with '#', after any white space or byte order mark. */
function isComment(cell: string): boolean {
  const first = cell.charCodeAt(0);
  if (first === 35) return true;
  return (first <= 32 || first === 0xa0 || first === 0xfeff) && cell.replace(/^[\s\uFEFF]+/, '').startsWith('#');
}

/** The index of a header cell: its exact text, else the same letters in any case; -1 when absent. */
function findColumn(header: readonly string[], name: string): number {
  const wanted = name.trim();
  const exact = header.indexOf(wanted);
  if (exact !== -1) return exact;
  const lower = wanted.toLowerCase();
  return header.findIndex((cell) => cell.toLowerCase() === lower);
}

function columnsText(header: readonly string[]): string {
  return header.filter((c) => c !== '').join(', ') || 'none';
}

/** An error for a record with more cells than the header: a delimiter inside an unquoted number. */
function checkWidth(cells: readonly string[], width: number, line: number, sink: Sink): boolean {
  for (let i = width; i < cells.length; i++) {
    if ((cells[i] as string).trim() !== '') {
      sink.error(
        `column ${i + 1}`,
        line,
        i + 1,
        `this line has ${cells.length} cells but the header has ${width}: a cell with the delimiter in it, such as "1,5", must be in quotes`,
      );
      return false;
    }
  }
  return true;
}

/** Reads dates, remembering the last one: rows of a file mostly come date by date. */
function dateReader(reading: DateReading): (text: string) => ParseResult<IsoDate> {
  let lastText: string | undefined;
  let last: ParseResult<IsoDate> = { ok: false, error: '' };
  return (text) => {
    if (text !== lastText) {
      last = parseLocaleDate(text, reading);
      lastText = text;
    }
    return last;
  };
}

function totalsWord(cell: string): boolean {
  return cell.trim() !== '' && isTotalsCell(cell);
}

function longReader(mapping: LongMapping, known: KnownKpis): FormatReader {
  const locale: Locale = mapping.locale ?? 'en';
  const readDate = dateReader({ locale, dateOrder: mapping.date_order });
  const names = {
    kpi: mapping.kpi_column ?? LONG_DEFAULT_COLUMNS.kpi,
    date: mapping.date_column ?? LONG_DEFAULT_COLUMNS.date,
    value: mapping.value_column ?? LONG_DEFAULT_COLUMNS.value,
  };
  let header: readonly string[] = [];
  let kpiAt = -1;
  let dateAt = -1;
  let valueAt = -1;

  return {
    header(cells, line, sink) {
      header = cells;
      kpiAt = findColumn(cells, names.kpi);
      dateAt = findColumn(cells, names.date);
      valueAt = findColumn(cells, names.value);
      for (const [at, name] of [
        [kpiAt, names.kpi],
        [dateAt, names.date],
        [valueAt, names.value],
      ] as const) {
        if (at === -1) sink.error(name, line, undefined, `no column "${name}" in the header (the columns are: ${columnsText(cells)})`);
      }
    },
    row(cells, line, sink) {
      if (kpiAt === -1 || dateAt === -1 || valueAt === -1) return sink.tally.skip();
      if (!checkWidth(cells, header.length, line, sink)) return;
      const kpi = (cells[kpiAt] ?? '').trim();
      const dateText = cells[dateAt] ?? '';
      const kpiOk = known.has(kpi);
      const date = readDate(dateText);
      // A totals row names no KPI and no date, but a word such as "Total".
      if ((!kpiOk || !date.ok) && (totalsWord(kpi) || totalsWord(dateText))) return sink.tally.skip();
      const value = parseLocaleNumber(cells[valueAt] ?? '', locale);
      if (kpiOk && date.ok && value.ok) return sink.row(kpi, date.value, value.value);
      if (!kpiOk) sink.error(header[kpiAt] as string, line, kpiAt + 1, kpi === '' ? 'the kpi is empty' : known.unknown(kpi));
      if (!date.ok) sink.error(header[dateAt] as string, line, dateAt + 1, date.error);
      if (!value.ok) sink.error(header[valueAt] as string, line, valueAt + 1, value.error);
    },
  };
}

/** Where the mapped columns are in a header; an error for each missing one when `reportMissing`. */
function mappedColumns(
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
    else if (reportMissing) sink.error(name, line, undefined, `no column "${name}" in the header (the columns are: ${columnsText(header)})`);
  }
  return found;
}

/** The mapping's columns whose KPI exists; an error for each other one, and for a mapping of none. */
function knownColumns(columns: Record<string, string>, known: KnownKpis, line: number, sink: Sink): Record<string, string> {
  const entries = Object.entries(columns);
  if (entries.length === 0) sink.error('', line, undefined, 'the mapping maps no column to a KPI');
  for (const [name, kpi] of entries) if (!known.has(kpi)) sink.error(name, line, undefined, `the column maps to ${known.unknown(kpi)}`);
  return Object.fromEntries(entries.filter(([, kpi]) => known.has(kpi)));
}

function wideReader(mapping: WideMapping, known: KnownKpis): FormatReader {
  const locale: Locale = mapping.locale ?? 'en';
  const readDate = dateReader({ locale, dateOrder: mapping.date_order });
  const dateName = mapping.date_column ?? WIDE_DEFAULT_DATE_COLUMN;
  let header: readonly string[] = [];
  let dateAt = -1;
  let metrics: { at: number; kpi: string }[] = [];

  return {
    header(cells, line, sink) {
      header = cells;
      dateAt = findColumn(cells, dateName);
      if (dateAt === -1) sink.error(dateName, line, undefined, `no column "${dateName}" in the header (the columns are: ${columnsText(cells)})`);
      metrics = mappedColumns(cells, knownColumns(mapping.columns, known, line, sink), line, sink, true);
      const used = new Set([dateAt, ...Object.keys(mapping.columns).map((name) => findColumn(cells, name))]);
      cells.forEach((name, at) => {
        if (used.has(at) || name === '') return;
        sink.tally.ignore(name);
        if (mapping.unmapped === 'report') sink.error(name, line, at + 1, `the column "${name}" is not mapped to a KPI`);
      });
    },
    row(cells, line, sink) {
      if (dateAt === -1) return sink.tally.skip();
      if (!checkWidth(cells, header.length, line, sink)) return;
      const dateText = cells[dateAt] ?? '';
      const date = readDate(dateText);
      if (!date.ok) {
        if (totalsWord(dateText)) return sink.tally.skip();
        return sink.error(header[dateAt] as string, line, dateAt + 1, date.error);
      }
      for (const { at, kpi } of metrics) {
        const text = cells[at] ?? '';
        if (text.trim() === '') continue;
        const value = parseLocaleNumber(text, locale);
        if (value.ok) sink.row(kpi, date.value, value.value);
        else sink.error(header[at] as string, line, at + 1, value.error);
      }
    },
  };
}

interface Ga4Table {
  header: readonly string[];
  date: Ga4DateColumn;
  metrics: { at: number; kpi: string }[];
  /** Dates of this table and their lines: a date twice means the table is split by another dimension. */
  seen: Map<IsoDate, number>;
}

function ga4Reader(mapping: Ga4Mapping, known: KnownKpis): FormatReader {
  const range: Ga4Range = {};
  const found = new Set<string>();
  let table: Ga4Table | null = null;
  /** The mapping's columns whose KPI exists, checked (and reported) at the first header. */
  let columns: Record<string, string> | null = null;

  return {
    pause(comment) {
      table = null;
      if (comment !== null) readGa4RangeComment(comment, range);
    },
    header(cells, line, sink) {
      table = null;
      if (columns === null) columns = knownColumns(mapping.columns, known, line, sink);
      const date = ga4DateColumn(cells, range, mapping.date_column);
      if (typeof date === 'string') return sink.error(cells.find((c) => compactName(c).startsWith('datehour')) ?? '', line, undefined, date);
      if (date === null) return;
      const metrics = mappedColumns(cells, columns, line, sink, false);
      if (metrics.length === 0) return;
      for (const { at } of metrics) found.add(compactName(cells[at] as string));
      const used = new Set([date.column, ...metrics.map((m) => m.at)]);
      cells.forEach((name, at) => {
        if (!used.has(at) && name !== '') sink.tally.ignore(name);
      });
      table = { header: cells, date, metrics, seen: new Map() };
    },
    row(cells, line, sink) {
      if (table === null) return sink.tally.skip();
      const { header, metrics, seen } = table;
      if (!checkWidth(cells, header.length, line, sink)) return;
      const at = table.date.column;
      const date = table.date.date(cells);
      if (!date.ok) {
        if (isTotalsCell(cells[at] ?? '')) return sink.tally.skip();
        return sink.error(header[at] as string, line, at + 1, date.error);
      }
      const before = seen.get(date.value);
      if (before !== undefined) {
        return sink.error(
          header[at] as string,
          line,
          at + 1,
          `${date.value} is also on line ${before}: the table seems split by another dimension; download it with the date as its only dimension`,
        );
      }
      seen.set(date.value, line);
      for (const metric of metrics) {
        const text = cells[metric.at] ?? '';
        if (text.trim() === '') continue;
        // GA4 writes plain numbers whatever the interface language.
        const value = parseLocaleNumber(text, 'en');
        if (value.ok) sink.row(metric.kpi, date.value, value.value);
        else sink.error(header[metric.at] as string, line, metric.at + 1, value.error);
      }
    },
    finish(sink) {
      for (const name of Object.keys(columns ?? {})) {
        if (!found.has(compactName(name))) sink.error(name, undefined, undefined, `no table in the file has the column "${name}" next to a date`);
      }
    },
  };
}
