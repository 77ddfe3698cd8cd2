import type { CsvRecord } from './measurements.csv.js';
import { findColumn } from './measurements.reader.js';
import { LONG_DEFAULT_COLUMNS, WIDE_DEFAULT_DATE_COLUMN, type MeasurementMapping } from './measurements.schema.js';

/*
 * Where a file's table starts. Tools write lines above the header: Google Ads a report title
 * and a date range ("Campaign report", "1 January 2025 - 31 January 2025"), an Excel sheet its
 * title, GA4 '#' comments. The header is found in the file's first records (the sample the
 * server reads before it streams): the first record that holds the columns the mapping names;
 * else, by shape, the first record whose cells are the most of its table and that rows no
 * wider than it follow. The records above it are the file's title, skipped.
 */

/** Records looked at for the header: a title is a few lines, not pages. */
const CANDIDATES = 30;
/** Rows after a candidate compared with it. */
const LOOKAHEAD = 100;

/** The header record among a file's first records, or null when they hold none. */
export function findHeader(records: readonly CsvRecord[], mapping?: MeasurementMapping): CsvRecord | null {
  const content = records.filter((r) => !isCommentRecord(r.cells) && !isBlankRecord(r.cells));
  const first = content[0];
  if (first === undefined) return null;
  // GA4 writes '#' comments above its tables, never a title; each table's header follows a break.
  if (mapping?.format === 'ga4') return first;
  const named = mapping && namedHeader(content.slice(0, CANDIDATES), mapping);
  return named ?? byShape(records) ?? first;
}

/** The first record that has the columns the mapping names (the date column, and a KPI column). */
function namedHeader(records: readonly CsvRecord[], mapping: Exclude<MeasurementMapping, { format: 'ga4' }>): CsvRecord | undefined {
  const has = (cells: readonly string[], name: string) => findColumn(cells, name) !== -1;
  return records.find(({ cells }) => {
    const names = cells.map((c) => c.trim());
    if (mapping.format === 'long') {
      return [mapping.kpi_column ?? LONG_DEFAULT_COLUMNS.kpi, mapping.date_column ?? LONG_DEFAULT_COLUMNS.date, mapping.value_column ?? LONG_DEFAULT_COLUMNS.value].every(
        (name) => has(names, name),
      );
    }
    const dated = 'period' in mapping && mapping.period !== undefined ? true : has(names, mapping.date_column ?? WIDE_DEFAULT_DATE_COLUMN);
    return dated && Object.keys(mapping.columns).some((name) => has(names, name));
  });
}

interface Shape {
  /** Non-empty cells. */
  filled: number;
  /** Cells up to the last non-empty one. */
  span: number;
  /** A cell is a number or a date: a row of data, or a date range, rather than names. */
  numeric: boolean;
}

const NUMERIC = /^[\s\d.,:;/+\-−%()]*\d[\s\d.,:;/+\-−%()]*$/;

function shapeOf(cells: readonly string[]): Shape {
  let filled = 0;
  let span = 0;
  let numeric = false;
  cells.forEach((cell, i) => {
    if (cell.trim() === '') return;
    filled++;
    span = i + 1;
    if (NUMERIC.test(cell)) numeric = true;
  });
  return { filled, span, numeric };
}

/**
 * The header by shape: a record of two cells or more that no row of its table (up to the next
 * blank or comment line) outdoes in cells, with at least one row after it. A title line has one
 * cell; a date range line written without quotes ("January 1, 2025 - January 31, 2025") has
 * fewer cells than the header below it, and numbers. A record of names goes before one with
 * numbers in it.
 */
function byShape(records: readonly CsvRecord[]): CsvRecord | undefined {
  const shapes = records.map((r) => (isCommentRecord(r.cells) || isBlankRecord(r.cells) ? null : shapeOf(r.cells)));
  let withNumbers: CsvRecord | undefined;
  let seen = 0;
  for (let i = 0; i < records.length && seen < CANDIDATES; i++) {
    const shape = shapes[i];
    if (!shape) continue;
    seen++;
    if (shape.filled < 2) continue;
    let rows = 0;
    let fits = true;
    for (let j = i + 1; j < records.length && j <= i + LOOKAHEAD; j++) {
      const row = shapes[j];
      if (!row) break;
      rows++;
      if (row.span > shape.span || row.filled > shape.filled) {
        fits = false;
        break;
      }
    }
    if (!fits || rows === 0) continue;
    if (!shape.numeric) return records[i];
    withNumbers ??= records[i];
  }
  return withNumbers;
}

/** True for a cell of only white space; quick for the usual cell that starts with text. */
function isEmptyCell(cell: string): boolean {
  if (cell === '') return true;
  const first = cell.charCodeAt(0);
  return !(first > 32 && first !== 0xa0 && first !== 0xfeff) && cell.trim() === '';
}

/** A record of empty cells only: a blank line, or a spreadsheet's row of delimiters. */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (!isEmptyCell(cell)) return false;
  return true;
}

/** A record whose first cell starts with '#', after any white space or byte order mark. */
export function isCommentRecord(cells: readonly string[]): boolean {
  const cell = cells[0] ?? '';
  const first = cell.charCodeAt(0);
  if (first === 35) return true;
  return (first <= 32 || first === 0xa0 || first === 0xfeff) && cell.replace(/^[\s\uFEFF]+/, '').startsWith('#');
}

/** A header's cells as names: trimmed, and the first without the byte-order mark a spreadsheet may leave. */
export function headerNames(cells: readonly string[]): string[] {
  return cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
}
