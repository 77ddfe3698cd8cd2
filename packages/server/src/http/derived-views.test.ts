import { bookshopPlan, exportPlan, type HealthReport, SEVERITIES, STEPS } from '@kurs/core';
import { gunzipSync } from 'node:zlib';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, vi } from 'vitest';
import { createContainer } from '../container.js';
import { PlanDocumentsRepository } from '../repositories/plan-documents.repository.js';
import { summaryOf } from '../services/health.service.js';
import type { TestApp } from '../testing/app.js';
import { startTestApp } from '../testing/app.js';
import { startedOn, TEST_DATABASES, type TestDatabaseKind } from '../testing/databases.js';
import { addPlan, withWorkspace } from '../testing/http.js';

const TODAY = '2026-11-24';
const WS = 'nordbok';
const doc = bookshopPlan({ today: TODAY });
const kpi = doc.kpis![0]!.id;
const goal = doc.goals![0]!.id;
const review = doc.reviews![0]!.id;

describe.each(TEST_DATABASES)('derived views answered from the cache on %s', (kind) => {
  const { started: t, run } = startedOn(kind, async () => withWorkspace<TestApp>(await startTestApp(kind), { id: WS, name: 'Nordbok' }));
  let plans = 0;
  const freshPlan = async () => {
    const id = `plan-${++plans}`;
    return { id, path: await addPlan(t, WS, id, exportPlan(doc, 'yaml')) };
  };
  const get = (path: string, headers: Record<string, string> = {}) => t.owner.call('GET', path, { headers });
  const reads = () => t.container.services.views.documentReads;

  afterEach(() => vi.restoreAllMocks());

  /** Each view's path and its answer computed without the cache, from the plan as stored now. */
  function views(id: string, path: string) {
    const { health, progress, planning } = t.container.services;
    return [
      { path: `${path}/health?today=${TODAY}`, uncached: () => health.check(WS, id, { today: TODAY }) },
      { path: `${path}/health?today=${TODAY}&locale=sv&step=kpis`, uncached: async () => onlyStep(await health.check(WS, id, { today: TODAY, locale: 'sv' }), 'kpis') },
      { path: `${path}/health/summary?today=${TODAY}`, uncached: async () => summaryOf(await health.check(WS, id, { today: TODAY })) },
      { path: `${path}/progress?today=${TODAY}`, uncached: () => progress.progress(WS, id, TODAY) },
      { path: `${path}/status?today=${TODAY}`, uncached: () => progress.status(WS, id, TODAY) },
      { path: `${path}/priorities?today=${TODAY}&method=rice`, uncached: async () => ({ items: await planning.priorities(WS, id, { today: TODAY, method: 'rice' }) }) },
      { path: `${path}/theme-budgets?today=${TODAY}`, uncached: () => planning.themeBudgets(WS, id, TODAY) },
      { path: `${path}/roadmap?today=${TODAY}&from=2026-01-01`, uncached: () => planning.roadmap(WS, id, { today: TODAY, from: '2026-01-01' }) },
    ];
  }

  run('answers every view as the computation without the cache does, the second time without reading the plan', async () => {
    const { id, path } = await freshPlan();
    const documentRead = vi.spyOn(PlanDocumentsRepository.prototype, 'read');
    const readsAtStart = reads();
    for (const view of views(id, path)) {
      const first = await get(view.path);
      expect(first.status, view.path).toBe(200);
      expect(first.headers.get('cache-control')).toBe('private, no-cache');
      expect(await first.json()).toEqual(JSON.parse(JSON.stringify(await view.uncached())));
    }
    // One read with the measurements served all of them (the uncached computations read their own).
    expect(reads()).toBe(readsAtStart + 1);
    const expected = await Promise.all(views(id, path).map(async (view) => JSON.parse(JSON.stringify(await view.uncached()))));
    documentRead.mockClear();
    const statements = countStatements(kind);
    for (const [i, view] of views(id, path).entries()) {
      const again = await get(view.path);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(expected[i]);
      const answered = statements.count();
      expect(answered).toBeGreaterThan(0);
      // The same request with the answer's tag: the checks (session, role, the plan's revision) and nothing else.
      expect((await get(view.path, { 'if-none-match': again.headers.get('etag')! })).status).toBe(304);
      expect(statements.count() - answered, view.path).toBe(answered);
      statements.reset();
    }
    expect(documentRead).not.toHaveBeenCalled();
  });

  run('a write through another server process on the same database changes the answer at once', async () => {
    const { id, path } = await freshPlan();
    const other = await createContainer(t.container.config);
    try {
      const before = await other.services.views.progress(WS, id, TODAY);
      const beforeBody = (await before.answer()).body;
      expect((await other.services.views.progress(WS, id, TODAY)).etag).toBe(before.etag);
      const res = await t.owner.call('POST', `${path}/measurements`, { json: { items: [{ kpi, date: '2026-11-20', value: 12345 }] } });
      expect(res.status).toBe(200);
      const after = await other.services.views.progress(WS, id, TODAY);
      expect(after.etag).not.toBe(before.etag);
      const afterBody = (await after.answer()).body;
      expect(afterBody).not.toBe(beforeBody);
      expect(JSON.parse(afterBody)).toEqual(JSON.parse(JSON.stringify(await other.services.progress.progress(WS, id, TODAY))));
    } finally {
      await other.close();
    }
  });

  run('reads the plan once for views asked at the same moment', async () => {
    const { path } = await freshPlan();
    const before = reads();
    const answers = await Promise.all([get(`${path}/health?today=${TODAY}`), get(`${path}/progress?today=${TODAY}`), get(`${path}/health/summary?today=${TODAY}`), get(`${path}/roadmap?today=${TODAY}`)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(reads()).toBe(before + 1);
  });

  run('answers 304 to If-None-Match with the current tag, and 200 with another tag for other inputs', async () => {
    const { path } = await freshPlan();
    const first = await get(`${path}/health?today=${TODAY}`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"r\d+-/);
    const before = reads();
    const again = await get(`${path}/health?today=${TODAY}`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // A strong form of the same tag, and a list naming it, match too (weak comparison).
    expect((await get(`${path}/health?today=${TODAY}`, { 'if-none-match': `"x", ${etag.slice(2)}` })).status).toBe(304);
    const otherDay = await get(`${path}/health?today=2026-11-25`, { 'if-none-match': etag });
    expect(otherDay.status).toBe(200);
    expect(otherDay.headers.get('etag')).not.toBe(etag);
    const otherLocale = await get(`${path}/health?today=${TODAY}&locale=da`, { 'if-none-match': etag });
    expect(otherLocale.status).toBe(200);
    // The 304 read nothing; the two new answers were computed from the kept document.
    expect(reads()).toBe(before);
  });

  run('sends a large answer gzipped to a client that takes gzip, the same text as plain', async () => {
    const { path } = await freshPlan();
    const plain = await (await get(`${path}/health?today=${TODAY}`)).text();
    for (const round of [1, 2]) {
      const zipped = await get(`${path}/health?today=${TODAY}`, { 'accept-encoding': 'gzip, deflate' });
      expect(zipped.headers.get('content-encoding'), `round ${round}`).toBe('gzip');
      expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(plain);
    }
  });

  run("the summary's counts are the full report's, and ?step= keeps only that step's findings with the same scores", async () => {
    const { path } = await freshPlan();
    const report = (await (await get(`${path}/health?today=${TODAY}`)).json()) as HealthReport;
    const summary = (await (await get(`${path}/health/summary?today=${TODAY}`)).json()) as ReturnType<typeof summaryOf>;
    expect(summary.scores).toEqual(report.scores);
    for (const severity of SEVERITIES) {
      expect(summary.counts[severity]).toBe(report.findings.filter((f) => f.severity === severity).length);
      for (const step of STEPS) expect(summary.steps[step][severity]).toBe(report.findings.filter((f) => f.step === step && f.severity === severity).length);
    }
    expect(report.findings.length).toBeGreaterThan(0);
    const step = report.findings[0]!.step;
    const filtered = (await (await get(`${path}/health?today=${TODAY}&step=${step}`)).json()) as HealthReport;
    expect(filtered.scores).toEqual(report.scores);
    expect(filtered.findings).toEqual(report.findings.filter((f) => f.step === step));
    expect((await get(`${path}/health?step=nowhere`)).status).toBe(400);
  });

  /** A write of each kind that can change a derived view; each gets a plan of its own. */
  const writes: Record<string, (path: string) => Promise<Response>> = {
    'a collection item created': (path) => t.owner.call('POST', `${path}/goals`, { json: { id: 'new-goal', title: 'Open a second shop', horizon: 'long' } }),
    'a collection item changed': async (path) => t.owner.call('PATCH', `${path}/goals/${goal}`, { json: { title: 'A new title' }, headers: { 'if-match': await etagOf(`${path}/goals/${goal}`) } }),
    'a collection item deleted': async (path) => t.owner.call('DELETE', `${path}/milestones/${doc.milestones![0]!.id}`, { headers: { 'if-match': await etagOf(`${path}/milestones/${doc.milestones![0]!.id}`) } }),
    'a review changed': async (path) => t.owner.call('PATCH', `${path}/reviews/${review}`, { json: { summary: 'Shorter.' }, headers: { 'if-match': await etagOf(`${path}/reviews/${review}`) } }),
    'the strategy replaced': async (path) => {
      const { strategy } = (await (await get(`${path}/strategy`)).json()) as { strategy: Record<string, unknown> };
      return t.owner.call('PUT', `${path}/strategy`, { json: { ...strategy, positioning: 'The bookshop of the north' }, headers: { 'if-match': await etagOf(`${path}/strategy`) } });
    },
    'the situation replaced': async (path) => t.owner.call('PUT', `${path}/situation`, { json: { usp: 'Books by the fjord' }, headers: { 'if-match': await etagOf(`${path}/situation`) } }),
    'the plan header changed': async (path) => t.owner.call('PATCH', path, { json: { name: 'Renamed' }, headers: { 'if-match': await etagOf(path) } }),
    'the plan document replaced': async (path) =>
      t.owner.call('PUT', `${path}/document`, { body: exportPlan({ ...doc, plan: { ...doc.plan, name: 'Replaced' } }, 'yaml'), headers: { 'content-type': 'application/yaml', 'if-match': await etagOf(`${path}/document`) } }),
    'measurements upserted': (path) => t.owner.call('POST', `${path}/measurements`, { json: { items: [{ kpi, date: '2026-11-20', value: 12345 }] } }),
    'measurements deleted': (path) => t.owner.call('DELETE', `${path}/measurements?kpi=${kpi}`),
    'measurements imported': (path) => t.owner.call('POST', `${path}/measurements/import`, { body: `kpi,date,value\n${kpi},2026-11-21,999\n`, headers: { 'content-type': 'text/csv' } }),
    'a quarter plan accepted': async (path) => {
      const { items } = (await (await get(`${path}/activities?limit=1000`)).json()) as { items: { id: string; status?: string; version: number }[] };
      const open = items.find((a) => a.status === 'idea')!;
      return t.owner.call('POST', `${path}/quarter-plan/accept`, { json: { activities: [{ id: open.id, version: open.version, start: '2026-12-01', end: '2026-12-20' }] } });
    },
  };

  async function etagOf(path: string): Promise<string> {
    const res = await get(path);
    await res.arrayBuffer();
    return res.headers.get('etag')!;
  }

  for (const [write, perform] of Object.entries(writes)) {
    run(`${write}: every cached view answers the plan after it`, async () => {
      const { id, path } = await freshPlan();
      const tags = new Map<string, string>();
      for (const view of views(id, path)) tags.set(view.path, await etagOf(view.path));
      const res = await perform(path);
      expect(res.status, await res.clone().text()).toBeLessThan(300);
      for (const view of views(id, path)) {
        const after = await get(view.path, { 'if-none-match': tags.get(view.path)! });
        expect(after.status, view.path).toBe(200);
        expect(await after.json()).toEqual(JSON.parse(JSON.stringify(await view.uncached())));
      }
    });
  }
});

/** Counts the SQL statements sent to the database from now on (every statement goes through these). */
function countStatements(kind: TestDatabaseKind) {
  const spy = kind === 'postgres' ? vi.spyOn(pg.Client.prototype, 'query') : vi.spyOn(SQLite.prototype, 'prepare');
  return { count: () => spy.mock.calls.length, reset: () => spy.mockClear() };
}

function onlyStep(report: HealthReport, step: string): HealthReport {
  return { ...report, findings: report.findings.filter((f) => f.step === step) };
}
