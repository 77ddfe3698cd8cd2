import { bookshopPlan, checkPlan, exportPlan, goalProgress, planQuarter, roadmapModel } from '@kurs/core';
import { describe, expect } from 'vitest';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { problemOf, startTestServer, withWorkspace } from '../testing/http.js';
import { kpiSeriesSchema, prioritiesSchema, progressReportSchema } from './engine.schemas.js';

const TODAY = '2026-11-24';
const PLAN = '/api/v1/workspaces/nordbok/plans/demo';
const doc = bookshopPlan({ today: TODAY });

describe.each(TEST_DATABASES)('the engine through the API on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'nordbok', name: 'Nordbok' }, { demo: exportPlan(doc, 'yaml') }));

  run('gives the health check of the stored plan, in the asked language', async () => {
    const report = await (await api.call('GET', `${PLAN}/health?today=${TODAY}&locale=sv`)).json();
    expect(report).toEqual(checkPlan(doc, { today: TODAY, locale: 'sv' }));
    const bad = await api.call('GET', `${PLAN}/health?locale=fr`);
    expect(bad.status).toBe(400);
    expect((await problemOf<{ errors: { path: string }[] }>(bad)).errors[0]!.path).toBe('locale');
  });

  run('gives goal progress and the KPI overview as the engine computes them', async () => {
    const report = progressReportSchema.parse(await (await api.call('GET', `${PLAN}/progress?today=${TODAY}`)).json());
    expect(report.goals).toEqual(goalProgress(doc, { today: TODAY }));
    expect(report.kpis).toHaveLength(doc.kpis!.length);
  });

  run('gives a KPI series by grain and refuses an unknown grain', async () => {
    const res = kpiSeriesSchema.parse(await (await api.call('GET', `${PLAN}/kpis/books-sold/series?grain=quarter`)).json());
    const total = doc.measurements!.filter((m) => m.kpi === 'books-sold').reduce((sum, m) => sum + m.value, 0);
    expect(res.v.reduce((sum, v) => sum + v, 0)).toBeCloseTo(total, 6);
    const badGrain = await api.call('GET', `${PLAN}/kpis/books-sold/series?grain=fortnight`);
    expect(badGrain.status).toBe(400);
    expect((await problemOf<{ errors: { path: string }[] }>(badGrain)).errors[0]!.path).toBe('grain');
    expect((await api.call('GET', `${PLAN}/kpis/books-sold/series?from=2026-02-30`)).status).toBe(422);
    expect((await api.call('GET', `${PLAN}/kpis/nope/series`)).status).toBe(404);
  });

  run('ranks the backlog, plans a quarter within capacity and draws the roadmap model', async () => {
    const priorities = prioritiesSchema.parse(await (await api.call('GET', `${PLAN}/priorities?today=${TODAY}`)).json());
    expect(priorities.items.length).toBeGreaterThan(0);
    const quarter = await api.call('POST', `${PLAN}/quarter-plan`, { json: { from: TODAY, capacity_hours: 300, today: TODAY } });
    expect(await quarter.json()).toEqual(planQuarter(doc, { from: TODAY, capacityHours: 300, today: TODAY }));
    const badQuarter = await api.call('POST', `${PLAN}/quarter-plan`, { json: { capacity_hours: -5 } });
    expect(badQuarter.status).toBe(422);
    expect((await problemOf<{ errors: { path: string }[] }>(badQuarter)).errors[0]!.path).toBe('capacity_hours');
    const roadmap = await (await api.call('GET', `${PLAN}/roadmap?today=${TODAY}`)).json();
    expect(roadmap).toEqual(roadmapModel(doc, { today: TODAY }));
  });
});
