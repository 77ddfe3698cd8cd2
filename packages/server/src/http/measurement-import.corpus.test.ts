import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FieldError } from '@kurs/core';
import { describe, expect } from 'vitest';
import type { MeasurementImportReport } from '../services/measurement-import.service.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { startTestServer, withWorkspace } from '../testing/http.js';

/*
 * The export corpus (packages/core/test/fixtures/exports, written by make-corpus.mjs there):
 * each file as its tool writes it, imported through the HTTP route as bytes, and what is stored
 * compared with the expected values beside it, worked out from the numbers the file was made from.
 */

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../core/test/fixtures/exports');

interface Expected {
  about: string;
  cases: { mapping: object; expect?: Record<string, { count: number; first: string; last: string; sum: number }>; refused?: true }[];
}

function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return corpusFiles(path);
    return entry.name.endsWith('.expected.json') ? [path.slice(0, -'.expected.json'.length)] : [];
  });
}

const files = corpusFiles(CORPUS).sort();

/** The corpus's KPIs, each with the unit and aggregation that say whether a day's rows add up. */
const PLAN_YAML = `kurs: 1
plan: { name: Export corpus, period: { start: 2025-01-01, end: 2025-12-31 } }
kpis:
  - { id: sessions, name: Sessions, unit: count, aggregation: sum }
  - { id: users, name: Active users, unit: count, aggregation: average }
  - { id: new-users, name: New users, unit: count, aggregation: sum }
  - { id: revenue, name: Revenue, unit: currency, aggregation: sum }
  - { id: sc-clicks, name: Search clicks, unit: count, aggregation: sum }
  - { id: sc-impressions, name: Search impressions, unit: count, aggregation: sum }
  - { id: sc-ctr, name: Search CTR, unit: percent, aggregation: average }
  - { id: ads-clicks, name: Ad clicks, unit: count, aggregation: sum }
  - { id: ads-impressions, name: Ad impressions, unit: count, aggregation: sum }
  - { id: ads-cost, name: Ad cost, unit: currency, aggregation: sum }
  - { id: meta-spend, name: Meta spend, unit: currency, aggregation: sum }
  - { id: meta-clicks, name: Meta link clicks, unit: count, aggregation: sum }
  - { id: meta-ctr, name: Meta CTR, unit: percent, aggregation: average }
  - { id: email-delivered, name: Emails delivered, unit: count, aggregation: sum }
  - { id: email-clicks, name: Email clicks, unit: count, aggregation: sum }
  - { id: new-followers, name: New followers, unit: count, aggregation: sum }
  - { id: orders, name: Orders, unit: count, aggregation: sum }
  - { id: deals-won, name: Deals won, unit: currency, aggregation: sum }
  - { id: visits, name: Visits, unit: count, aggregation: sum }
`;
const KPIS = [...PLAN_YAML.matchAll(/\{ id: ([\w-]+)/g)].map((m) => m[1]!);
const PLAN = '/api/v1/workspaces/acme/plans/corpus';

describe.each(TEST_DATABASES)('the export corpus imported on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'acme', name: 'Acme' }, { corpus: PLAN_YAML }));

  /** Sends the file's bytes as they are, as a browser uploads them. */
  const upload = (bytes: Buffer, mapping: object) => {
    const { cookie, csrf } = api.owner.credentials;
    return fetch(`${api.url}${PLAN}/measurements/import?mapping=${encodeURIComponent(JSON.stringify(mapping))}`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'text/csv' },
      body: bytes,
    });
  };

  const stored = async (kpi: string) =>
    ((await (await api.call('GET', `${PLAN}/measurements?kpi=${kpi}&limit=1000`)).json()) as { items: { date: string; value: number }[] }).items;

  for (const file of files) {
    const expected = JSON.parse(readFileSync(`${file}.expected.json`, 'utf8')) as Expected;
    expected.cases.forEach((c, index) => {
      run(`${relative(CORPUS, file)} #${index + 1}: ${expected.about}`, async () => {
        await api.call('DELETE', `${PLAN}/measurements?kpi=${KPIS.join(',')}`);
        const bytes = readFileSync(file);
        // Twice: importing a file again replaces its values, never adds them up again.
        for (let i = 0; i < 2; i++) {
          const res = await upload(bytes, c.mapping);
          // A report (200) or a problem (422): either way its errors say why, should the status be wrong.
          const body = (await res.json()) as { errors?: FieldError[]; summary?: MeasurementImportReport['summary'] };
          if (c.refused) {
            expect(res.status, JSON.stringify(body)).toBe(422);
            break;
          }
          expect(res.status, JSON.stringify(body.errors ?? body.summary?.errors ?? body)).toBe(200);
        }
        const kpis = c.refused ? Object.keys((c.mapping as { columns: Record<string, string> }).columns).map((k) => (c.mapping as { columns: Record<string, string> }).columns[k]!) : Object.keys(c.expect!);
        for (const kpi of kpis) {
          const values = await stored(kpi);
          if (c.refused) {
            expect(values, kpi).toEqual([]);
            continue;
          }
          const want = c.expect![kpi]!;
          const got = { count: values.length, first: values[0]?.date, last: values.at(-1)?.date, sum: values.reduce((a, v) => a + v.value, 0) };
          expect({ ...got, sum: Math.round(got.sum * 100) / 100 }, kpi).toEqual(want);
        }
      });
    });
  }
});
