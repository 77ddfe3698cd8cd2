import { bookshopPlan, exportPlan, planQuarter, type QuarterActivity } from '@kurs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { startTestServer, type TestServer } from '../testing/http.js';

const TODAY = '2026-11-24';
const PLANS = '/api/v1/workspaces/nordbok/plans';
const doc = bookshopPlan({ today: TODAY });
const proposal = planQuarter(doc, { from: TODAY, capacityHours: 900, today: TODAY });

interface StoredActivity {
  id: string;
  status?: string;
  start?: string;
  end?: string;
  version: number;
}

describe.each(TEST_DATABASES)('accepting a quarter plan through the API on %s', (kind) => {
  let api: TestServer;
  let planCount = 0;
  const run = kind === 'postgres' && !postgresAvailable() ? it.skip : it;

  beforeAll(async () => {
    if (kind === 'postgres' && !postgresAvailable()) return;
    api = await startTestServer(kind);
    await api.call('POST', '/api/v1/workspaces', { json: { id: 'nordbok', name: 'Nordbok' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** A fresh copy of the demo plan, so that each test starts from the same versions. */
  async function freshPlan(): Promise<string> {
    const id = `demo-${++planCount}`;
    const res = await api.call('POST', `${PLANS}?id=${id}`, { body: exportPlan(doc, 'yaml'), headers: { 'content-type': 'application/yaml' } });
    expect(res.status).toBe(201);
    return `${PLANS}/${id}`;
  }

  async function activities(plan: string): Promise<Map<string, StoredActivity>> {
    const { items } = (await (await api.call('GET', `${plan}/activities?limit=1000`)).json()) as { items: StoredActivity[] };
    return new Map(items.map((a) => [a.id, a]));
  }

  async function revision(plan: string): Promise<number> {
    const plans = (await (await api.call('GET', PLANS)).json()) as { items: { id: string; revision: number }[] };
    return plans.items.find((p) => plan.endsWith(`/${p.id}`))!.revision;
  }

  const body = (chosen: QuarterActivity[], stored: Map<string, StoredActivity>) => ({
    activities: chosen.map((a) => ({ id: a.id, version: stored.get(a.id)!.version, start: a.start, end: a.end })),
  });

  const accept = (plan: string, json: unknown) => api.call('POST', `${plan}/quarter-plan/accept`, { json });

  run('sets every chosen activity to planned with the proposed dates, keeps work in progress, and moves the revision on', async () => {
    const plan = await freshPlan();
    const before = await activities(plan);
    const revisionBefore = await revision(plan);
    const chosen = proposal.chosen.filter((a) => !a.kept).concat(proposal.chosen.filter((a) => a.kept).slice(0, 1));
    expect(chosen.some((a) => a.status === 'idea')).toBe(true);

    const res = await accept(plan, body(chosen, before));
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: StoredActivity[] };
    expect(items.map((a) => a.id)).toEqual(chosen.map((a) => a.id));

    const after = await activities(plan);
    for (const a of chosen) {
      expect(after.get(a.id)).toMatchObject({
        status: a.kept ? 'in_progress' : 'planned',
        start: a.start,
        end: a.end,
        version: before.get(a.id)!.version + 1,
      });
    }
    const untouched = [...before.values()].filter((a) => !chosen.some((c) => c.id === a.id));
    for (const a of untouched) expect(after.get(a.id)).toEqual(a);
    expect(await revision(plan)).toBe(revisionBefore + 1);

    const audit = (await (await api.call('GET', '/api/v1/workspaces/nordbok/audit?limit=1000')).json()) as { items: { action: string; entity_id: string; plan: string; detail: string | null }[] };
    const accepted = audit.items.filter((e) => e.detail === 'quarter plan accepted' && plan.endsWith(`/${e.plan}`));
    expect(accepted.map((e) => [e.action, e.entity_id]).sort()).toEqual(chosen.map((a) => ['activity.update', a.id]).sort());
  });

  run('refuses the whole plan with 412 when one version is stale, and changes nothing', async () => {
    const plan = await freshPlan();
    const before = await activities(plan);
    const chosen = proposal.chosen.filter((a) => !a.kept);
    const { activities: items } = body(chosen, before);
    const res = await accept(plan, { activities: items.map((a, i) => (i === 1 ? { ...a, version: a.version + 1 } : a)) });
    expect(res.status).toBe(412);
    expect(await activities(plan)).toEqual(before);
  });

  run('refuses with 422 and the request paths: dates the plan refuses, unknown, repeated and finished activities, a bad body', async () => {
    const plan = await freshPlan();
    const before = await activities(plan);
    const [first, second] = proposal.chosen.filter((a) => !a.kept);
    const ok = body([first!], before).activities[0]!;
    const backwards = { ...body([second!], before).activities[0]!, end: '2026-01-01' };

    const errorsOf = async (json: unknown) => {
      const res = await accept(plan, json);
      expect(res.status).toBe(422);
      return ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    };

    expect(await errorsOf({ activities: [ok, backwards] })).toEqual(['activities[1].end']);
    const done = [...before.values()].find((a) => a.status === 'done')!;
    expect(await errorsOf({ activities: [{ ...ok, id: 'nope' }, ok, ok, { ...ok, id: done.id, version: done.version }] })).toEqual([
      'activities[0].id',
      'activities[2].id',
      'activities[3].id',
    ]);
    expect(await errorsOf({ activities: [{ id: ok.id, start: 'soon', end: ok.end }] })).toEqual(['activities[0].version', 'activities[0].start']);
    expect(await errorsOf({ activities: [] })).toEqual(['activities']);
    expect(await activities(plan)).toEqual(before);
  });

  run('answers 404 for a plan that does not exist', async () => {
    const res = await accept(`${PLANS}/nope`, { activities: [{ id: 'a', version: 1, start: TODAY, end: TODAY }] });
    expect(res.status).toBe(404);
  });
});
