import { describe, expect, it } from 'vitest';
import { splitCsv } from './measurements.csv.js';
import type { ImportKpi } from './measurements.days.js';
import { createMeasurementImporter, parseMeasurementCsv } from './measurements.importer.js';
import type { MeasurementMapping } from './measurements.schema.js';

const kpis: ImportKpi[] = [
  { id: 'spend', unit: 'currency' },
  { id: 'clicks', aggregation: 'sum' },
  { id: 'ctr', unit: 'percent' },
  { id: 'followers', unit: 'count', aggregation: 'last' },
  { id: 'plain' },
  { id: 'reach', unit: 'count' },
];

const parse = (text: string, mapping: MeasurementMapping) => parseMeasurementCsv(text, { mapping, kpis });
const errorsOf = (text: string, mapping: MeasurementMapping) => parse(text, mapping).summary.errors.map((e) => `${e.line ?? '-'} ${e.path}: ${e.message}`);

/** A Meta Ads Manager export: one row per campaign per day. */
const meta = [
  'Reporting starts,Reporting ends,Campaign name,Amount spent (NOK),Link clicks,CTR (link click-through rate),Reach',
  '2025-01-01,2025-01-01,Spring sale,100.10,10,1.5,900',
  '2025-01-01,2025-01-01,Brand,200.20,20,2.5,800',
  '2025-01-02,2025-01-02,Spring sale,0.1,1,1.0,700',
  '2025-01-02,2025-01-02,Brand,0.2,2,3.0,600',
  '2025-01-02,2025-01-02,Retargeting,5,0,0,500',
].join('\n');
const metaMapping = (columns: Record<string, string>, more: Partial<MeasurementMapping> = {}): MeasurementMapping =>
  ({ format: 'wide', date_column: 'Reporting ends', columns, ...more }) as MeasurementMapping;

describe('several rows for one date', () => {
  it('add up for a KPI whose values add up (money, a sum aggregation), exactly as written', () => {
    const { rows, summary } = parse(meta, metaMapping({ 'Amount spent (NOK)': 'spend', 'Link clicks': 'clicks' }));
    expect(summary.errors).toEqual([]);
    expect(rows).toEqual([
      { kpi: 'spend', date: '2025-01-01', value: 300.3 },
      { kpi: 'clicks', date: '2025-01-01', value: 30 },
      { kpi: 'spend', date: '2025-01-02', value: 5.3 },
      { kpi: 'clicks', date: '2025-01-02', value: 3 },
    ]);
    expect(summary.kpis).toEqual([
      { kpi: 'clicks', rows: 5, days: 2, replaced: 3, summed: true, from: '2025-01-01', to: '2025-01-02', sum: 33, last: 3 },
      { kpi: 'spend', rows: 5, days: 2, replaced: 3, summed: true, from: '2025-01-01', to: '2025-01-02', sum: 305.6, last: 5.3 },
    ]);
    expect(summary).toMatchObject({ rows: 10, replaced: 6 });
  });

  it("stream: each row gives its day's sum so far, so the last value stored for a day is its whole sum", () => {
    const importer = createMeasurementImporter({ mapping: metaMapping({ 'Amount spent (NOK)': 'spend' }), kpis });
    const given = splitCsv(meta).records.flatMap((r) => importer.accept(r.cells, r.line).rows);
    expect(given.map((r) => `${r.date} ${r.value}`)).toEqual(['2025-01-01 100.1', '2025-01-01 300.3', '2025-01-02 0.1', '2025-01-02 0.3', '2025-01-02 5.3']);
  });

  it('are refused for rates, levels, distinct counts and KPIs that do not say their values add up, naming both lines and why', () => {
    expect(errorsOf(meta, metaMapping({ 'CTR (link click-through rate)': 'ctr' }))).toEqual([
      '3 ctr: "ctr" has a row for 2025-01-01 already (line 2); its rows of one date are not added up, as its unit is percent: keep one row per date (a filter in the mapping), or export the file without the extra breakdown',
      expect.stringMatching(/^5 ctr: .*line 4/),
      expect.stringMatching(/^6 ctr: .*line 4/),
    ]);
    expect(errorsOf(meta, metaMapping({ Reach: 'reach' }))[0]).toContain('its column "Reach" holds a rate, an average or a count of distinct people');
    expect(errorsOf(meta, metaMapping({ 'Link clicks': 'followers' }))[0]).toContain('its aggregation is last');
    expect(errorsOf(meta, metaMapping({ 'Link clicks': 'plain' }))[0]).toContain('set its aggregation to sum, or its unit to count or currency');
    // A rate named only by its column: a count unit does not make "Avg. CPC" add up.
    expect(errorsOf('date,Avg. CPC\n2025-01-01,1\n2025-01-01,2\n', { format: 'wide', columns: { 'Avg. CPC': 'reach' } })).toHaveLength(1);
    // The tools' own names of rates that no word of the list says: Google Ads' cost per conversion, GA4's Norwegian bounce rate.
    for (const column of ['Cost / conv.', 'Fluktfrekvens']) {
      expect(errorsOf(`date,${column}\n2025-01-01,1\n2025-01-01,2\n`, { format: 'wide', columns: { [column]: 'spend' } })).toHaveLength(1);
    }
  });

  it('give the preview the sum of the values stored and the value of the last date, in whatever order the dates come', () => {
    const { summary } = parse('date,source,CTR,Clicks\n2025-01-03,google,2.5,0.1\n2024-06-01,google,9,0.2\n2025-01-01,google,1.5,0.3\n2025-01-03,meta,,0.7\n', { format: 'wide', columns: { CTR: 'ctr', Clicks: 'clicks' } });
    expect(summary.errors).toEqual([]);
    expect(summary.kpis.map(({ kpi, sum, last }) => ({ kpi, sum, last }))).toEqual([
      { kpi: 'clicks', sum: 1.3, last: 0.8 },
      { kpi: 'ctr', sum: 13, last: 2.5 },
    ]);
  });

  it('take one row per date for any KPI, as before', () => {
    const { rows, summary } = parse('date,CTR\n2025-01-01,1.5\n2025-01-02,2.5\n', { format: 'wide', columns: { CTR: 'ctr' } });
    expect(summary.errors).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([1.5, 2.5]);
    expect(summary.kpis[0]).toMatchObject({ rows: 2, days: 2, summed: false });
  });

  it('in a long file add up the same way when a column tells them apart; rows that differ only in their values are refused, never added up', () => {
    const once = 'kpi,date,value,source\nclicks,2025-01-01,5,google\nclicks,2025-01-01,7,meta\n';
    expect(parse(once, { format: 'long' }).rows).toEqual([{ kpi: 'clicks', date: '2025-01-01', value: 12 }]);
    // The file exported twice into one: each row of the second copy names the line it repeats.
    const twice = once + 'clicks,2025-01-01,5,google\nclicks,2025-01-01,7,meta\n';
    const { summary } = parse(twice, { format: 'long' });
    expect(summary.errors.map((e) => [e.line, e.params])).toEqual([
      [4, { first_line: 2 }],
      [5, { first_line: 3 }],
    ]);
    expect(summary.errors[0]?.message).toMatch(/^this line repeats line 2 in every cell but its values: nothing tells the two rows apart/);
    expect(summary.repeated_records).toBe(2);
    expect(summary.kpis[0]).toMatchObject({ rows: 2, days: 1 });
    // A correction below the first value, or a lost campaign column: which it is, nothing says.
    expect(errorsOf('kpi,date,value\nclicks,2025-01-01,5\nclicks,2025-01-01,6\n', { format: 'long' })).toEqual([expect.stringMatching(/^3 : this line repeats line 2/)]);
    // The same in a wide file: a day's third row is checked against both before it.
    const wide = 'date,campaign,Clicks\n2025-01-01,a,1\n2025-01-01,b,2\n2025-01-01,b,3\n';
    expect(errorsOf(wide, { format: 'wide', columns: { Clicks: 'clicks' } })).toEqual([expect.stringMatching(/^4 : this line repeats line 3/)]);
  });

  it('in GA4 tables, which each hold the whole report, must agree instead of adding up', () => {
    const table = (sessions: number) => `# Start date: 20250101\n# End date: 20250101\nDate,Sessions\n20250101,${sessions}\n\n`;
    const same = parse(table(12) + table(12), { format: 'ga4', columns: { Sessions: 'clicks' } });
    expect(same.summary.errors).toEqual([]);
    expect(same.rows).toEqual([{ kpi: 'clicks', date: '2025-01-01', value: 12 }]);
    expect(errorsOf(table(12) + table(13), { format: 'ga4', columns: { Sessions: 'clicks' } })).toEqual([
      '9 clicks: "clicks" on 2025-01-01 is 12 on line 4 and 13 here: the tables of the file disagree',
    ]);
  });
});

describe('refusals', () => {
  const refusals = (text: string, mapping: MeasurementMapping) => parse(text, mapping).summary.errors.map(({ line, column, code, params }) => ({ line, column, code, params }));

  it('carry a code and the facts of why, for words in the reader’s language', () => {
    expect(refusals(meta, metaMapping({ 'CTR (link click-through rate)': 'ctr' }))[0]).toEqual({
      line: 3,
      // The value's cell, for the web app and the CLI to point at.
      column: 6,
      code: 'rows_not_summed',
      params: { kpi: 'ctr', date: '2025-01-01', first_line: 2, reason: 'unit', unit: 'percent' },
    });
    expect(refusals(meta, metaMapping({ Reach: 'reach' }))[0]?.params).toMatchObject({ reason: 'column', column: 'Reach' });
    expect(refusals(meta, metaMapping({ 'Link clicks': 'followers' }))[0]?.params).toMatchObject({ reason: 'aggregation', aggregation: 'last' });
    expect(refusals(meta, metaMapping({ 'Link clicks': 'plain' }))[0]?.params).toMatchObject({ reason: 'undeclared' });
    expect(refusals('kpi,date,value\nclicks,2025-01-01,5\nclicks,2025-01-01,6\n', { format: 'long' })).toEqual([
      { line: 3, column: 3, code: 'repeated_record', params: { first_line: 2 } },
    ]);
    // A row held until its column decided its decimal mark still points at its value's cell.
    expect(refusals('date,campaign,Clicks\n2025-01-01,a,1.234\n2025-01-01,a,2.345\n2025-01-02,a,0.5\n', { format: 'wide', columns: { Clicks: 'clicks' } })).toEqual([
      { line: 3, column: 3, code: 'repeated_record', params: { first_line: 2 } },
    ]);
    const table = (sessions: number) => `# Start date: 20250101\n# End date: 20250101\nDate,Sessions\n20250101,${sessions}\n\n`;
    expect(refusals(table(12) + table(13), { format: 'ga4', columns: { Sessions: 'clicks' } })).toEqual([
      { line: 9, column: 2, code: 'tables_disagree', params: { kpi: 'clicks', date: '2025-01-01', first_line: 4, first: 12, value: 13 } },
    ]);
  });

  it('of a file of one period say when it names no period, and when two of its tables (named by their header lines) give one KPI', () => {
    expect(refusals('Query,Clicks\nkrim,3\n', { format: 'wide', columns: { Clicks: 'clicks' }, period: 'file' })[0]).toMatchObject({ line: 1, code: 'no_period' });
    const report = '# Start date: 20250101\n# End date: 20250131\nChannel,Sessions\nOrganic,10\n\nCountry,Sessions\nNorway,10\n';
    expect(refusals(report, { format: 'ga4', columns: { Sessions: 'clicks' }, period: 'file' })).toEqual([
      { line: 6, column: 2, code: 'kpi_in_two_tables', params: { kpi: 'clicks', first_line: 3 } },
    ]);
  });
});

describe('a filter in the mapping', () => {
  it('reads only the rows whose cells are the given texts, and counts the others', () => {
    const { rows, summary } = parse(meta, metaMapping({ 'Amount spent (NOK)': 'spend', 'CTR (link click-through rate)': 'ctr' }, { filter: { 'Campaign name': ' Spring sale ' } }));
    expect(summary.errors).toEqual([]);
    expect(rows).toEqual([
      { kpi: 'spend', date: '2025-01-01', value: 100.1 },
      { kpi: 'ctr', date: '2025-01-01', value: 1.5 },
      { kpi: 'spend', date: '2025-01-02', value: 0.1 },
      { kpi: 'ctr', date: '2025-01-02', value: 1 },
    ]);
    expect(summary.filtered).toBe(3);
  });

  it('lists a totals row as totals, not as a row it left out', () => {
    const ads = 'Campaign,Day,Clicks\nBrand,2025-01-01,10\nSpring sale,2025-01-01,20\nTotal: account,--,30\n';
    const { rows, summary } = parse(ads, { format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks' }, filter: { Campaign: 'Brand' } });
    expect(summary.errors).toEqual([]);
    expect(rows).toEqual([{ kpi: 'clicks', date: '2025-01-01', value: 10 }]);
    expect(summary.filtered).toBe(1);
    expect(summary.skipped_lines).toEqual([{ line: 4, reason: 'totals', text: 'Total: account, --, 30' }]);
  });

  it('names a filter column the header does not have', () => {
    expect(errorsOf(meta, metaMapping({ 'Link clicks': 'clicks' }, { filter: { Campaign: 'Brand' } }))[0]).toMatch(/^1 Campaign: no column "Campaign" in the header/);
  });
});

describe('a file of one period', () => {
  const queries = 'Top queries,Clicks,Impressions,CTR,Position\nnordic crime,120,3000,4%,3.1\nkrim bøker,30,900,3.33%,5.2\n';

  it('gives one value per KPI, the sum of its rows, dated at the end of the period the mapping gives', () => {
    const { rows, summary } = parse(queries, { format: 'wide', columns: { Clicks: 'clicks' }, period: { start: '2025-01-01', end: '2025-01-31' } });
    expect(summary.errors).toEqual([]);
    expect(rows.at(-1)).toEqual({ kpi: 'clicks', date: '2025-01-31', value: 150 });
    expect(summary.period).toEqual({ start: '2025-01-01', end: '2025-01-31', line: null });
    expect(summary.kpis[0]).toMatchObject({ rows: 2, days: 1 });
    expect(errorsOf(queries, { format: 'wide', columns: { CTR: 'ctr' }, period: { end: '2025-01-31' } })).toHaveLength(1);
  });

  it("takes the period from the file's comment lines, passes over a totals row, and says when the file names none", () => {
    const text = '# Start date: 20250101\n# End date: 20250131\n' + queries + 'Total,150,3900,,\n';
    const { rows, summary } = parse(text, { format: 'wide', columns: { Clicks: 'clicks' }, period: 'file' });
    expect(rows.at(-1)).toEqual({ kpi: 'clicks', date: '2025-01-31', value: 150 });
    expect(summary.period).toEqual({ start: '2025-01-01', end: '2025-01-31', line: 2 });
    expect(errorsOf(queries, { format: 'wide', columns: { Clicks: 'clicks' }, period: 'file' })[0]).toMatch(/^1 : the file names no period above its header/);
  });

  it('reads a GA4 report without a time dimension as its period: the grand total passed over, tables by date left aside, one table per KPI', () => {
    const report = [
      '# Traffic acquisition',
      '# Start date: 20250101',
      '# End date: 20250131',
      'Session primary channel group (Default Channel Group),Sessions,Engaged sessions',
      'Grand total,1500,900',
      'Organic Search,1000,600',
      'Direct,500,300',
      '',
      'Date,Sessions',
      '20250101,40',
      '',
      'Country,Sessions',
      'Norway,1500',
    ].join('\n');
    const { rows, summary } = parse(report, { format: 'ga4', columns: { Sessions: 'clicks', 'Engaged sessions': 'spend' }, period: 'file' });
    expect(rows.filter((r) => r.kpi === 'clicks').at(-1)).toEqual({ kpi: 'clicks', date: '2025-01-31', value: 1500 });
    expect(summary.kpis.map((k) => [k.kpi, k.rows, k.days])).toEqual([
      ['clicks', 2, 1],
      ['spend', 2, 1],
    ]);
    expect(summary.errors.map((e) => `${e.line} ${e.message}`)).toEqual([
      '12 "clicks" is read from the table on line 4 already: each table holds the whole period, so only one may give it (map the other table\'s column to no KPI)',
    ]);
  });
});
