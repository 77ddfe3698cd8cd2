import { describe, expect } from 'vitest';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { SMALL_PLAN } from '../testing/fixtures.js';
import { addPlan, problemOf, startTestServer, withWorkspace } from '../testing/http.js';

/*
 * One review per plan and quarter (issue 10): a second one is refused with 409 and a link to
 * the first, on create, on a change of quarter, in a plan document, and when two arrive at once.
 * SMALL_PLAN holds one review, "q1", of 2027-Q1.
 */

const PLANS = '/api/v1/workspaces/acme/plans';

interface Problem {
  status: number;
  detail: string;
  errors: { path: string; message: string; line?: number }[];
  existing?: { id: string; path: string };
}

interface StoredReview {
  id: string;
  date: string;
  period?: string;
  version: number;
}

describe.each(TEST_DATABASES)('one review per quarter on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'acme', name: 'Acme' }));
  let plans = 0;

  /** A fresh copy of the small plan, so that each test starts from its one review of 2027-Q1. */
  const freshPlan = () => addPlan(api, 'acme', `plan-${++plans}`, SMALL_PLAN);

  async function reviews(plan: string): Promise<StoredReview[]> {
    return ((await (await api.call('GET', `${plan}/reviews`)).json()) as { items: StoredReview[] }).items;
  }

  run('refuses a second review of a quarter with 409 and a link to the first', async () => {
    const plan = await freshPlan();
    const res = await api.call('POST', `${plan}/reviews`, { json: { id: 'again', date: '2027-04-03', period: '2027-Q1', summary: 'Typed twice' } });
    expect(res.status).toBe(409);
    const problem = await problemOf<Problem>(res);
    expect(problem.detail).toContain('2027-Q1');
    expect(problem.existing).toEqual({ id: 'q1', path: `${plan}/reviews/q1` });
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'period' })]);
    // The link leads to the review that is there, and nothing was stored.
    const existing = await api.call('GET', problem.existing!.path);
    expect(existing.status).toBe(200);
    expect(((await existing.json()) as StoredReview).period).toBe('2027-Q1');
    expect((await reviews(plan)).map((r) => r.id)).toEqual(['q1']);
  });

  run('reads the quarter of a review without a period from its date', async () => {
    const plan = await freshPlan();
    const res = await api.call('POST', `${plan}/reviews`, { json: { date: '2027-02-14' } });
    expect(res.status).toBe(409);
    const problem = await problemOf<Problem>(res);
    expect(problem.existing?.id).toBe('q1');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'date' })]);
    // Another quarter is welcome.
    expect((await api.call('POST', `${plan}/reviews`, { json: { id: 'q2', date: '2027-06-30' } })).status).toBe(201);
  });

  run('refuses to move a review to a quarter that has one, and keeps it as it was', async () => {
    const plan = await freshPlan();
    const created = await api.call('POST', `${plan}/reviews`, { json: { id: 'q2', date: '2027-06-30', period: '2027-Q2' } });
    expect(created.status).toBe(201);
    const version = ((await created.json()) as StoredReview).version;
    const moved = await api.call('PATCH', `${plan}/reviews/q2`, { json: { period: '2027-Q1' }, headers: { 'if-match': `"${version}"` } });
    expect(moved.status).toBe(409);
    const problem = await problemOf<Problem>(moved);
    expect(problem.detail).toContain('2027-Q1');
    expect(problem.existing).toEqual({ id: 'q1', path: `${plan}/reviews/q1` });
    expect((await reviews(plan)).find((r) => r.id === 'q2')).toMatchObject({ period: '2027-Q2', version });
    // A change that keeps the review in its own quarter is no clash with itself.
    const kept = await api.call('PATCH', `${plan}/reviews/q2`, { json: { date: '2027-07-02', summary: 'Held late' }, headers: { 'if-match': `"${version}"` } });
    expect(kept.status).toBe(200);
  });

  run('gives one 201 and one 409 when two reviews of one quarter are created at once', async () => {
    const plan = await freshPlan();
    for (const quarter of ['2027-Q2', '2027-Q3', '2027-Q4']) {
      const answers = await Promise.all(
        ['a', 'b'].map((who) => api.call('POST', `${plan}/reviews`, { json: { id: `${quarter}-${who}`.toLowerCase(), date: '2027-12-31', period: quarter } })),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
      const refused = await problemOf<Problem>(answers.find((r) => r.status === 409)!);
      const created = (await answers.find((r) => r.status === 201)!.json()) as StoredReview;
      expect(refused.existing?.id).toBe(created.id);
    }
    const periods = (await reviews(plan)).map((r) => r.period);
    expect(periods.sort()).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
  });

  run('refuses a plan document with two reviews of one quarter, naming the field and its line', async () => {
    const twice = `${SMALL_PLAN}  - id: q1-again\n    date: 2027-04-02\n    period: 2027-Q1\n`;
    const res = await api.call('POST', `${PLANS}?id=twice`, { body: twice, headers: { 'content-type': 'application/yaml' } });
    expect(res.status).toBe(422);
    const problem = await problemOf<Problem>(res);
    const lines = twice.split('\n');
    const line = lines.findIndex((l, i) => i > lines.indexOf('  - id: q1-again') && l.includes('period: 2027-Q1')) + 1;
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'reviews[1].period', line })]);
    expect((await api.call('GET', `${PLANS}/twice`)).status).toBe(404);
  });
});
