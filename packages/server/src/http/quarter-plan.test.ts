import { bookshopPlan, exportPlan, planQuarter, type QuarterActivity } from '@kurs/core';
import { describe, expect } from 'vitest';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { addPlan, startTestServer, withWorkspace } from '../testing/http.js';

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

interface AuditEntry {
  action: string;
  entity_id: string;
  plan: string;
  detail: string | null;
}

/** The proposal's activities of each kind the test needs, found in the demo plan whatever today is. */
const newWork = proposal.chosen.filter((a) => !a.kept);
const undated = newWork.find((a) => a.proposed.length === 2)!;
const dated = newWork.find((a) => a.proposed.length === 0 && a.status === 'planned')!;
const inProgress = proposal.chosen.find((a) => a.kept && a.proposed.length === 0)!;

describe.each(TEST_DATABASES)('accepting a quarter plan through the API on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'nordbok', name: 'Nordbok' }));
  let planCount = 0;

  /** A fresh copy of the demo plan, so that each test starts from the same versions. */
  const freshPlan = () => addPlan(api, 'nordbok', `demo-${++planCount}`, exportPlan(doc, 'yaml'));

  async function activities(plan: string): Promise<Map<string, StoredActivity>> {
    const { items } = (await (await api.call('GET', `${plan}/activities?limit=1000`)).json()) as { items: StoredActivity[] };
    return new Map(items.map((a) => [a.id, a]));
  }

  async function revision(plan: string): Promise<number> {
    const plans = (await (await api.call('GET', PLANS)).json()) as { items: { id: string; revision: number }[] };
    return plans.items.find((p) => plan.endsWith(`/${p.id}`))!.revision;
  }

  async function acceptedEntries(plan: string): Promise<AuditEntry[]> {
    const audit = (await (await api.call('GET', '/api/v1/workspaces/nordbok/audit?limit=1000')).json()) as { items: AuditEntry[] };
    return audit.items.filter((e) => e.detail?.startsWith('quarter plan accepted') && plan.endsWith(`/${e.plan}`));
  }

  /** What the web app sends with no change ticked: each activity with only the dates the plan proposed. */
  const body = (chosen: QuarterActivity[], stored: Map<string, StoredActivity>) => ({
    activities: chosen.map((a) => ({
      id: a.id,
      version: stored.get(a.id)!.version,
      ...(a.proposed.includes('start') && { start: a.start }),
      ...(a.proposed.includes('end') && { end: a.end }),
    })),
  });

  const accept = (plan: string, json: unknown) => api.call('POST', `${plan}/quarter-plan/accept`, { json });

  run('keeps every date the user set: writes only the proposed dates, makes new work planned and keeps work in progress as it is', async () => {
    expect([undated, dated, inProgress].every(Boolean)).toBe(true);
    const plan = await freshPlan();
    const before = await activities(plan);
    const revisionBefore = await revision(plan);
    const chosen = [...newWork, inProgress];
    expect(chosen.some((a) => a.status === 'idea')).toBe(true);

    const res = await accept(plan, body(chosen, before));
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: StoredActivity[] };
    expect(items.map((a) => a.id)).toEqual(chosen.map((a) => a.id));

    const after = await activities(plan);
    // Written when something changes: the status, or a date set for the first time.
    const changed = newWork.filter((a) => a.status !== 'planned' || a.proposed.length > 0);
    expect(changed.length).toBeLessThan(newWork.length);
    for (const a of newWork) {
      const was = before.get(a.id)!;
      const version = was.version + (changed.includes(a) ? 1 : 0);
      expect(after.get(a.id)).toMatchObject({ status: 'planned', start: was.start ?? a.start, end: was.end ?? a.end, version });
    }
    // The undated activity got the proposed dates; the dated one and the one in progress kept theirs.
    expect(after.get(undated.id)).toMatchObject({ start: undated.start, end: undated.end });
    expect(after.get(dated.id)).toMatchObject({ start: before.get(dated.id)!.start, end: before.get(dated.id)!.end });
    // Nothing to change in work in progress with its dates: it is not written at all.
    expect(after.get(inProgress.id)).toEqual(before.get(inProgress.id));
    const untouched = [...before.values()].filter((a) => !changed.some((c) => c.id === a.id));
    for (const a of untouched) expect(after.get(a.id)).toEqual(a);
    expect(await revision(plan)).toBe(revisionBefore + 1);

    const entries = await acceptedEntries(plan);
    expect(entries.map((e) => [e.action, e.entity_id]).sort()).toEqual(changed.map((a) => ['activity.update', a.id]).sort());
    expect(entries.find((e) => e.entity_id === undated.id)?.detail).toBe(
      `quarter plan accepted: status ${undated.status} → planned, start (none) → ${undated.start}, end (none) → ${undated.end}`,
    );
  });

  run('writes a change the user ticked, and the audit log says old → new', async () => {
    const plan = await freshPlan();
    const before = await activities(plan);
    const was = before.get(dated.id)!;
    const moved = { id: dated.id, version: was.version, start: '2027-01-04', end: '2027-01-20' };

    const res = await accept(plan, { activities: [moved] });
    expect(res.status).toBe(200);
    expect((await activities(plan)).get(dated.id)).toMatchObject({ status: 'planned', start: '2027-01-04', end: '2027-01-20', version: was.version + 1 });
    const [entry] = await acceptedEntries(plan);
    expect(entry?.detail).toBe(`quarter plan accepted: start ${was.start} → 2027-01-04, end ${was.end} → 2027-01-20`);
  });

  run('refuses the whole plan with 412 when one version is stale, and changes nothing', async () => {
    const plan = await freshPlan();
    const before = await activities(plan);
    const { activities: items } = body(newWork, before);
    const res = await accept(plan, { activities: items.map((a, i) => (i === 1 ? { ...a, version: a.version + 1 } : a)) });
    expect(res.status).toBe(412);
    expect(await activities(plan)).toEqual(before);
  });

  run('refuses with 422 and the request paths: dates the plan refuses, unknown, repeated and finished activities, a bad body', async () => {
    const plan = await freshPlan();
    const before = await activities(plan);
    const ok = body([undated], before).activities[0]!;
    const backwards = { id: dated.id, version: before.get(dated.id)!.version, start: '2027-03-01', end: '2027-01-01' };

    const errorsOf = async (json: unknown) => {
      const res = await accept(plan, json);
      expect(res.status).toBe(422);
      return ((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    };

    expect(await errorsOf({ activities: [ok, backwards] })).toEqual(['activities[1].end']);
    // One date named alone is checked against the date the activity keeps.
    expect(await errorsOf({ activities: [{ id: dated.id, version: backwards.version, end: '2026-01-01' }] })).toEqual(['activities[0].end']);
    const done = [...before.values()].find((a) => a.status === 'done')!;
    expect(await errorsOf({ activities: [{ ...ok, id: 'nope' }, ok, ok, { ...ok, id: done.id, version: done.version }] })).toEqual([
      'activities[0].id',
      'activities[2].id',
      'activities[3].id',
    ]);
    expect(await errorsOf({ activities: [{ id: ok.id, start: 'soon' }] })).toEqual(['activities[0].version', 'activities[0].start']);
    expect(await errorsOf({ activities: [] })).toEqual(['activities']);
    expect(await activities(plan)).toEqual(before);
  });

  run('answers 404 for a plan that does not exist', async () => {
    const res = await accept(`${PLANS}/nope`, { activities: [{ id: 'a', version: 1 }] });
    expect(res.status).toBe(404);
  });
});
