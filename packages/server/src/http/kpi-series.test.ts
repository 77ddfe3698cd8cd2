import { addDays, bookshopPlan, exportPlan, fromDayNumber, kpiSeries, toDayNumber, type Measurement } from '@kurs/core';
import { describe, expect } from 'vitest';
import { resolvePlan } from '../services/plan-scope.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { problemOf, startTestServer, withWorkspace } from '../testing/http.js';
import { kpiSeriesSchema } from './engine.schemas.js';

const TODAY = '2026-11-24';
const PLAN = '/api/v1/workspaces/nordbok/plans/demo';
const doc = bookshopPlan({ today: TODAY });
/** A KPI measured every day, for long histories. */
const plan = exportPlan({ ...doc, kpis: [...doc.kpis!, { id: 'ticks', name: 'Ticks', frequency: 'daily', aggregation: 'last' }] }, 'yaml');

/** A day's value: a slow wave with a wobble, two decimals like a typed value. */
const tickValue = (i: number) => Math.round((1000 + 800 * Math.sin(i / 5000) + ((i * 7919) % 311)) * 100) / 100;
const FIRST = '1000-01-01';

async function storeTicks(call: (method: string, path: string, options?: { json?: unknown }) => Promise<Response>, count: number) {
  for (let start = 0; start < count; start += 100_000) {
    const items: Measurement[] = Array.from({ length: Math.min(100_000, count - start) }, (_, k) => ({ kpi: 'ticks', date: addDays(FIRST, start + k), value: tickValue(start + k) }));
    const res = await call('POST', `${PLAN}/measurements`, { json: { items } });
    expect(res.status).toBe(200);
  }
}

const seriesOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return kpiSeriesSchema.parse(await res.json());
};

describe.each(TEST_DATABASES)('a KPI series through the API on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'nordbok', name: 'Nordbok' }, { demo: plan }));

  run("answers columns of every period in the KPI's own grain when they fit the width", async () => {
    const series = await seriesOf(await api.call('GET', `${PLAN}/kpis/books-sold/series`));
    const kpi = doc.kpis!.find((k) => k.id === 'books-sold')!;
    const points = kpiSeries(
      doc.measurements!.filter((m) => m.kpi === 'books-sold'),
      { grain: series.grain, aggregation: kpi.aggregation ?? 'sum' },
    );
    expect(series).toMatchObject({ kpi: 'books-sold', reduced: false, total: points.length, width: 1000, from: points[0]!.end, to: points.at(-1)!.end });
    expect(series.t.map(fromDayNumber)).toEqual(points.map((p) => p.end));
    expect(series.v).toEqual(points.map((p) => p.value));
    expect(series.n).toEqual(points.map((p) => p.count));
    const quarters = await seriesOf(await api.call('GET', `${PLAN}/kpis/books-sold/series?grain=quarter&width=5000`));
    expect(quarters).toMatchObject({ grain: 'quarter', width: 2000 });
  });

  run('refuses a width or range that is not one, naming the field', async () => {
    for (const [query, field] of [
      ['width=wide', 'width'],
      ['width=0', 'width'],
      ['width=12.5', 'width'],
      ['from=2026-02-30', 'from'],
      ['from=2026-05-01&to=2026-04-30', 'to'],
    ]) {
      const res = await api.call('GET', `${PLAN}/kpis/books-sold/series?${query}`);
      expect(res.status, query).toBe(422);
      expect((await problemOf<{ errors: { path: string }[] }>(res)).errors.map((e) => e.path)).toEqual([field]);
    }
    expect((await api.call('GET', `${PLAN}/kpis/books-sold/series?grain=fortnight`)).status).toBe(400);
    expect((await api.call('GET', `${PLAN}/kpis/nope/series`)).status).toBe(404);
  });

  run('answers a new value at once', async () => {
    const before = await seriesOf(await api.call('GET', `${PLAN}/kpis/ticks/series`));
    expect(before.total).toBe(0);
    await storeTicks(api.call, 3);
    const after = await seriesOf(await api.call('GET', `${PLAN}/kpis/ticks/series`));
    expect(after).toMatchObject({ grain: 'day', total: 3, v: [tickValue(0), tickValue(1), tickValue(2)] });
    await api.call('DELETE', `${PLAN}/measurements?kpi=ticks`);
    expect((await seriesOf(await api.call('GET', `${PLAN}/kpis/ticks/series`))).total).toBe(0);
  });
});

/*
 * The answer's bound for any history is core's (reduceSeries on a million values stays under
 * 100 kB, kpis.reduce.test.ts). Here, through the API, a history long enough that the widest
 * chart must be reduced: 50 000 values cost a few seconds to store and read, where a million
 * cost 45 to 95 s of the test run (reading and rolling them up), proving nothing more.
 */
describe('a KPI series longer than the chart is wide', () => {
  const { started: api, run } = startedOn('sqlite', async () => withWorkspace(await startTestServer('sqlite'), { id: 'nordbok', name: 'Nordbok' }, { demo: plan }));
  const COUNT = 50_000;

  run('is cut to the width, keeps its extremes, and is exact when zoomed in', async () => {
    // Stored straight through the repository, as an import would: the API's checks are tested above.
    await api.server.container.store.transaction(async (repos) => {
      const { scope, plan } = await resolvePlan(repos, 'nordbok', 'demo');
      const kpi = (await repos.collection('kpis').find(scope, 'ticks'))!;
      await repos.measurements.insert(scope, Array.from({ length: COUNT }, (_, i) => ({ kpiId: kpi.rowId, date: addDays(FIRST, i), value: tickValue(i) })));
      await repos.plans.touch(plan.id);
    });
    const body = await (await api.call('GET', `${PLAN}/kpis/ticks/series?width=4000`)).text();
    const series = kpiSeriesSchema.parse(JSON.parse(body));
    // 50 000 days on 2 000 pixel columns: more than two a column, so each column's lowest and highest.
    expect(series).toMatchObject({ reduced: true, total: COUNT, width: 2000, from: FIRST, to: addDays(FIRST, COUNT - 1) });
    expect(series.t.length).toBeLessThanOrEqual(2 * 2000 + 2);
    expect(body.length).toBeLessThan(100_000);
    const values = Array.from({ length: COUNT }, (_, i) => tickValue(i));
    const extremes = (v: number[]) => v.reduce(([low, high], x) => [Math.min(low, x), Math.max(high, x)], [Infinity, -Infinity]);
    expect(extremes(series.v)).toEqual(extremes(values));
    expect([series.v[0], series.v.at(-1)]).toEqual([values[0], values.at(-1)]);

    // 1 500 days on a chart 800 pixels wide: every one of them.
    const from = addDays(FIRST, 40_000);
    const to = addDays(from, 1499);
    const zoomed = await seriesOf(await api.call('GET', `${PLAN}/kpis/ticks/series?from=${from}&to=${to}&width=800`));
    expect(zoomed).toMatchObject({ reduced: false, total: 1500, from, to });
    expect(zoomed.t[0]).toBe(toDayNumber(from));
    expect(zoomed.v).toEqual(values.slice(40_000, 41_500));
  });
});
