import { describe, expect } from 'vitest';
import type { FieldError } from '@kurs/core';
import type { MeasurementImportReport } from '../services/measurement-import.service.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { problemOf, startTestServer, withWorkspace } from '../testing/http.js';

/*
 * The import route reads a file's bytes as the tool wrote them: UTF-16 with a byte order mark
 * (Google Ads, Excel "Unicode text"), Windows-1252 (Excel "CSV" on a Nordic Windows), with a
 * report title above the header and totals rows under the table.
 */

const PLAN_YAML = `kurs: 1
plan: { name: Bytes test, period: { start: 2025-01-01, end: 2025-12-31 } }
kpis:
  - { id: visits, name: Besøk, aggregation: sum }
  - { id: clicks, name: Clicks, aggregation: sum }
`;

const PLAN = '/api/v1/workspaces/acme/plans/p';
const mapping = (m: object) => encodeURIComponent(JSON.stringify(m));
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => utf16le(text).swap16();

describe.each(TEST_DATABASES)('importing a file’s bytes on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'acme', name: 'Acme' }, { p: PLAN_YAML }));

  /** Posts the bytes as they are, as the web app and the CLI send a file. */
  const post = (query: string, bytes: Uint8Array) =>
    fetch(`${api.url}${PLAN}/measurements/import?${query}`, {
      method: 'POST',
      headers: { cookie: api.owner.credentials.cookie, 'x-csrf-token': api.owner.credentials.csrf, 'content-type': 'text/csv' },
      body: bytes,
    });

  const stored = async (kpi: string) =>
    ((await (await api.call('GET', `${PLAN}/measurements?kpi=${kpi}&limit=1000`)).json()) as { items: { date: string; value: number }[] }).items.map((m) => [m.date, m.value]);

  run('stores a Windows-1252 Excel file ("Besøk;Dato") and names its encoding', async () => {
    const file = 'Dato;Besøk;Område\r\n31.01.2025;1200;Sør\r\n28.02.2025;1300;Nord\r\n';
    const res = await post(`mapping=${mapping({ format: 'wide', date_column: 'Dato', locale: 'nb', columns: { Besøk: 'visits' } })}`, latin1(file));
    expect(res.status).toBe(200);
    const report = (await res.json()) as MeasurementImportReport;
    expect(report).toMatchObject({ encoding: 'windows-1252', delimiter: ';', stored: 2 });
    expect(report.summary.ignored_columns).toEqual(['Område']);
    expect(await stored('visits')).toEqual([
      ['2025-01-31', 1200],
      ['2025-02-28', 1300],
    ]);
  });

  run('reads a Google Ads report in UTF-16 with its title, date range and totals rows, little or big end first', async () => {
    const file = [
      'Campaign performance report',
      '1 January 2025 - 3 January 2025',
      'Day\tCampaign\tClicks',
      '2025-01-01\tVår – salg\t10',
      '2025-01-02\tVår – salg\t12',
      'Total: account\t--\t22',
      'Total: Search campaigns\t--\t22',
      '',
    ].join('\r\n');
    for (const [bytes, encoding] of [
      [utf16le(file), 'utf-16le'],
      [utf16be(file), 'utf-16be'],
    ] as const) {
      const res = await post(`dry_run=true&mapping=${mapping({ format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks' } })}`, bytes);
      expect(res.status).toBe(200);
      const report = (await res.json()) as MeasurementImportReport;
      expect(report).toMatchObject({ encoding, delimiter: '\t', summary: { header_line: 3, error_count: 0, rows: 2 } });
      expect(report.summary.skipped_lines.map((s) => [s.line, s.reason])).toEqual([
        [1, 'title'],
        [2, 'title'],
        [6, 'totals'],
        [7, 'totals'],
      ]);
      expect(report.preview.map((m) => m.value)).toEqual([10, 12]);
    }
    // Guessed from the header below the title when no mapping is given.
    const guessed = (await (await post('dry_run=true', utf16le(file))).json()) as MeasurementImportReport;
    expect(guessed.summary.header_line).toBe(3);
    expect(guessed.mapping).toMatchObject({ format: 'wide', date_column: 'Day', columns: { Clicks: 'clicks' } });
  });

  run('refuses a file that mixes UTF-8 and another encoding, at the line and column of the bad byte, and stores nothing', async () => {
    await api.call('DELETE', `${PLAN}/measurements?kpi=visits`);
    const bytes = Buffer.concat([Buffer.from('kpi,date,value\nvisits,2025-03-31,5\n# Besøk\nvisits,2025-04-30,6\n# Bes'), latin1('ø'), Buffer.from('k\n')]);
    const res = await post('', bytes);
    expect(res.status).toBe(422);
    const problem = await problemOf<{ detail: string; errors: FieldError[] }>(res);
    expect(problem.errors[0]).toMatchObject({ path: 'file', line: 5, column: 6 });
    expect(problem.detail).toContain('CSV UTF-8');
    expect(JSON.stringify(problem)).not.toContain('\uFFFD');
    expect(await stored('visits')).toEqual([]);
  });
});
