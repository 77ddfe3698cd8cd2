import { TEXT_LIMITS } from '@kurs/core';
import { describe, expect } from 'vitest';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { addPlan, problemOf, startTestServer, withWorkspace } from '../testing/http.js';

const PLAN = `kurs: 1
plan:
  name: Bike repair 2027
  period: { start: 2027-01-01, end: 2027-12-31 }
goals:
  - { id: bookings, title: More online bookings, horizon: year }
themes:
  - { id: shops, name: Shops online, budget_hours: 400 }
`;

interface Problem {
  errors: { path: string; code: string; params?: Record<string, unknown> }[];
}

describe.each(TEST_DATABASES)('text limits, drafts and budgets per quarter through the API on %s', (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'bikes', name: 'Bikes' }));
  let plans = 0;
  const freshPlan = () => addPlan(api, 'bikes', `plan-${++plans}`, PLAN);
  const tooLong = 'x'.repeat(TEXT_LIMITS.text);

  /** PATCH with the If-Match of what is stored now. */
  async function patch(path: string, json: unknown): Promise<Response> {
    const etag = (await api.call('GET', path)).headers.get('etag')!;
    return api.call('PATCH', path, { json, headers: { 'if-match': etag } });
  }

  async function refusal(res: Response): Promise<Problem['errors']> {
    expect(res.status).toBe(422);
    return (await problemOf<Problem>(res)).errors;
  }

  const tooBig = (path: string, maximum: number) => ({ path, code: 'too_big', params: { maximum, origin: 'string', inclusive: true } });

  run('refuses a 5 000-character name or title with 422 naming the field, and stores nothing', async () => {
    const plan = await freshPlan();
    const goal = { id: 'long', title: tooLong, horizon: 'year', description: tooLong };
    expect(await refusal(await api.call('POST', `${plan}/goals`, { json: goal }))).toEqual([expect.objectContaining(tooBig('title', TEXT_LIMITS.name))]);
    expect((await api.call('GET', `${plan}/goals/long`)).status).toBe(404);

    expect(await refusal(await patch(`${plan}/themes/shops`, { name: tooLong }))).toEqual([expect.objectContaining(tooBig('name', TEXT_LIMITS.name))]);
    expect(await refusal(await patch(plan, { name: tooLong }))).toEqual([expect.objectContaining(tooBig('name', TEXT_LIMITS.name))]);
    expect(await refusal(await patch(plan, { business_objective: `${tooLong}!` }))).toEqual([expect.objectContaining(tooBig('business_objective', TEXT_LIMITS.text))]);
    expect(await (await api.call('GET', plan)).json()).toMatchObject({ name: 'Bike repair 2027' });
  });

  run('keeps a template draft until it is confirmed', async () => {
    const plan = await freshPlan();
    const created = await api.call('POST', `${plan}/goals`, { json: { id: 'reviews', title: 'More reviews', horizon: 'quarter', draft: true } });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'reviews', draft: true });
    const confirmed = await patch(`${plan}/goals/reviews`, { draft: null });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).not.toHaveProperty('draft');
  });

  run("spreads a theme's budget by the quarters it gives, and refuses quarters that break the rules", async () => {
    const plan = await freshPlan();
    const budgets = async () => {
      const res = await api.call('GET', `${plan}/theme-budgets?today=2027-01-15`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { themes: { theme: string; budgetHours: number; quarters: { quarter: string; budgetHours: number }[] }[] };
      return body.themes.find((t) => t.theme === 'shops')!;
    };
    // Without quarters, the 400 hours are spread over the days of the year.
    expect((await budgets()).quarters.map((q) => Math.round(q.budgetHours))).toEqual([99, 100, 101, 101]);

    const quarters = [
      { quarter: '2027-Q2', hours: 250 },
      { quarter: '2027-Q4', hours: 150 },
    ];
    const res = await patch(`${plan}/themes/shops`, { quarters });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ budget_hours: 400, quarters });
    expect(await budgets()).toMatchObject({
      budgetHours: 400,
      quarters: [
        { quarter: '2027-Q1', budgetHours: 0 },
        { quarter: '2027-Q2', budgetHours: 250 },
        { quarter: '2027-Q3', budgetHours: 0 },
        { quarter: '2027-Q4', budgetHours: 150 },
      ],
    });

    expect(await refusal(await patch(`${plan}/themes/shops`, { budget_hours: 500 }))).toEqual([
      expect.objectContaining({ path: 'budget_hours', code: 'sum_mismatch', params: { total: 500, sum: 400 } }),
    ]);
    const wrong = [...quarters, { quarter: '2028-Q1', hours: 0 }, { quarter: '2027-Q2', hours: 0 }];
    expect(await refusal(await patch(`${plan}/themes/shops`, { quarters: wrong }))).toEqual([
      expect.objectContaining({ path: 'quarters[3].quarter', code: 'duplicate' }),
      expect.objectContaining({ path: 'quarters[2].quarter', code: 'outside_period', params: { value: '2028-Q1', start: '2027-01-01', end: '2027-12-31' } }),
    ]);
  });
});
