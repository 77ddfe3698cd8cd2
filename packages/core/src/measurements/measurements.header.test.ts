import { describe, expect, it } from 'vitest';
import { splitCsv } from './measurements.csv.js';
import { findHeader } from './measurements.header.js';
import { parseMeasurementCsv } from './measurements.importer.js';
import type { MeasurementMapping } from './measurements.schema.js';
import { readCsvHeader } from './measurements.suggest.js';

const kpis = [{ id: 'clicks' }, { id: 'cost' }, { id: 'visits' }];

const GOOGLE_ADS = [
  'Campaign performance report',
  '"January 1, 2025 - January 3, 2025"',
  'Day,Campaign,Clicks,Cost',
  '2025-01-01,Spring,10,5.50',
  '2025-01-02,Spring,12,6.00',
  '2025-01-03,Spring,8,4.25',
].join('\n');

const headerOf = (text: string, mapping?: MeasurementMapping) => findHeader(splitCsv(text).records, mapping)?.line;

describe('finding where the table starts', () => {
  it('skips a Google Ads report title and date range above the header, and lists them', () => {
    const { rows, summary } = parseMeasurementCsv(GOOGLE_ADS, { mapping: { format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks', Cost: 'cost' } }, kpis });
    expect(summary.error_count).toBe(0);
    expect(summary.header_line).toBe(3);
    expect(rows.filter((r) => r.kpi === 'clicks').map((r) => r.value)).toEqual([10, 12, 8]);
    expect(summary.skipped_lines).toEqual([
      { line: 1, reason: 'title', text: 'Campaign performance report' },
      { line: 2, reason: 'title', text: 'January 1, 2025 - January 3, 2025' },
    ]);
  });

  it('finds the header by the table’s shape when there is no mapping yet, also under an unquoted date range', () => {
    expect(readCsvHeader(GOOGLE_ADS)).toMatchObject({ line: 3, header: ['Day', 'Campaign', 'Clicks', 'Cost'] });
    const unquoted = GOOGLE_ADS.replace('"January 1, 2025 - January 3, 2025"', 'January 1, 2025 - January 3, 2025');
    expect(headerOf(unquoted)).toBe(3);
    const tab = GOOGLE_ADS.replaceAll(',', '\t').replace('"January 1\t 2025 - January 3\t 2025"', 'January 1, 2025 - January 3, 2025');
    expect(headerOf(tab)).toBe(3);
  });

  it('skips an Excel sheet’s title padded with delimiters and a blank row under it', () => {
    const sheet = 'Besøk per måned;;\n;;\nMåned;Besøk;Merknad\n01.2025;1200;\n02.2025;1300;kampanje\n';
    expect(headerOf(sheet)).toBe(3);
    const { rows, summary } = parseMeasurementCsv(sheet, { mapping: { format: 'wide', date_column: 'Måned', locale: 'nb', columns: { Besøk: 'visits' } }, kpis });
    expect(summary.errors).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([1200, 1300]);
    expect(summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([[1, 'title']]);
  });

  it('takes key and value lines above a wider table as its title', () => {
    const text = 'Account:,Acme\nCurrency:,NOK\nDate,Visits,Cost\n2025-01-01,5,10\n2025-01-02,6,12\n';
    expect(headerOf(text)).toBe(3);
  });

  it('finds the header a mapping names below lines that could pass for one', () => {
    const text = 'Report,Visits by day\nkpi,date,value\nvisits,2025-01-01,5\n';
    expect(headerOf(text, { format: 'long' })).toBe(2);
    expect(parseMeasurementCsv(text, { mapping: { format: 'long' }, kpis }).rows).toEqual([{ kpi: 'visits', date: '2025-01-01', value: 5 }]);
  });

  it('keeps the first record as the header of a plain file, a header-only file and a GA4 export', () => {
    expect(headerOf('date,visits\n2025-01-01,5\n')).toBe(1);
    expect(headerOf('date,visits\n')).toBe(1);
    expect(headerOf('# Start date: 20250101\n# End date: 20250102\nDate,Sessions\n20250101,5\n', { format: 'ga4', columns: { Sessions: 'visits' } })).toBe(3);
    expect(headerOf('\n# only comments\n')).toBeUndefined();
  });
});
