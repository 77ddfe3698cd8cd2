import { describe, expect } from 'vitest';
import type { MeasurementImportReport } from '../services/measurement-import.service.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import type { FieldError } from '@kurs/core';
import { addPlan, problemOf, startTestServer, withWorkspace } from '../testing/http.js';

/*
 * Next month's export of the same report imports in one step: the mapping of a plan's last
 * import of a source (a recognised export, or the fingerprint of an unknown header) is used
 * when none is sent, and importing an overlapping period again updates, never duplicates.
 */

const PLAN_YAML = `kurs: 1
plan: { name: Mapping test, period: { start: 2025-01-01, end: 2025-12-31 } }
kpis:
  - { id: ads-clicks, name: Google Ads clicks, unit: count }
  - { id: ads-cost, name: Google Ads cost, unit: currency }
  - { id: visits, name: Webshop visits, aggregation: sum }
  - { id: meta-spend, name: Meta ad spend, unit: currency, aggregation: sum }
  - { id: meta-clicks, name: Meta link clicks, unit: count, aggregation: sum }
`;

const csv = (text: string) => ({ body: text, headers: { 'content-type': 'text/csv' } });
const query = (m: object) => `mapping=${encodeURIComponent(JSON.stringify(m))}`;

/** Google Ads' daily report by campaign (tab-separated, under its title and range lines). */
function googleAdsDaily(range: string, rows: [day: string, campaign: string, clicks: number, cost: string][]): string {
  return ['Campaign performance', range, 'Day\tCampaign\tClicks\tImpr.\tCTR\tCost', ...rows.map(([day, campaign, clicks, cost]) => `${day}\t${campaign}\t${clicks}\t1,000\t1.00%\t${cost}`), ''].join('\n');
}

const JANUARY = googleAdsDaily('January 29, 2025 - January 31, 2025', [
  ['2025-01-29', 'Brand', 10, '20.00'],
  ['2025-01-29', 'Generic', 5, '12.50'],
  ['2025-01-30', 'Brand', 11, '21.00'],
  ['2025-01-31', 'Brand', 12, '22.00'],
]);
// The next export overlaps January's last two days, with the clicks Google Ads counted since.
const FEBRUARY = googleAdsDaily('January 30, 2025 - February 1, 2025', [
  ['2025-01-30', 'Brand', 13, '21.00'],
  ['2025-01-31', 'Brand', 14, '22.00'],
  ['2025-02-01', 'Brand', 15, '23.00'],
  ['2025-02-01', 'Generic', 6, '9.00'],
]);

describe.each(TEST_DATABASES)('remembered import mappings on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'acme', name: 'Acme' }));
  let plans = 0;

  /** A new plan for each test, so that none remembers another's mapping. */
  const newPlan = () => addPlan(api, 'acme', `p${++plans}`, PLAN_YAML);
  const importFile = async (plan: string, text: string, params = ''): Promise<MeasurementImportReport> => {
    const res = await api.call('POST', `${plan}/measurements/import${params ? `?${params}` : ''}`, csv(text));
    expect(res.status).toBe(200);
    return (await res.json()) as MeasurementImportReport;
  };
  const stored = async (plan: string, kpi: string) =>
    ((await (await api.call('GET', `${plan}/measurements?kpi=${kpi}&limit=1000`)).json()) as { items: { date: string; value: number }[] }).items.map(({ date, value }) => [date, value]);
  const rememberedRows = async (planSlug: string) =>
    api.server.container.db.kysely
      .selectFrom('import_mappings')
      .innerJoin('plans', 'plans.id', 'import_mappings.plan_id')
      .select(['import_mappings.source', 'import_mappings.mapping'])
      .where('plans.slug', '=', planSlug)
      .execute();

  run('imports next month’s export without a mapping as the last one was mapped, updating the overlapping days', async () => {
    const plan = await newPlan();
    // Before any import the export is recognised and its proposal used.
    const first = await importFile(plan, JANUARY, 'dry_run=true');
    expect(first).toMatchObject({ source: { preset: 'google-ads-daily', name: 'Google Ads daily report' }, mapping_from: 'preset', delimiter: '\t' });
    expect('columns' in first.mapping ? first.mapping.columns : undefined).toEqual({ Clicks: 'ads-clicks', Cost: 'ads-cost' });

    // The person keeps one campaign's clicks only.
    const chosen = { format: 'wide', date_column: 'Day', columns: { Clicks: 'ads-clicks' }, filter: { Campaign: 'Brand' } };
    const january = await importFile(plan, JANUARY, query(chosen));
    expect(january).toMatchObject({ mapping_from: 'given', source: { preset: 'google-ads-daily' }, stored: 3 });

    const february = await importFile(plan, FEBRUARY);
    expect(february).toMatchObject({ mapping_from: 'remembered', mapping: chosen, stored: 3 });
    expect(await stored(plan, 'ads-clicks')).toEqual([
      ['2025-01-29', 10],
      ['2025-01-30', 13],
      ['2025-01-31', 14],
      ['2025-02-01', 15],
    ]);
    expect(await stored(plan, 'ads-cost')).toEqual([]);

    // The same export again changes nothing: no value is added twice.
    await importFile(plan, FEBRUARY);
    expect((await stored(plan, 'ads-clicks')).length).toBe(4);
  });

  run('remembers the mapping of a header no preset knows by its fingerprint, and not after a dry run', async () => {
    const plan = await newPlan();
    const sheet = (rows: string) => `Period end,Webshop visits,Comment\n${rows}`;
    const chosen = { format: 'wide', date_column: 'Period end', columns: { 'Webshop visits': 'visits' } };
    await importFile(plan, sheet('2025-01-31,100,\n'), `dry_run=true&${query(chosen)}`);
    expect(await rememberedRows(plan.split('/').pop()!)).toEqual([]);

    expect(await importFile(plan, sheet('2025-01-31,100,\n'), query(chosen))).toMatchObject({ source: null, mapping_from: 'given' });
    const rows = await rememberedRows(plan.split('/').pop()!);
    expect(rows).toEqual([{ source: expect.stringMatching(/^header:[0-9a-f]{14}$/), mapping: JSON.stringify(chosen) }]);

    expect(await importFile(plan, sheet('2025-02-28,120,new month\n'))).toMatchObject({ source: null, mapping_from: 'remembered', stored: 1 });
    expect(await stored(plan, 'visits')).toEqual([
      ['2025-01-31', 100],
      ['2025-02-28', 120],
    ]);
    // Another layout of the sheet is not read with it.
    expect(await importFile(plan, 'Period end,Visits\n2025-03-31,5\n', 'dry_run=true')).toMatchObject({ mapping_from: 'guessed' });
  });

  run('leaves out the columns of a deleted KPI, and forgets the mappings with the plan', async () => {
    const plan = await newPlan();
    const both = { format: 'wide', date_column: 'Day', columns: { Clicks: 'ads-clicks', Cost: 'ads-cost' } };
    await importFile(plan, JANUARY, query(both));

    const kpi = await api.call('GET', `${plan}/kpis/ads-cost`);
    expect((await api.call('DELETE', `${plan}/kpis/ads-cost`, { headers: { 'if-match': kpi.headers.get('etag')! } })).status).toBe(204);
    const next = await importFile(plan, FEBRUARY, 'dry_run=true');
    expect(next).toMatchObject({ mapping_from: 'remembered', mapping: { columns: { Clicks: 'ads-clicks' } } });
    expect(next.summary.error_count).toBe(0);

    const slug = plan.split('/').pop()!;
    expect(await rememberedRows(slug)).toHaveLength(1);
    const header = await api.call('GET', plan);
    expect((await api.call('DELETE', plan, { headers: { 'if-match': header.headers.get('etag')! } })).status).toBe(204);
    const left = await api.server.container.db.kysely.selectFrom('import_mappings').select('plan_id').where('plan_id', 'not in', api.server.container.db.kysely.selectFrom('plans').select('id')).execute();
    expect(left).toEqual([]);
  });

  run('reads a Meta Ads Manager export with its summary row by the proposal: the summary row is skipped, each day’s campaigns added once', async () => {
    const plan = await newPlan();
    const header = 'Reporting starts,Reporting ends,Campaign name,Campaign delivery,Amount spent (NOK),Link clicks,CTR (link click-through rate)';
    const days = ['2025-01-10,2025-01-10,Spring,active,10.50,3,1.5', '2025-01-10,2025-01-10,Crime club,active,20.25,4,2.5', '2025-01-11,2025-01-11,Spring,active,5.00,1,0.5'];
    const total = '2025-01-10,2025-01-11,,,35.75,8,1.6';
    for (const [rows, line] of [
      [[total, ...days], 2],
      [[...days, total], 5],
    ] as const) {
      const report = await importFile(plan, [header, ...rows, ''].join('\n'));
      expect(report).toMatchObject({ mapping_from: 'preset', source: { preset: 'meta-ads' }, mapping: { date_column: 'Reporting ends' }, stored: 4 });
      expect(report.summary.skipped_lines).toEqual([{ line, reason: 'totals', text: '2025-01-10, 2025-01-11, , , 35.75, 8, 1.6' }]);
      expect(await stored(plan, 'meta-spend')).toEqual([
        ['2025-01-10', 30.75],
        ['2025-01-11', 5],
      ]);
      expect(await stored(plan, 'meta-clicks')).toEqual([
        ['2025-01-10', 7],
        ['2025-01-11', 1],
      ]);
      // The next file is read with the remembered mapping, not the proposal.
      await api.call('DELETE', `${plan}/measurements?kpi=meta-spend,meta-clicks`);
      await api.server.container.db.kysely.deleteFrom('import_mappings').execute();
    }
  });

  run('refuses a file with a header and no rows on a dry run and a real run, and remembers a mapping only when it stored values', async () => {
    const plan = await newPlan();
    const slug = plan.split('/').pop()!;
    const chosen = { format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' } };
    const dry = await importFile(plan, 'Dato;Besøk\n', `dry_run=true&${query(chosen)}`);
    expect(dry.summary.errors).toEqual([expect.objectContaining({ code: 'no_rows', line: 1, params: { header_line: 1 } })]);
    const real = await api.call('POST', `${plan}/measurements/import?${query(chosen)}`, csv('Dato;Besøk\n'));
    expect(real.status).toBe(422);
    expect((await problemOf<{ errors: FieldError[] }>(real)).errors).toEqual([expect.objectContaining({ code: 'no_rows', line: 1 })]);
    expect(await rememberedRows(slug)).toEqual([]);

    // Rows that the filter all leaves out store nothing: read, counted, and no mapping kept.
    const filtered = await importFile(plan, 'Dato;Kanal;Besøk\n31.01.2025;Annonser;5\n', query({ ...chosen, filter: { Kanal: 'Nyhetsbrev' } }));
    expect(filtered).toMatchObject({ stored: 0, summary: { filtered: 1, error_count: 0 } });
    expect(await rememberedRows(slug)).toEqual([]);
  });

  run('reads a file with another delimiter than the remembered mapping’s without its decimal mark, and says so', async () => {
    const plan = await newPlan();
    const chosen = { format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' }, decimal_mark: ',' };
    expect(await importFile(plan, 'Dato;Besøk\n31.01.2025;1,5\n', query(chosen))).toMatchObject({ stored: 1 });

    // The same sheet next month: read as remembered, decimal comma and all.
    const same = await importFile(plan, 'Dato;Besøk\n28.02.2025;2,5\n', 'dry_run=true');
    expect(same).toMatchObject({ mapping_from: 'remembered', mapping: chosen, preview: [{ date: '2025-02-28', value: 2.5 }] });
    expect(same.mapping_dropped).toBeUndefined();

    // Saved by another program as a ',' file: "1,234" is not read as 1.234 because a ';' file had decimal commas.
    const other = await importFile(plan, 'Dato,Besøk\n28.02.2025,"1,234"\n', 'dry_run=true');
    expect(other).toMatchObject({ mapping_from: 'remembered', mapping_dropped: { fields: ['decimal_mark'], delimiter: ';' }, delimiter: ',' });
    expect(other.mapping).toEqual({ format: 'wide', date_column: 'Dato', columns: { Besøk: 'visits' } });
    expect(other.preview).not.toContainEqual(expect.objectContaining({ value: 1.234 }));
    expect(other.summary.errors).toEqual([expect.objectContaining({ code: 'ambiguous_decimal_mark', line: 2 })]);
  });

  run('asks for the period again rather than dating next month’s queries at last month’s end', async () => {
    const plan = await newPlan();
    const queries = 'Top queries,Clicks,Impressions,CTR,Position\nkrim bøker,289,3238,8.93%,6.3\nbokhandel oslo,90,5816,1.55%,14.7\n';
    const given = { format: 'wide', period: { start: '2025-01-01', end: '2025-01-31' }, columns: { Clicks: 'visits' } };
    expect(await importFile(plan, queries, query(given))).toMatchObject({ source: { preset: 'search-console-table' }, stored: 1 });
    const next = await importFile(plan, queries, 'dry_run=true');
    expect(next).toMatchObject({ mapping_from: 'remembered', mapping: { period: 'file', columns: { Clicks: 'visits' } } });
    expect(next.summary.errors).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/period/) }));
  });
});
