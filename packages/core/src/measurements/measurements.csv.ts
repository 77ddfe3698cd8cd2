import { DomainError } from '../shared/errors.js';

/*
 * An incremental CSV reader: text goes in piece by piece (as a stream delivers it), whole
 * records come out with the 1-based line each starts on, so nothing needs the whole file.
 * RFC 4180 quoting ("a ""quoted"" cell", line breaks inside quotes), CRLF, LF or CR line
 * ends, a leading byte order mark, and ',', ';' or tab as delimiter, detected from the first
 * lines when not given. A blank line is a record with one empty cell: GA4 exports separate
 * their tables with them.
 */

export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvRecord {
  cells: string[];
  /** 1-based line the record starts on. */
  line: number;
}

export interface CsvReader {
  /** Reads the next piece of text; returns the records it completed. */
  push(text: string): CsvRecord[];
  /** The text is over: returns the last records. Throws a syntax DomainError on a quote that is never closed. */
  end(): CsvRecord[];
  /** The delimiter in use: given, or detected once the first lines have arrived. */
  readonly delimiter: CsvDelimiter | undefined;
}

/** Text held back before the delimiter is guessed: enough lines to see a pattern. */
const DETECT_LINES = 20;
const DETECT_CHARS = 64 * 1024;

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function createCsvReader(options: { delimiter?: CsvDelimiter } = {}): CsvReader {
  let delimiter = options.delimiter;
  let pending = '';
  let line = 1;
  let started = false;
  let ended = false;

  function read(text: string, final: boolean): CsvRecord[] {
    if (ended) throw new Error('the CSV reader has ended');
    if (!started) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length > 0) started = true;
    }
    pending += text;
    if (delimiter === undefined) {
      if (!final && !enoughToDetect(pending)) return [];
      delimiter = detectDelimiter(final ? pending : pending.slice(0, pending.lastIndexOf('\n') + 1));
    }
    const records: CsvRecord[] = [];
    const stop = tokenize(pending, delimiter.charCodeAt(0), line, final, records);
    pending = pending.slice(stop.rest);
    line = stop.line;
    return records;
  }

  return {
    push: (text) => read(text, false),
    end() {
      const records = read('', true);
      ended = true;
      return records;
    },
    get delimiter() {
      return delimiter;
    },
  };
}

/** Every record of a whole text (for small inputs and tests). */
export function splitCsv(text: string, options: { delimiter?: CsvDelimiter } = {}): { records: CsvRecord[]; delimiter: CsvDelimiter } {
  const reader = createCsvReader(options);
  const records = [...reader.push(text), ...reader.end()];
  return { records, delimiter: reader.delimiter ?? ',' };
}

function enoughToDetect(text: string): boolean {
  if (text.length >= DETECT_CHARS) return true;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++lines >= DETECT_LINES) return true;
  return false;
}

/**
 * The delimiter of a CSV text, from its first lines (comment lines starting with '#' and blank
 * lines aside): the one that splits every line into the same number of cells, more than one.
 * A Nordic file uses ';' because ',' is its decimal mark, so ',' inside numbers does not fool
 * it: it would split the header and the rows differently. Ties go to tab, then ';', then ','.
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  const lines = sampleLines(sample);
  const order: CsvDelimiter[] = ['\t', ';', ','];
  let best: CsvDelimiter | undefined;
  let bestCount = 0;
  for (const candidate of order) {
    const counts = lines.map((l) => countOutsideQuotes(l, candidate));
    const first = counts[0] ?? 0;
    if (first > bestCount && counts.every((c) => c === first)) {
      best = candidate;
      bestCount = first;
    }
  }
  if (best) return best;
  // No delimiter splits every line alike: take the one found on the most lines.
  let most = 0;
  for (const candidate of order) {
    const found = lines.filter((l) => countOutsideQuotes(l, candidate) > 0).length;
    if (found > most) {
      best = candidate;
      most = found;
    }
  }
  return best ?? ',';
}

/** The first lines of a sample that are neither comments nor blank, joined where a quoted cell spans lines. */
function sampleLines(sample: string): string[] {
  const lines: string[] = [];
  let current = '';
  let quotes = 0;
  for (const raw of sample.split(/\r\n|\n|\r/)) {
    current = current ? `${current}\n${raw}` : raw;
    quotes += raw.split('"').length - 1;
    if (quotes % 2 === 1) continue;
    const trimmed = current.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) lines.push(current);
    current = '';
    quotes = 0;
    if (lines.length >= DETECT_LINES) break;
  }
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * Splits complete records off the front of `text` into `out`. Returns where the first
 * incomplete record starts (everything, when `final`) and the line it starts on. A record is
 * complete only once its line break is seen, so a quote or a CR at the very end of a piece
 * waits for the next piece.
 */
function tokenize(text: string, delimiter: number, firstLine: number, final: boolean, out: CsvRecord[]): { rest: number; line: number } {
  const n = text.length;
  const delimiterChar = String.fromCharCode(delimiter);
  let pos = 0;
  let line = firstLine;
  // Where the next quote and CR are (or n): a line with neither is split natively, which is most lines.
  let quoteAt = -1;
  let crAt = -1;
  records: while (pos < n) {
    const lf = text.indexOf('\n', pos);
    if (lf !== -1) {
      if (quoteAt < pos) quoteAt = indexOrEnd(text, '"', pos);
      if (crAt < pos) crAt = indexOrEnd(text, '\r', pos);
      if (quoteAt > lf && (crAt > lf || crAt === lf - 1)) {
        out.push({ cells: text.slice(pos, crAt === lf - 1 ? lf - 1 : lf).split(delimiterChar), line });
        line++;
        pos = lf + 1;
        continue;
      }
    }
    const recordStart = pos;
    const recordLine = line;
    const cells: string[] = [];
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1 || (close + 1 >= n && !final)) {
            if (!final) return { rest: recordStart, line: recordLine };
            throw new DomainError('syntax', `line ${recordLine}: a quoted cell is never closed`, [
              { path: '', code: 'syntax', line: recordLine, message: 'a quoted cell that starts on this line is never closed' },
            ]);
          }
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
          } else {
            pos = close + 1;
            break;
          }
        }
        line += lineBreaks(value);
        // Text after the closing quote belongs to the cell, as spreadsheets read it.
        const end = cellEnd(text, pos, delimiter);
        cells.push(end > pos ? value + text.slice(pos, end) : value);
        pos = end;
      } else {
        const end = cellEnd(text, pos, delimiter);
        cells.push(text.slice(pos, end));
        pos = end;
      }
      if (pos >= n) {
        if (!final) return { rest: recordStart, line: recordLine };
        out.push({ cells, line: recordLine });
        return { rest: n, line };
      }
      const char = text.charCodeAt(pos);
      if (char === delimiter) {
        pos++;
        if (pos < n) continue;
        if (!final) return { rest: recordStart, line: recordLine };
        cells.push('');
        out.push({ cells, line: recordLine });
        return { rest: n, line };
      }
      if (char === CR) {
        if (pos + 1 >= n && !final) return { rest: recordStart, line: recordLine };
        pos += text.charCodeAt(pos + 1) === LF ? 2 : 1;
      } else {
        pos++;
      }
      line++;
      out.push({ cells, line: recordLine });
      continue records;
    }
  }
  return { rest: n, line };
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
}

function cellEnd(text: string, from: number, delimiter: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const char = text.charCodeAt(i);
    if (char === delimiter || char === LF || char === CR) break;
    i++;
  }
  return i;
}

function lineBreaks(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i);
    if (char === LF || (char === CR && value.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}
