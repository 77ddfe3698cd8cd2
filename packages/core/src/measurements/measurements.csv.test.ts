import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from '../shared/errors.js';
import { createCsvReader, detectDelimiter, splitCsv, type CsvRecord } from './measurements.csv.js';

function cellsOf(text: string): string[][] {
  return splitCsv(text).records.map((r) => r.cells);
}

/** Writes cells as CSV the way a spreadsheet does: quotes only where needed. */
function writeCsv(rows: string[][], delimiter: string, newline: string): string {
  const quote = (cell: string): string => (/["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}

describe('splitCsv', () => {
  it('reads quoted cells, escaped quotes and delimiters inside quotes', () => {
    expect(cellsOf('a,b,c\n"x, y","say ""hi""",3\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', '3'],
    ]);
  });

  it('reads CRLF, LF and CR line ends alike and drops a byte order mark', () => {
    expect(cellsOf('\uFEFFkpi,value\r\nvisits,1\nsales,2\rorders,3')).toEqual([
      ['kpi', 'value'],
      ['visits', '1'],
      ['sales', '2'],
      ['orders', '3'],
    ]);
  });

  it('gives each record the line it starts on, counting line breaks inside quotes', () => {
    const { records } = splitCsv('a,b\n"two\nlines",1\r\n"three\r\n\r\nlines",2\nlast,3\n');
    expect(records.map((r) => [r.cells[0], r.line])).toEqual([
      ['a', 1],
      ['two\nlines', 2],
      ['three\r\n\r\nlines', 4],
      ['last', 7],
    ]);
  });

  it('keeps blank lines as records with one empty cell, and empty trailing cells', () => {
    expect(cellsOf('a;b\n\n1;\n')).toEqual([['a', 'b'], [''], ['1', '']]);
  });

  it('refuses a quote that is never closed, naming its line', () => {
    try {
      splitCsv('a,b\n1,2\n"open,3\n4,5\n');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.code).toBe('syntax');
      expect(isDomainError(error) && error.errors[0]?.line).toBe(3);
    }
  });
});

describe('detectDelimiter', () => {
  it('takes ";" in a Nordic file whose numbers have decimal commas', () => {
    expect(detectDelimiter('kpi;dato;verdi\nvisits;31.01.2027;1 234,5\nvisits;28.02.2027;99,5\n')).toBe(';');
  });

  it('takes "," in a file of plain numbers, and tab in a tab-separated one', () => {
    expect(detectDelimiter('kpi,date,value\nvisits,2027-01-31,1234.5\n')).toBe(',');
    expect(detectDelimiter('kpi\tdate\tvalue\nvisits\t2027-01-31\t1,5\n')).toBe('\t');
  });

  it('passes over GA4 comment lines and ignores delimiters inside quotes', () => {
    expect(detectDelimiter('# Start date: 20270101\n# a; b; c\nDate,Sessions\n"2027;01",5\n')).toBe(',');
  });

  it('is what the reader uses when no delimiter is given', () => {
    const { delimiter, records } = splitCsv('dato;besøk;salg\n31.01.2027;1,5;2,5\n');
    expect(delimiter).toBe(';');
    expect(records[1]?.cells).toEqual(['31.01.2027', '1,5', '2,5']);
  });
});

describe('createCsvReader', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'b', '1', ',', ';', '"', '\n', '\r', ' ', 'ø') });
  const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 12 });

  it('reads a text cut into any pieces exactly as the whole text', () => {
    fc.assert(
      fc.property(table, fc.array(fc.nat(), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (rows, cuts, newline) => {
        const text = writeCsv(rows, ',', newline);
        const reader = createCsvReader({ delimiter: ',' });
        const records: CsvRecord[] = [];
        let from = 0;
        for (const cut of [...cuts.map((c) => c % (text.length + 1))].sort((a, b) => a - b)) {
          records.push(...reader.push(text.slice(from, cut)));
          from = Math.max(from, cut);
        }
        records.push(...reader.push(text.slice(from)), ...reader.end());
        expect(records.map((r) => r.cells)).toEqual(rows);
        expect(records).toEqual(splitCsv(text, { delimiter: ',' }).records);
      }),
    );
  });

  it('holds text back until it has seen enough lines to guess the delimiter', () => {
    const reader = createCsvReader();
    expect(reader.push('kpi;date;value\nvisits;2027-01-31;1,5\n')).toEqual([]);
    expect(reader.delimiter).toBeUndefined();
    const records = reader.end();
    expect(reader.delimiter).toBe(';');
    expect(records.map((r) => r.cells)).toEqual([
      ['kpi', 'date', 'value'],
      ['visits', '2027-01-31', '1,5'],
    ]);
  });
});
