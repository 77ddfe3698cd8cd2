import { parsePlan, readPlan } from '@kurs/core';
import { describe, expect } from 'vitest';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { SMALL_PLAN } from '../testing/fixtures.js';
import { problemOf, startTestServer, withWorkspace } from '../testing/http.js';
import { storePlanAsIs } from '../testing/stored-plan.js';

/*
 * A plan stored before a rule existed (issue 10): SMALL_PLAN with a second review of 2027-Q1,
 * as a plan saved before "one review per plan and quarter" could hold, written through the
 * repositories. Nothing changes it behind the user's back, and it does not lock them out: a
 * write is refused only for the errors it brings, and the health check names the old one.
 */

const WS = '/api/v1/workspaces/acme';

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors: { path: string; code: string; params?: Record<string, unknown> }[];
  existing?: { id: string };
}

interface Finding {
  rule: string;
  step: string;
  severity: string;
  path: string;
  message: string;
}

describe.each(TEST_DATABASES)('a plan stored with two reviews of one quarter on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'acme', name: 'Acme' }));
  let plans = 0;

  /** The small plan, an activity nothing refers to, and a second review of 2027-Q1 (reviews[1]). */
  async function storedPlan(): Promise<string> {
    const id = `stored-${++plans}`;
    const doc = parsePlan(SMALL_PLAN);
    await storePlanAsIs(api.server.container.store, 'acme', id, {
      ...doc,
      activities: [...doc.activities!, { id: 'newsletter', title: 'Start a newsletter', theme: 'webperf' }],
      reviews: [...doc.reviews!, { id: 'q1-again', date: '2027-03-20', period: '2027-Q1', summary: 'Held twice' }],
    });
    return `${WS}/plans/${id}`;
  }

  async function versionOf(path: string): Promise<string> {
    return `"${((await (await api.call('GET', path)).json()) as { version: number }).version}"`;
  }

  async function findings(plan: string): Promise<Finding[]> {
    const res = await api.call('GET', `${plan}/health?locale=en&today=2027-05-01`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { findings: Finding[] }).findings.filter((f) => f.rule === 'review-quarter-repeated');
  }

  run('says so in the health check, and exports the plan as it is stored', async () => {
    const plan = await storedPlan();
    const found = await findings(plan);
    expect(found).toEqual([expect.objectContaining({ step: 'reviews', severity: 'error', path: 'reviews[1]' })]);
    expect(found[0]!.message).toContain('Q1 2027');

    const exported = await api.call('GET', `${plan}/document?format=yaml`);
    expect(exported.status).toBe(200);
    const text = await exported.text();
    expect(text).toContain('q1-again');
    // kurs check on the exported file names the second review with its line.
    const { errors } = readPlan(text);
    expect(errors).toEqual([expect.objectContaining({ path: 'reviews[1].period', code: 'duplicate', line: expect.any(Number) })]);
    expect(text.split('\n')[errors[0]!.line! - 1]).toContain('2027-Q1');
  });

  run('adds a goal', async () => {
    const plan = await storedPlan();
    const res = await api.call('POST', `${plan}/goals`, { json: { id: 'more-visits', title: 'Double webshop visits by the end of 2027', horizon: 'year', kpi: 'visits' } });
    expect(res.status).toBe(201);
    expect((await api.call('GET', `${plan}/goals/more-visits`)).status).toBe(200);
  });

  run('deletes an activity nothing refers to', async () => {
    const plan = await storedPlan();
    const res = await api.call('DELETE', `${plan}/activities/newsletter`, { headers: { 'if-match': await versionOf(`${plan}/activities/newsletter`) } });
    expect(res.status).toBe(204);
    expect((await api.call('GET', `${plan}/activities/newsletter`)).status).toBe(404);
  });

  run('changes the plan header and accepts a quarter plan', async () => {
    const plan = await storedPlan();
    const header = await api.call('PATCH', plan, { json: { name: 'Digital strategi 2027, revidert' }, headers: { 'if-match': await versionOf(plan) } });
    expect(header.status).toBe(200);
    const version = ((await (await api.call('GET', `${plan}/activities/newsletter`)).json()) as { version: number }).version;
    const accepted = await api.call('POST', `${plan}/quarter-plan/accept`, { json: { activities: [{ id: 'newsletter', version, start: '2027-05-03', end: '2027-06-30' }] } });
    expect(accepted.status).toBe(200);
  });

  run('refuses a third review of that quarter, linking to the first', async () => {
    const plan = await storedPlan();
    const res = await api.call('POST', `${plan}/reviews`, { json: { id: 'q1-third', date: '2027-03-25', period: '2027-Q1' } });
    expect(res.status).toBe(409);
    const problem = await problemOf<Problem>(res);
    expect(problem.code).toBe('review_quarter_taken');
    expect(problem.existing?.id).toBe('q1');
  });

  run('refuses only the errors a write brings, named as in the request', async () => {
    const plan = await storedPlan();
    const res = await api.call('POST', `${plan}/goals`, { json: { id: 'typo', title: 'Sell more', horizon: 'year', kpi: 'no-such-kpi' } });
    expect(res.status).toBe(422);
    const problem = await problemOf<Problem>(res);
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'kpi', code: 'unknown_reference', params: { kind: 'kpi', id: 'no-such-kpi' } })]);
  });

  run('refuses to delete what is still used, naming only the places that use it', async () => {
    const plan = await storedPlan();
    const res = await api.call('DELETE', `${plan}/activities/checkout`, { headers: { 'if-match': await versionOf(`${plan}/activities/checkout`) } });
    expect(res.status).toBe(409);
    const problem = await problemOf<Problem>(res);
    expect(problem.code).toBe('in_use');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'milestones[0].activity', code: 'uses', params: { kind: 'activity', id: 'checkout' } })]);
  });

  run('changes one of the two reviews within its quarter, so that what is worth keeping can be moved into it', async () => {
    const plan = await storedPlan();
    const path = `${plan}/reviews/q1`;
    const res = await api.call('PATCH', path, { json: { summary: 'Both meetings of Q1 in one review' }, headers: { 'if-match': await versionOf(path) } });
    expect(res.status).toBe(200);
    expect(await findings(plan)).toHaveLength(1);
  });

  run('deletes one of the two reviews, which ends the finding', async () => {
    const plan = await storedPlan();
    const path = `${plan}/reviews/q1-again`;
    const res = await api.call('DELETE', path, { headers: { 'if-match': await versionOf(path) } });
    expect(res.status).toBe(204);
    expect(await findings(plan)).toEqual([]);
    expect(readPlan(await (await api.call('GET', `${plan}/document?format=yaml`)).text()).errors).toEqual([]);
  });
});
