import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/dates.js';
import { decodeBytes, type TextEncoding } from './measurements.decode.js';
import { parseMeasurementCsv } from './measurements.importer.js';

/*
 * A file as a tool writes it, bytes and all: a generated table in each encoding and
 * delimiter, with or without a title above its header and a totals row under it, reads back
 * to the values it was made of.
 */

const kpis = [{ id: 'visits' }, { id: 'sales' }];
const columns = { Besøk: 'visits', 'Salg (kr)': 'sales' };

function encode(text: string, encoding: TextEncoding): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  if (encoding === 'utf-8-bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
  if (encoding === 'windows-1252') return Uint8Array.from(text, (c) => c.charCodeAt(0));
  const out = new Uint8Array(2 + text.length * 2);
  const le = encoding === 'utf-16le';
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + 2 * i + (le ? 0 : 1)] = unit & 0xff;
    out[2 + 2 * i + (le ? 1 : 0)] = unit >> 8;
  }
  return out;
}

const table = fc.record({
  days: fc.uniqueArray(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 25 }),
  visits: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 25, maxLength: 25 }),
  sales: fc.array(fc.integer({ min: -100_000, max: 10_000_000 }), { minLength: 25, maxLength: 25 }),
  encoding: fc.constantFrom<TextEncoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'),
  delimiter: fc.constantFrom(',', ';', '\t'),
  title: fc.boolean(),
  totals: fc.constantFrom('none', 'Totalt', 'Total: account', 'I alt', 'sum'),
  newline: fc.constantFrom('\n', '\r\n'),
});

describe('a file in bytes as a tool writes it', () => {
  it('reads back to the same values in every encoding and delimiter, with or without a title and a totals row', () => {
    fc.assert(
      fc.property(table, (t) => {
        const rows = t.days.map((d, i) => ({ date: addDays('2025-01-01', d), visits: t.visits[i] as number, sales: (t.sales[i] as number) / 100 }));
        const lines = [['Dato', 'Besøk', 'Salg (kr)', 'Område'].join(t.delimiter)];
        if (t.title) lines.unshift('Besøk og salg: Ålesund', '1. januar 2025 - 31. desember 2026');
        for (const r of rows) lines.push([r.date, r.visits, r.sales, 'Sør-Trøndelag'].join(t.delimiter));
        if (t.totals !== 'none') {
          const label = t.totals === 'sum' ? '' : t.totals;
          lines.push([label, rows.reduce((s, r) => s + r.visits, 0), rows.reduce((s, r) => s + r.sales, 0), ''].join(t.delimiter));
        }
        const { text, encoding } = decodeBytes(encode(lines.join(t.newline), t.encoding));
        // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII is the range 0x00–0x7f, controls included.
        const asciiOnly = t.encoding === 'windows-1252' && !/[^\x00-\x7f]/.test(lines.join(''));
        expect(encoding).toBe(asciiOnly ? 'utf-8' : t.encoding);

        const { rows: read, summary } = parseMeasurementCsv(text, { mapping: { format: 'wide', date_column: 'Dato', columns }, kpis });
        expect(summary.errors).toEqual([]);
        expect(summary.header_line).toBe(t.title ? 3 : 1);
        const values = (kpi: string) => read.filter((m) => m.kpi === kpi).map((m) => [m.date, m.value]);
        expect(values('visits')).toEqual(rows.map((r) => [r.date, r.visits]));
        expect(values('sales')).toEqual(rows.map((r) => [r.date, r.sales]));
        expect(summary.skipped_lines.map((s) => s.reason)).toEqual([...(t.title ? ['title', 'title'] : []), ...(t.totals === 'none' ? [] : [t.totals === 'sum' ? 'sum' : 'totals'])]);
      }),
      { numRuns: 200 },
    );
  });
});
