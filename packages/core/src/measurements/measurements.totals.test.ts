import { describe, expect, it } from 'vitest';
import { parseMeasurementCsv } from './measurements.importer.js';
import type { MeasurementMapping } from './measurements.schema.js';

const kpis = [{ id: 'clicks' }, { id: 'cost' }, { id: 'visits' }];
const wide: MeasurementMapping = { format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks', Cost: 'cost' } };
const read = (text: string, mapping: MeasurementMapping = wide) => parseMeasurementCsv(text, { mapping, kpis });
const sumOf = (text: string, kpi: string, mapping?: MeasurementMapping) =>
  read(text, mapping)
    .rows.filter((r) => r.kpi === kpi)
    .reduce((sum, r) => sum + r.value, 0);

describe('totals and summary rows', () => {
  it.each([
    'Total',
    'Totals',
    'Grand total',
    'Total: account',
    'Total: campaign',
    'Total: Search campaigns',
    'Summa',
    'Totalt',
    'I alt',
    'Sum',
    'Totals (3 campaigns)',
  ])('skips a row labelled "%s" and lists it, never adding it in', (label) => {
    for (const [cells, line] of [
      [`${label},,22,11.5`, 'in the date column'],
      [`,${label},22,11.5`, 'in another column'],
    ] as const) {
      const text = `Day,Campaign,Clicks,Cost\n2025-01-01,A,10,5.5\n2025-01-02,A,12,6\n${cells}\n`;
      const { summary } = read(text);
      expect(summary.error_count, line).toBe(0);
      expect(sumOf(text, 'clicks'), line).toBe(22);
      expect(summary.skipped_lines, line).toEqual([{ line: 4, reason: 'totals', text: cells.split(',').join(', ') }]);
    }
  });

  it('skips a closing sum row without a label, its numbers the sums of the rows above', () => {
    const text = 'Day;Campaign;Clicks;Cost\n2025-01-01;A;10;5,5\n2025-01-02;B;12;6,25\n;;22;11,75\n';
    const { summary } = read(text, { ...wide, locale: 'nb' } as MeasurementMapping);
    expect(summary.error_count).toBe(0);
    expect(summary.skipped_lines).toEqual([{ line: 4, reason: 'sum', text: ', , 22, 11,75' }]);
    expect(sumOf(text, 'cost', { ...wide, locale: 'nb' } as MeasurementMapping)).toBe(11.75);
  });

  it('reads a closing sum row as its column reads its numbers: a Danish "158.130" under "21.467"s is their sum, with any locale or none', () => {
    const danish = 'Dato;Besøg;Omsætning\n07.01.2025;21.467;1.292,50\n08.01.2025;136.663;998,00\n;158.130;2.290,50\n';
    const mapping: MeasurementMapping = { format: 'wide', date_column: 'Dato', columns: { Besøg: 'visits', Omsætning: 'cost' } };
    for (const locale of [undefined, 'da', 'en'] as const) {
      const { rows, summary } = read(danish, locale ? { ...mapping, locale } : mapping);
      expect(summary.errors, locale).toEqual([]);
      expect(summary.skipped_lines, locale).toEqual([{ line: 4, reason: 'sum', text: ', 158.130, 2.290,50' }]);
      expect(rows.filter((r) => r.kpi === 'visits').map((r) => r.value)).toEqual([21467, 136663]);
    }
    // A long file whose values all read two ways, decided by its ';' and the locale at the end.
    const long = read('kpi;date;value\nvisits;2025-01-01;21.467\nvisits;2025-01-02;136.663\n;;158.130\n', { format: 'long', locale: 'da' });
    expect(long.summary.errors).toEqual([]);
    expect(long.summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([[4, 'sum']]);
    // A column that decided its decimal comma reads its last row so, never the other way: "4.000" is 4000, no sum of 1,5 and 2,5.
    expect(read('Day;Clicks\n2025-01-01;1,5\n2025-01-02;2,5\n;4.000\n', { format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks' } }).summary.errors).toMatchObject([{ line: 4, path: 'Day' }]);
  });

  it('skips sum rows after each stretch (a sum per quarter) and a grand sum after them', () => {
    const text = 'Day,Clicks\n2025-01-31,1\n2025-02-28,2\n,3\n2025-04-30,4\n,4\n,7\n';
    const { summary } = read(text, { format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks' } });
    expect(summary.error_count).toBe(0);
    expect(summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([
      [4, 'sum'],
      [6, 'sum'],
      [7, 'sum'],
    ]);
  });

  it('refuses a row without a date whose numbers are not the sums above: it is data that lost its date', () => {
    const text = 'Day,Campaign,Clicks,Cost\n2025-01-01,A,10,5.5\n2025-01-02,A,12,6\n,B,7,1\n';
    const { summary } = read(text);
    expect(summary.error_count).toBe(1);
    expect(summary.errors[0]).toMatchObject({ line: 4, path: 'Day' });
  });

  it('reads a row with a date as data even when another cell says "Total"', () => {
    const text = 'Day,Campaign,Clicks,Cost\n2025-01-01,Total Recall,10,5.5\n2025-01-02,Total: brand,12,6\n';
    expect(sumOf(text, 'clicks')).toBe(22);
    expect(read(text).summary.skipped).toBe(0);
  });

  it.each(['Totalt', 'I alt', 'Total', ' Summa '])('skips a day\u2019s subtotal "%s" beside its date instead of adding it to the rows it sums', (label) => {
    const summed = [{ id: 'clicks', aggregation: 'sum' as const }];
    const wideText = `Day;Channel;Clicks\n2025-03-01;Organic;100\n2025-03-01;Paid;50\n2025-03-01;${label};150\n2025-03-02;Organic;10\n`;
    const longText = `date;kpi;value;channel\n2025-03-01;clicks;100;Organic\n2025-03-01;clicks;50;Paid\n2025-03-01;clicks;150;${label}\n`;
    for (const [text, mapping] of [
      [wideText, { format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks' } }],
      [longText, { format: 'long' }],
    ] as const) {
      const { rows, summary } = parseMeasurementCsv(text, { mapping, kpis: summed });
      expect(rows.find((r) => r.date === '2025-03-01')?.value).toBe(150);
      expect(summary.error_count).toBe(0);
      expect(summary.skipped_lines).toEqual([{ line: 4, reason: 'totals', text: expect.stringContaining(label.trim()) }]);
    }
  });

  it('skips the totals row of a long file and its closing sum', () => {
    const text = 'kpi,date,value\nvisits,2025-01-01,5\nvisits,2025-01-02,7\nTotal,,12\n,,12\n';
    const { rows, summary } = read(text, { format: 'long' });
    expect(summary.error_count).toBe(0);
    expect(rows.map((r) => r.value)).toEqual([5, 7]);
    expect(summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([
      [4, 'totals'],
      [5, 'sum'],
    ]);
  });

  it('skips GA4’s grand total line right after the header and lists it', () => {
    const text = '# Start date: 20250101\n# End date: 20250102\nDate,Sessions\nGrand total,11\n20250101,5\n20250102,6\n';
    const { rows, summary } = parseMeasurementCsv(text, { mapping: { format: 'ga4', columns: { Sessions: 'visits' } }, kpis });
    expect(rows.map((r) => r.value)).toEqual([5, 6]);
    expect(summary.skipped_lines).toEqual([
      { line: 1, reason: 'comment', text: '# Start date: 20250101' },
      { line: 2, reason: 'comment', text: '# End date: 20250102' },
      { line: 4, reason: 'totals', text: 'Grand total, 11' },
    ]);
  });
});
