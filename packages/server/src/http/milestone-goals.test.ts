import { describe, expect } from 'vitest';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { addPlan, problemOf, startTestServer, withWorkspace } from '../testing/http.js';

const PLAN = `kurs: 1
plan:
  name: Bike repair 2027
  period: { start: 2027-01-01, end: 2027-12-31 }
goals:
  - { id: bookings, title: More online bookings, horizon: year }
  - { id: reviews, title: More reviews, horizon: quarter }
  - { id: repeat, title: More repeat customers, horizon: year }
themes:
  - { id: shops, name: Shops online, budget_hours: 400 }
milestones:
  - { id: booking-live, title: Online booking live, date: 2027-03-01 }
`;

interface Problem {
  status: number;
  code: string;
  params?: Record<string, unknown>;
  errors: { path: string; code: string; params?: Record<string, unknown> }[];
}

describe.each(TEST_DATABASES)("a milestone's goals through the API on %s", (kind) => {
  const { started: api, run } = startedOn(kind, async () => withWorkspace(await startTestServer(kind), { id: 'bikes', name: 'Bikes' }));
  let plans = 0;
  const freshPlan = () => addPlan(api, 'bikes', `plan-${++plans}`, PLAN);

  run('stores the goals a milestone is created with, reads them back, and refuses to delete a goal it names', async () => {
    const plan = await freshPlan();
    const milestone = { id: 'reviews-100', title: '100 reviews', date: '2027-06-30', theme: 'shops', goals: ['reviews', 'bookings'] };
    const created = await api.call('POST', `${plan}/milestones`, { json: milestone });
    expect(created.status).toBe(201);

    const read = await api.call('GET', `${plan}/milestones/reviews-100`);
    expect(await read.json()).toMatchObject({ ...milestone, version: 1 });
    const document = (await (await api.call('GET', `${plan}/document?format=json`)).json()) as { milestones: { id: string; goals?: string[] }[] };
    expect(document.milestones.find((m) => m.id === 'reviews-100')?.goals).toEqual(['reviews', 'bookings']);

    const goal = await api.call('GET', `${plan}/goals/bookings`);
    const refused = await problemOf<Problem>(await api.call('DELETE', `${plan}/goals/bookings`, { headers: { 'if-match': goal.headers.get('etag')! } }));
    expect(refused).toMatchObject({ status: 409, code: 'in_use', params: { id: 'bookings' } });
    // The second milestone of the plan, its second goal.
    expect(refused.errors).toEqual([expect.objectContaining({ path: 'milestones[1].goals[1]', code: 'uses', params: { kind: 'goal', id: 'bookings' } })]);
    expect((await api.call('GET', `${plan}/goals/bookings`)).status).toBe(200);

    // A goal no milestone names goes.
    const repeat = await api.call('GET', `${plan}/goals/repeat`);
    expect((await api.call('DELETE', `${plan}/goals/repeat`, { headers: { 'if-match': repeat.headers.get('etag')! } })).status).toBe(204);
  });

  run('refuses a goal that does not exist, naming the field, and changes or clears the goals by PATCH', async () => {
    const plan = await freshPlan();
    const dangling = await api.call('POST', `${plan}/milestones`, { json: { title: 'Launch', date: '2027-05-01', goals: ['bookings', 'nope'] } });
    expect(dangling.status).toBe(422);
    expect((await problemOf<Problem>(dangling)).errors).toEqual([
      expect.objectContaining({ path: 'goals[1]', code: 'unknown_reference', params: { kind: 'goal', id: 'nope' } }),
    ]);

    const path = `${plan}/milestones/booking-live`;
    const etag = (await api.call('GET', path)).headers.get('etag')!;
    const linked = await api.call('PATCH', path, { json: { goals: ['repeat'] }, headers: { 'if-match': etag } });
    expect(linked.status).toBe(200);
    expect(await linked.json()).toMatchObject({ goals: ['repeat'] });
    const cleared = await api.call('PATCH', path, { json: { goals: null }, headers: { 'if-match': linked.headers.get('etag')! } });
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).not.toHaveProperty('goals');
  });
});
