import { describe, expect, it } from 'vitest';
import { parseMeasurementCsv } from './measurements.importer.js';
import type { MeasurementMapping } from './measurements.schema.js';

const kpis = [
  { id: 'spend', unit: 'currency' as const, aggregation: 'sum' as const },
  { id: 'clicks', unit: 'count' as const, aggregation: 'sum' as const },
];
const read = (text: string, mapping: MeasurementMapping) => parseMeasurementCsv(text, { mapping, kpis });
const totals = (rows: { kpi: string; value: number }[], kpi: string) => rows.filter((r) => r.kpi === kpi).reduce((sum, r) => sum + r.value, 0);

const META_HEADER = 'Reporting starts,Reporting ends,Campaign name,Campaign delivery,Amount spent (NOK),Link clicks';
const metaMapping = (dateColumn: string): MeasurementMapping => ({
  format: 'wide',
  date_column: dateColumn,
  columns: { 'Amount spent (NOK)': 'spend', 'Link clicks': 'clicks' },
  decimal_mark: '.',
});
const days = [
  '2025-01-10,2025-01-10,Spring,active,10.50,3',
  '2025-01-10,2025-01-10,Crime club,active,20.25,4',
  '2025-01-11,2025-01-11,Spring,active,5.00,1',
  '2025-01-11,2025-01-11,Crime club,active,1.00,2',
];
const summary = '2025-01-10,2025-01-11,,,36.75,10';

describe('summary rows of a file whose rows carry a period', () => {
  it.each([
    ['first after the header', [summary, ...days], 2],
    ['last', [...days, summary], 6],
  ])('skips Meta’s summary row (%s) and lists it, dated by either end', (_, rows, line) => {
    for (const dateColumn of ['Reporting ends', 'Reporting starts']) {
      const result = read([META_HEADER, ...rows].join('\n'), metaMapping(dateColumn));
      expect(result.summary.error_count, dateColumn).toBe(0);
      expect(totals(result.rows, 'spend'), dateColumn).toBe(36.75);
      expect(totals(result.rows, 'clicks'), dateColumn).toBe(10);
      expect(result.summary.skipped_lines, dateColumn).toEqual([{ line, reason: 'totals', text: '2025-01-10, 2025-01-11, , , 36.75, 10' }]);
    }
  });

  it('skips the summary row of an export without a day breakdown, each campaign over the whole range', () => {
    const text = [META_HEADER, '2025-01-01,2025-01-31,,,300.00,30', '2025-01-01,2025-01-31,Spring,active,100.00,10', '2025-01-01,2025-01-31,Crime club,active,200.00,20'].join('\n');
    const result = read(text, metaMapping('Reporting ends'));
    expect(result.summary.error_count).toBe(0);
    expect(result.rows).toEqual([
      { kpi: 'spend', date: '2025-01-31', value: 300 },
      { kpi: 'clicks', date: '2025-01-31', value: 30 },
    ]);
    expect(result.summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([[2, 'totals']]);
  });

  it('skips a row of several days that covers the days above it (Start date / End date), with no breakdown column to tell', () => {
    const text = 'Start date;End date;Visits\n01.01.2025;01.01.2025;70\n02.01.2025;02.01.2025;30\n01.01.2025;02.01.2025;100\n03.01.2025;03.01.2025;5\n01.01.2025;03.01.2025;105\n';
    const result = read(text, { format: 'wide', date_column: 'End date', columns: { Visits: 'clicks' } });
    expect(result.summary.error_count).toBe(0);
    expect(result.rows.map((r) => [r.date, r.value])).toEqual([
      ['2025-01-01', 70],
      ['2025-01-02', 30],
      ['2025-01-03', 5],
    ]);
    expect(result.summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([
      [4, 'totals'],
      [6, 'totals'],
    ]);
  });

  it('reads rows of weeks cut at the range’s ends, and refuses a row over weeks it overlaps, naming the first', () => {
    const weeks = 'Start date;End date;Visits\n01.01.2025;05.01.2025;70\n06.01.2025;12.01.2025;30\n13.01.2025;15.01.2025;5\n';
    const mapping: MeasurementMapping = { format: 'wide', date_column: 'End date', columns: { Visits: 'clicks' } };
    expect(read(weeks, mapping).summary.errors).toEqual([]);
    expect(read(weeks, mapping).rows.map((r) => r.value)).toEqual([70, 30, 5]);
    expect(read(`${weeks}01.01.2025;15.01.2025;105\n`, mapping).summary.errors).toEqual([
      expect.objectContaining({ code: 'overlapping_periods', line: 5, params: { start: '2025-01-01', end: '2025-01-15', first_line: 2, first_start: '2025-01-01', first_end: '2025-01-05' } }),
    ]);
  });

  it('refuses rows of a day under a row of the whole range that nothing marks as the summary, naming its line (Fra / Til)', () => {
    const text = 'Fra;Til;Besøk\n01.01.2025;03.01.2025;60\n01.01.2025;01.01.2025;10\n02.01.2025;02.01.2025;20\n03.01.2025;03.01.2025;30\n';
    const result = read(text, { format: 'wide', date_column: 'Til', columns: { Besøk: 'clicks' } });
    expect(result.summary.errors).toEqual([
      expect.objectContaining({
        code: 'overlapping_periods',
        path: 'Fra',
        line: 3,
        column: 1,
        params: { start: '2025-01-01', end: '2025-01-01', first_line: 2, first_start: '2025-01-01', first_end: '2025-01-03' },
      }),
    ]);
  });

  it('skips a row whose breakdown columns, named in the mapping, are all empty; a missing one is an error', () => {
    const text = 'Dato;Kanal;Besøk\n01.01.2025;;30\n01.01.2025;Nyhetsbrev;10\n01.01.2025;Annonser;20\n';
    const mapping: MeasurementMapping = { format: 'wide', date_column: 'Dato', columns: { Besøk: 'clicks' }, breakdowns: ['Kanal'] };
    const result = read(text, mapping);
    expect(result.summary.error_count).toBe(0);
    expect(result.rows).toEqual([{ kpi: 'clicks', date: '2025-01-01', value: 30 }]);
    expect(result.summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([[2, 'totals']]);
    expect(read(text, { ...mapping, breakdowns: ['Kampanje'] }).summary.errors).toEqual([expect.objectContaining({ code: 'missing_column', path: 'Kampanje', line: 1 })]);
  });
});
