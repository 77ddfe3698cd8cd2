import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { FieldError, PlanDocument } from '@kurs/core';
import { fromDayNumber } from '@kurs/core';
import type { MeasurementImportReport } from '../services/measurement-import.service.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { problemOf, startTestServer, withWorkspace } from '../testing/http.js';
import { kpiSeriesSchema } from './engine.schemas.js';

const PLAN_YAML = `kurs: 1
plan: { name: Import test, period: { start: 2027-01-01, end: 2027-12-31 } }
kpis:
  - { id: visits, name: Webshop visits, aggregation: sum }
  - { id: revenue, name: Online revenue, unit: currency, aggregation: sum }
`;

const PLAN = '/api/v1/workspaces/acme/plans/p';
const csv = (text: string) => ({ body: text, headers: { 'content-type': 'text/csv' } });
const mapping = (m: object) => encodeURIComponent(JSON.stringify(m));

describe.each(TEST_DATABASES)('measurement import on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'acme', name: 'Acme' }, { p: PLAN_YAML }));

  const stored = async (kpi: string) =>
    ((await (await api.call('GET', `${PLAN}/measurements?kpi=${kpi}&limit=1000`)).json()) as { items: { date: string; value: number }[] }).items;

  run('previews a Norwegian CSV in a dry run, with every error and its line, and stores nothing', async () => {
    const file = 'kpi;dato;verdi\nvisits;31.01.2027;1 234,5\nvisits;28.02.2027;2 000\nsales;31.03.2027;5\nvisits;31.04.2027;7\n';
    const res = await api.call('POST', `${PLAN}/measurements/import?dry_run=true&mapping=${mapping({ format: 'long', locale: 'nb', date_column: 'dato', value_column: 'verdi' })}`, csv(file));
    expect(res.status).toBe(200);
    const report = (await res.json()) as MeasurementImportReport;
    expect(report.dry_run).toBe(true);
    expect(report.preview).toEqual([
      { kpi: 'visits', date: '2027-01-31', value: 1234.5 },
      { kpi: 'visits', date: '2027-02-28', value: 2000 },
    ]);
    expect(report.summary.error_count).toBe(2);
    expect(report.summary.errors.map((e) => e.line)).toEqual([4, 5]);
    expect(await stored('visits')).toEqual([]);
  });

  run('refuses a file with an error as a whole, then imports the fixed file once however often it is sent', async () => {
    const bad = 'kpi,date,value\nvisits,2027-01-31,100\nvisits,2027-02-28,oops\n';
    const refused = await api.call('POST', `${PLAN}/measurements/import`, csv(bad));
    expect(refused.status).toBe(422);
    expect((await problemOf<{ errors: FieldError[] }>(refused)).errors).toContainEqual(expect.objectContaining({ line: 3 }));
    expect(await stored('visits')).toEqual([]);

    const good = bad.replace('oops', '200');
    for (let i = 0; i < 2; i++) {
      const res = await api.call('POST', `${PLAN}/measurements/import`, csv(good));
      expect(((await res.json()) as MeasurementImportReport).stored).toBe(2);
    }
    expect(await stored('visits')).toEqual([
      { kpi: 'visits', date: '2027-01-31', value: 100 },
      { kpi: 'visits', date: '2027-02-28', value: 200 },
    ]);
  });

  run('imports a Google Analytics 4 export with its comment lines and YYYYMMDD dates', async () => {
    const ga4 = [
      '# ----------------------------------------',
      '# Reports snapshot',
      '# Start date: 20270301',
      '# End date: 20270303',
      '# ----------------------------------------',
      'Date,Sessions,Total revenue',
      '20270301,1200,5400.50',
      '20270302,1300,6100',
      '20270303,900,3000',
      '',
    ].join('\n');
    const res = await api.call('POST', `${PLAN}/measurements/import?mapping=${mapping({ format: 'ga4', columns: { Sessions: 'visits', 'Total revenue': 'revenue' } })}`, csv(ga4));
    expect(res.status).toBe(200);
    expect(((await res.json()) as MeasurementImportReport).stored).toBe(6);
    expect((await stored('revenue')).map((m) => m.value)).toEqual([5400.5, 6100, 3000]);
  });

  run('names a bad mapping field', async () => {
    const res = await api.call('POST', `${PLAN}/measurements/import?mapping=${mapping({ format: 'sideways' })}`, csv('a,b\n1,2\n'));
    expect(res.status).toBe(422);
    expect((await problemOf<{ errors: FieldError[] }>(res)).errors[0]!.path).toMatch(/^mapping/);
  });

  run('stores a file of many write batches whole, each value exactly, the rows of a repeated KPI and date added up', async () => {
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    const rows: { kpi: string; date: string; value: number }[] = [];
    for (let i = 0; i < 6_000; i++) for (const kpi of ['revenue', 'visits']) rows.push({ kpi, date: day(i), value: (i * 7919 + kpi.length) / 7 });
    // A second row of a date far from the first (another batch) and one right after it (the same batch): both KPIs add up.
    const repeats = [
      { kpi: 'visits', date: day(3), value: 0.5 },
      { kpi: 'revenue', date: day(5_999), value: 2 },
    ];
    await api.call('DELETE', `${PLAN}/measurements?kpi=visits,revenue`);
    // The second row of a date is another campaign's.
    const file = ['kpi,date,value,campaign', ...rows.map((r) => `${r.kpi},${r.date},${r.value},a`), ...repeats.map((r) => `${r.kpi},${r.date},${r.value},b`)].join('\n');
    const res = await api.call('POST', `${PLAN}/measurements/import`, csv(file));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ stored: rows.length, summary: { rows: rows.length + repeats.length, replaced: repeats.length } });

    const document = (await (await api.call('GET', `${PLAN}/document`)).json()) as PlanDocument;
    const expected = new Map(rows.map((r) => [`${r.kpi} ${r.date}`, r.value]));
    const got = new Map(document.measurements!.map((m) => [`${m.kpi} ${m.date}`, m.value]));
    for (const r of repeats) {
      const key = `${r.kpi} ${r.date}`;
      expect(got.get(key)).toBeCloseTo(expected.get(key)! + r.value, 9);
      got.delete(key);
      expected.delete(key);
    }
    expect(got).toEqual(expected);
  });

  run('a generated wide CSV, imported, gives the same numbers back as a series', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 30, maxLength: 30 }),
        async (days, values) => {
          const rows = days.map((d, i) => ({ date: new Date(Date.UTC(2027, 0, 1 + d)).toISOString().slice(0, 10), value: values[i]! / 100 }));
          const lines = ['dato;besøk', ...rows.map((r) => `${r.date};${String(r.value).replace('.', ',')}`)];
          await api.call('DELETE', `${PLAN}/measurements?kpi=visits`);
          const res = await api.call('POST', `${PLAN}/measurements/import?mapping=${mapping({ format: 'wide', date_column: 'dato', locale: 'nb', columns: { besøk: 'visits' } })}`, csv(lines.join('\n')));
          expect(res.status).toBe(200);
          const series = kpiSeriesSchema.parse(await (await api.call('GET', `${PLAN}/kpis/visits/series?grain=day`)).json());
          const expected = [...rows].sort((a, b) => a.date.localeCompare(b.date));
          expect(series.t.map((t, i) => [fromDayNumber(t), series.v[i]])).toEqual(expected.map((r) => [r.date, r.value]));
        },
      ),
      { numRuns: 15 },
    );
  });
});
