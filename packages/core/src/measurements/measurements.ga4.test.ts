import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Measurement } from '../plan/plan.schema.js';
import { addDays } from '../shared/dates.js';
import { parseMeasurementCsv } from './measurements.importer.js';
import type { Ga4Mapping } from './measurements.schema.js';

const kpis = [{ id: 'visits' }, { id: 'users' }, { id: 'new-users' }, { id: 'enquiries' }, { id: 'revenue' }, { id: 'orders' }];

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

function parse(text: string, columns: Record<string, string>, extra: Partial<Ga4Mapping> = {}) {
  return parseMeasurementCsv(text, { mapping: { format: 'ga4', columns, ...extra }, kpis });
}

/** The fixture's own lines split on commas: an independent reading to check the import against. */
function plainLines(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.split(','));
}

function sum(rows: readonly Measurement[], kpi: string): number {
  return rows.filter((r) => r.kpi === kpi).reduce((total, r) => total + r.value, 0);
}

describe('GA4 CSV exports', () => {
  it('reads a daily report: comments, byte order mark, rows in any order, the "Grand total" row passed over', () => {
    const text = fixture('ga4-daily.csv');
    const { rows, summary } = parse(text, { Sessions: 'visits', 'Key events': 'enquiries', 'Total revenue': 'revenue' });
    expect(summary.errors).toEqual([]);
    const lines = plainLines(text);
    const header = lines.find((l) => l[0] === 'Date') as string[];
    const totals = lines.find((l) => l[0] === 'Grand total') as string[];
    for (const [column, kpi] of [
      ['Sessions', 'visits'],
      ['Key events', 'enquiries'],
      ['Total revenue', 'revenue'],
    ] as const) {
      expect(sum(rows, kpi)).toBeCloseTo(Number(totals[header.indexOf(column)]), 6);
    }
    expect(summary.kpis.map((k) => [k.kpi, k.rows, k.from, k.to])).toEqual([
      ['enquiries', 31, '2027-01-01', '2027-01-31'],
      ['revenue', 31, '2027-01-01', '2027-01-31'],
      ['visits', 31, '2027-01-01', '2027-01-31'],
    ]);
    expect(summary.ignored_columns).toEqual(['Engaged sessions']);
    // Eight comment lines and the totals row.
    expect(summary.skipped).toBe(9);
  });

  it('reads the "Nth day" tables of a reports snapshot and passes over the tables without a date', () => {
    const text = fixture('ga4-reports-snapshot.csv');
    const { rows, summary } = parse(text, { 'Active users': 'users', Sessions: 'visits', 'New users': 'new-users' });
    expect(summary.errors).toEqual([]);
    for (const kpi of ['users', 'visits', 'new-users']) {
      expect(summary.kpis.find((k) => k.kpi === kpi)).toMatchObject({ kpi, rows: 14, days: 14, replaced: 0, from: '2027-02-01', to: '2027-02-14' });
    }
    // Day 0003 of the first table (active users) is the fourth day of the range.
    const lines = plainLines(text);
    const activeUsersDay3 = lines[lines.findIndex((l) => l.join(',') === 'Nth day,Active users') + 4] as string[];
    expect(activeUsersDay3[0]).toBe('0003');
    expect(rows).toContainEqual({ kpi: 'users', date: addDays('2027-02-01', 3), value: Number(activeUsersDay3[1]) });
    expect(summary.ignored_columns).toEqual(['Views']);
  });

  it('reads a "Year month" exploration with CRLF, dating each month on its last day, the empty totals row passed over', () => {
    const text = fixture('ga4-year-month.csv');
    const { rows, summary } = parse(text, { Sessions: 'visits', 'Ecommerce purchases': 'orders' });
    expect(summary.errors).toEqual([]);
    expect(rows.filter((r) => r.kpi === 'orders').map((r) => r.date)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2027-05-31',
      '2027-06-30',
      '2027-07-31',
      '2027-08-31',
      '2027-09-30',
      '2027-10-31',
      '2027-11-30',
      '2027-12-31',
    ]);
    const lines = plainLines(text);
    const totals = lines.find((l) => l[0] === '' && l.length > 1) as string[];
    expect(sum(rows, 'visits')).toBe(Number(totals[1]));
    expect(sum(rows, 'orders')).toBe(Number(totals[2]));
  });

  it('names the problems of a broken export: a table split by channel, an impossible date, a metric that is no number', () => {
    const { rows, summary } = parse(fixture('ga4-broken.csv'), { Sessions: 'visits' });
    expect(summary.errors).toEqual([
      {
        path: 'Date',
        code: 'repeated_date',
        params: { date: '2027-02-01', first_line: 7 },
        line: 8,
        column: 1,
        message: '2027-02-01 is also on line 7: the table seems split by another dimension; download it with the date as its only dimension',
      },
      { path: 'Date', code: 'invalid_date', params: { value: '20270230' }, line: 10, column: 1, message: '"20270230" is not a date' },
      { path: 'Sessions', code: 'not_a_number', params: { value: 'n/a' }, line: 11, column: 3, message: '"n/a" is not a number' },
    ]);
    expect(rows.map((r) => r.date)).toEqual(['2027-02-01', '2027-02-02']);
    expect(summary.ignored_columns).toEqual(['Session default channel group']);
  });

  it('says which mapped column no table has, and which mapped KPI does not exist', () => {
    const text = '# Start date: 20270101\nDate,Sessions\n20270101,5\n';
    const { summary } = parse(text, { Sessions: 'visits', Conversions: 'enquiries', 'Total revenue': 'sales' });
    expect(summary.errors).toEqual([
      {
        path: 'Total revenue',
        code: 'unknown_reference',
        params: { kind: 'kpi', id: 'sales' },
        line: 2,
        message: 'the column maps to no kpi with id "sales" (known: visits, users, new-users, enquiries, revenue, orders)',
      },
      {
        path: 'Conversions',
        code: 'missing_column',
        params: { column: 'Conversions', columns: [] },
        message: 'no table in the file has the column "Conversions" next to a date',
      },
    ]);
  });

  it('says when a file has only comments', () => {
    expect(parse('# Start date: 20270101\n# End date: 20270131\n', { Sessions: 'visits' }).summary.errors).toEqual([
      { path: '', code: 'no_header', message: 'the file has no header row' },
    ]);
  });

  it('needs the start date for "Nth day", and a range within one year for a bare "Month"', () => {
    expect(parse('Nth day,Sessions\n0000,5\n', { Sessions: 'visits' }).summary.errors[0]).toMatchObject({
      code: 'no_start_date',
      params: { value: '0000' },
      message: '"0000" counts from the start of the report, but the file has no "# Start date" line',
    });
    const oneYear = '# Start date: 20270101\n# End date: 20271231\nMonth,Sessions\n01,5\n02,6\n';
    expect(parse(oneYear, { Sessions: 'visits' }).rows.map((r) => r.date)).toEqual(['2027-01-31', '2027-02-28']);
    const twoYears = '# Start date: 20261201\n# End date: 20270131\nMonth,Sessions\n12,5\n';
    expect(parse(twoYears, { Sessions: 'visits' }).summary.errors[0]).toMatchObject({
      code: 'incomplete_date',
      params: { value: '12', unit: 'year' },
      message: '"12" has no year and the report\'s range spans more than one: download it by Date or Year month instead',
    });
    const twoMonths = '# Start date: 20270115\n# End date: 20270215\nDay,Sessions\n03,5\n';
    expect(parse(twoMonths, { Sessions: 'visits' }).summary.errors[0]).toMatchObject({ code: 'incomplete_date', params: { value: '03', unit: 'month' } });
  });

  it('dates a table by Year and Month together, by ISO week, by Nth week and by Nth month', () => {
    const table = (header: string, ...rows: string[]): string => ['# Start date: 20270104', header, ...rows].join('\n');
    const dates = (text: string): string[] => parse(text, { Sessions: 'visits' }).rows.map((r) => r.date);
    expect(dates(table('Month,Year,Sessions', '12,2026,1', '01,2027,2'))).toEqual(['2026-12-31', '2027-01-31']);
    expect(dates(table('ISO year ISO week,Sessions', '202701,1', '202653,2'))).toEqual(['2027-01-10', '2027-01-03']);
    expect(dates(table('Nth week,Sessions', '0000,1', '0001,2'))).toEqual(['2027-01-10', '2027-01-17']);
    expect(dates(table('Nth month,Sessions', '0000,1', '0002,2'))).toEqual(['2027-01-31', '2027-03-31']);
    expect(dates(table('Year,Sessions', '2027,1'))).toEqual(['2027-12-31']);
  });

  it('refuses hourly rows, and reads a time column of another language when the mapping names it', () => {
    const hourly = 'Date + hour (YYYYMMDDHH),Sessions\n2027010100,5\n';
    expect(parse(hourly, { Sessions: 'visits' }).summary.errors[0]).toMatchObject({
      path: 'Date + hour (YYYYMMDDHH)',
      code: 'hourly_rows',
      params: { column: 'Date + hour (YYYYMMDDHH)' },
      line: 1,
      message: '"Date + hour (YYYYMMDDHH)" has one row per hour: download the report by Date instead',
    });
    const norwegian = '# Startdato: 20270101\nDato,Økter\n20270101,5\n';
    expect(parse(norwegian, { Økter: 'visits' }, { date_column: 'Dato' }).rows).toEqual([{ kpi: 'visits', date: '2027-01-01', value: 5 }]);
  });
});
