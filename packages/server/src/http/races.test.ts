import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMIT } from '../services/accounts.service.js';
import { startTestApp, type TestApp } from '../testing/app.js';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { SMALL_PLAN } from '../testing/fixtures.js';
import type { TestUser } from '../testing/http.js';

/*
 * Requests that arrive at the same moment. On PostgreSQL each runs on a connection of its
 * own, so a check and the change it guards can interleave unless they are one locked step.
 */

const WS = '/api/v1/workspaces/acme';
const YAML = { 'content-type': 'application/yaml' };
const ANY = { 'if-match': '*' };

describe.each(TEST_DATABASES)('requests at the same moment on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let t: TestApp;
  let second: TestUser;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(kind, { trustProxy: true });
    expect((await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } })).status).toBe(201);
    const invited = await t.owner.call('POST', `${WS}/invitations`, { json: { role: 'owner' } });
    second = await t.signUpWithInvitation(((await invited.json()) as { token: string }).token, 'second-owner@kurs.test');
  });
  afterAll(async () => {
    await t?.close();
  });

  run('plan writes racing each other and a delete of the plan answer 2xx or 4xx, never 5xx', async () => {
    const call = t.owner.call;
    const statuses: Record<string, number[]> = {};
    const note = async (what: string, res: Promise<Response>) => {
      const { status } = await res;
      (statuses[what] ??= []).push(status);
      return status;
    };
    const TRIALS = 2;
    const named = (trial: number) => SMALL_PLAN.replace('Digital strategi 2027', `Race ${trial}`);
    for (let trial = 0; trial < TRIALS; trial++) {
      // Plan ids: five creates of one name each get a free id; three creates of one id, one wins.
      await Promise.all(Array.from({ length: 5 }, () => note('create by name', call('POST', `${WS}/plans`, { body: named(trial), headers: YAML }))));
      const byId = await Promise.all(Array.from({ length: 3 }, () => note('create by id', call('POST', `${WS}/plans?id=same-${trial}`, { body: SMALL_PLAN, headers: YAML }))));
      expect(byId.filter((s) => s === 201), `trial ${trial}: ${byId}`).toHaveLength(1);

      // Every kind of write to a plan at the moment it is deleted.
      const plan = `${WS}/plans/doomed-${trial}`;
      expect((await call('POST', `${WS}/plans?id=doomed-${trial}`, { body: SMALL_PLAN, headers: YAML })).status).toBe(201);
      await Promise.all([
        note('delete plan', call('DELETE', plan, { headers: ANY })),
        note('create goal', call('POST', `${plan}/goals`, { json: { id: `g${trial}`, title: 'Another goal', horizon: 'year', kpi: 'books-sold' } })),
        note('patch goal', call('PATCH', `${plan}/goals/sell-books`, { json: { title: 'Sell more books' }, headers: ANY })),
        note('delete milestone', call('DELETE', `${plan}/milestones/new-checkout`, { headers: ANY })),
        note('patch plan', call('PATCH', plan, { json: { organisation: 'Nordbok ASA' }, headers: ANY })),
        note('put situation', call('PUT', `${plan}/situation`, { json: { usp: 'Nordic noir' }, headers: ANY })),
        note('upsert measurements', call('POST', `${plan}/measurements`, { json: { items: [{ kpi: 'visits', date: '2027-01-03', value: 1 }] } })),
        note('delete measurements', call('DELETE', `${plan}/measurements?kpi=books-sold`)),
        note('replace plan', call('PUT', `${plan}/document`, { body: SMALL_PLAN, headers: { ...YAML, ...ANY } })),
      ]);
    }
    const failed = Object.entries(statuses)
      .map(([what, list]) => `${what}: ${list.filter((s) => s >= 500).length} of ${list.length}`)
      .filter((line) => !line.includes(': 0 of'));
    expect(failed).toEqual([]);
    expect(statuses['create by name']!.every((s) => s === 201)).toBe(true);
    const names = ((await (await call('GET', `${WS}/plans?limit=1000`)).json()) as { items: { name: string }[] }).items.map((p) => p.name);
    for (let trial = 0; trial < TRIALS; trial++) expect(names.filter((n) => n === `Race ${trial}`)).toHaveLength(5);
  });

  run('two owners demoting or removing each other at once leave the workspace an owner', async () => {
    const db = t.container.db.kysely;
    const owners = async () => (await db.selectFrom('workspace_members').select('user_id').where('role', '=', 'owner').execute()).map((r) => r.user_id).sort();
    const bothOwners = async () => {
      const workspace = (await db.selectFrom('workspaces').select('id').where('slug', '=', 'acme').executeTakeFirstOrThrow()).id;
      await db.deleteFrom('workspace_members').where('workspace_id', '=', workspace).execute();
      const stamp = new Date().toISOString();
      await db
        .insertInto('workspace_members')
        .values([t.owner, second].map((u) => ({ workspace_id: workspace, user_id: u.id, role: 'owner', version: 1, created_at: stamp, updated_at: stamp })))
        .execute();
    };
    const demote = (by: TestUser, whom: TestUser) => by.call('PATCH', `${WS}/members/${whom.id}`, { json: { role: 'viewer' }, headers: ANY });
    const remove = (by: TestUser, whom: TestUser) => by.call('DELETE', `${WS}/members/${whom.id}`, { headers: ANY });
    const moves = [
      [demote, demote],
      [remove, remove],
      [demote, remove],
    ] as const;
    for (let trial = 0; trial < 12; trial++) {
      await bothOwners();
      const [first, then] = moves[trial % moves.length]!;
      const answers = await Promise.all([first(t.owner, second), then(second, t.owner)]);
      // One wins; the other is refused: its target is the last owner (409), or it is no owner (403) or member (404) any more.
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 200 || s === 204), `trial ${trial}: ${statuses}`).toHaveLength(1);
      expect(statuses.filter((s) => s === 403 || s === 404 || s === 409), `trial ${trial}: ${statuses}`).toHaveLength(1);
      expect(await owners(), `trial ${trial}`).toHaveLength(1);
    }
    await bothOwners();
  });

  run(`sign-in checks at most ${SIGN_IN_LIMIT.failures} passwords of a burst, and refuses the right one after`, async () => {
    const anonymous = t.as({});
    const attempt = (password: string, address: string) =>
      anonymous('POST', '/api/v1/auth/sign-in', { json: { email: second.email, password }, headers: { 'x-forwarded-for': address } });
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => attempt('a wrong password', `10.9.${i}.1`)));
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBe(SIGN_IN_LIMIT.failures);
    expect((await attempt(second.password, '10.9.99.1')).status).toBe(429);

    // By address: a burst against many accounts from one address is held the same way.
    const byAddress = await Promise.all(
      Array.from({ length: 40 }, (_, i) => anonymous('POST', '/api/v1/auth/sign-in', { json: { email: `guess${i}@kurs.test`, password: 'a wrong password' }, headers: { 'x-forwarded-for': '10.8.0.1' } })),
    );
    expect(byAddress.filter((r) => r.status === 401).length).toBe(SIGN_IN_LIMIT.failures);
    expect((await anonymous('POST', '/api/v1/auth/sign-in', { json: { email: t.owner.email, password: t.owner.password }, headers: { 'x-forwarded-for': '10.8.0.1' } })).status).toBe(429);
  });

  run('a right password inside a burst is not counted as a failure', async () => {
    const anonymous = t.as({});
    const attempt = (password: string) => anonymous('POST', '/api/v1/auth/sign-in', { json: { email: t.owner.email, password }, headers: { 'x-forwarded-for': '10.7.0.1' } });
    const wrong = () => Array.from({ length: 4 }, () => attempt('a wrong password'));
    const burst = await Promise.all([...wrong(), attempt(t.owner.password), ...wrong()]);
    expect(burst.map((r) => r.status)).toEqual([401, 401, 401, 401, 200, 401, 401, 401, 401]);
    // Eight failures: the ninth and tenth are still checked, and the right password then signs in…
    expect((await attempt('a wrong password')).status).toBe(401);
    expect((await attempt(t.owner.password)).status).toBe(200);
    expect((await attempt('a wrong password')).status).toBe(401);
    // …until ten failures are on the books.
    expect((await attempt(t.owner.password)).status).toBe(429);
  });
});
