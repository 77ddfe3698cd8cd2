import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/http.js';

/*
 * SQLite has one writer, and an import is one transaction of seconds. Reads must not wait for
 * it, and must not see a part of it: they see the plan as it was until the import commits.
 */

const KPIS = 40;
const DAYS = 5_000; // 200 000 rows
const PLAN = '/api/v1/workspaces/acme/plans/p';

function file(offset = 0, lastLine = ''): string {
  const lines = ['kpi,date,value'];
  const start = Date.UTC(1990, 0, 1);
  for (let day = 0; day < DAYS; day++) {
    const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
    for (let kpi = 0; kpi < KPIS; kpi++) lines.push(`k${kpi},${date},${day + kpi + offset}`);
  }
  return `${lines.join('\n')}\n${lastLine}`;
}

describe('a large measurement import on sqlite', () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer('sqlite');
    await api.call('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } });
    const kpis = Array.from({ length: KPIS }, (_, i) => `  - { id: k${i}, name: KPI ${i}, aggregation: sum }`).join('\n');
    const plan = `kurs: 1\nplan: { name: Big, period: { start: 2027-01-01, end: 2027-12-31 } }\nkpis:\n${kpis}\n`;
    expect((await api.call('POST', '/api/v1/workspaces/acme/plans?id=p', { body: plan, headers: { 'content-type': 'application/yaml' } })).status).toBe(201);
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Reads of the plan, its measurements and readiness while the import runs: how many were answered before it, and what they saw. */
  async function importWhileReading(body: string) {
    let importing = true;
    const answered: { path: string; status: number; rows?: number }[] = [];
    const reader = async (path: string) => {
      while (importing) {
        const res = await api.call('GET', path);
        const json = (await res.json()) as { items?: unknown[] };
        if (importing) answered.push({ path, status: res.status, rows: json.items?.length });
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const readers = [reader('/api/ready'), reader(PLAN), reader(`${PLAN}/measurements?kpi=k7&limit=5`)];
    const imported = await api.call('POST', `${PLAN}/measurements/import`, { body, headers: { 'content-type': 'text/csv' } });
    importing = false;
    await Promise.all(readers);
    return { imported, answered };
  }

  it('answers reads while it runs, and they see none of it until it is stored whole', async () => {
    const { imported, answered } = await importWhileReading(file());
    expect(imported.status).toBe(200);
    expect(((await imported.json()) as { stored: number }).stored).toBe(KPIS * DAYS);
    for (const path of ['/api/ready', PLAN]) expect(answered.filter((a) => a.path === path && a.status === 200).length, path).toBeGreaterThanOrEqual(5);
    const measurementReads = answered.filter((a) => a.path.includes('/measurements'));
    expect(measurementReads.length).toBeGreaterThanOrEqual(5);
    expect(measurementReads.every((a) => a.status === 200 && a.rows === 0)).toBe(true);
    expect(((await (await api.call('GET', `${PLAN}/measurements?kpi=k7&limit=5`)).json()) as { items: unknown[] }).items).toHaveLength(5);
  });

  it('stores nothing when the last line is wrong, and reads meanwhile see the plan as it was', async () => {
    const before = await (await api.call('GET', `${PLAN}/measurements?kpi=k3&limit=1000`)).text();
    const { imported, answered } = await importWhileReading(file(1, 'k3,2030-01-01,not a number\n'));
    expect(imported.status).toBe(422);
    expect(answered.filter((a) => a.path.includes('/measurements')).length).toBeGreaterThanOrEqual(5);
    expect(await (await api.call('GET', `${PLAN}/measurements?kpi=k3&limit=1000`)).text()).toBe(before);
  });
});
