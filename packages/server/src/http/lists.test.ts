import { describe, expect } from 'vitest';
import { startAppWithPlan } from '../testing/acme-plan.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { SMALL_PLAN } from '../testing/fixtures.js';

const WS = '/api/v1/workspaces/acme';
const PLAN = `${WS}/plans/strategy`;

type Item = Record<string, unknown>;

interface List {
  path: string;
  idOf: (item: Item) => string;
  /** Adds the n-th item, which sorts before the items added before it (after them, where the list keeps the order items were added in). */
  add: (n: number) => Promise<Response>;
}

describe.each(TEST_DATABASES)('lists on %s', (kind) => {
  const { started: t, run } = startedOn(kind, () => startAppWithPlan(kind));

  const call = (method: string, path: string, json?: unknown) => t.owner.call(method, path, json === undefined ? {} : { json });
  const lists: Record<string, List> = {
    workspaces: { path: '/api/v1/workspaces', idOf: (w) => w.id as string, add: (n) => call('POST', '/api/v1/workspaces', { id: `x-${99 - n}`, name: `X ${n}` }) },
    plans: {
      path: `${WS}/plans`,
      idOf: (p) => p.id as string,
      add: (n) => t.owner.call('POST', `${WS}/plans?id=x-${99 - n}`, { body: SMALL_PLAN, headers: { 'content-type': 'application/yaml' } }),
    },
    members: {
      path: `${WS}/members`,
      idOf: (m) => m.email as string,
      add: async (n) => {
        const { token } = (await (await call('POST', `${WS}/invitations`, { role: 'viewer' })).json()) as { token: string };
        await t.signUpWithInvitation(token, `m${99 - n}@kurs.test`);
        return new Response(null, { status: 201 });
      },
    },
    invitations: { path: `${WS}/invitations`, idOf: (i) => i.id as string, add: () => call('POST', `${WS}/invitations`, { role: 'viewer' }) },
    'share links': { path: `${PLAN}/share-links`, idOf: (l) => l.id as string, add: (n) => call('POST', `${PLAN}/share-links`, { label: `Link ${n}` }) },
    'API tokens': { path: '/api/v1/auth/tokens', idOf: (k) => k.id as string, add: (n) => call('POST', '/api/v1/auth/tokens', { name: `token ${n}`, workspace: 'acme', role: 'viewer' }) },
    goals: { path: `${PLAN}/goals`, idOf: (g) => g.id as string, add: (n) => call('POST', `${PLAN}/goals`, { id: `goal-${n}`, title: `Goal ${n}`, horizon: 'year' }) },
    measurements: {
      path: `${PLAN}/measurements`,
      idOf: (m) => `${m.kpi} ${m.date}`,
      add: (n) => call('POST', `${PLAN}/measurements`, { items: [{ kpi: 'visits', date: `2026-12-${31 - n}`, value: n }] }),
    },
  };

  const items = async (path: string) => ((await (await call('GET', `${path}?limit=1000`)).json()) as { items: Item[] }).items;

  run.each(Object.keys(lists))('%s: paged while items are added between pages, each item there at the start is seen once, in order', async (name) => {
    const list = lists[name]!;
    let added = 0;
    const add = async () => expect((await list.add(added++)).status).toBeLessThan(300);
    for (let i = 0; i < 5; i++) await add();
    const atStart = (await items(list.path)).map(list.idOf);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages === 0 || cursor !== null; pages++) {
      const res = await call('GET', `${list.path}?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: Item[]; next_cursor: string | null };
      seen.push(...page.items.map(list.idOf));
      cursor = page.next_cursor;
      await add();
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => atStart.includes(id))).toEqual(atStart);
  });

  run('a cursor of one list is a 400 naming cursor on every other list, goals and KPIs too', async () => {
    const paths = [...Object.values(lists).map((l) => l.path), `${PLAN}/kpis`];
    const cursorOf = async (path: string) => ((await (await call('GET', `${path}?limit=1`)).json()) as { next_cursor: string | null }).next_cursor;
    // The plan has two KPIs and two measurements: a first page of one has a next page.
    for (const own of [`${PLAN}/kpis`, `${PLAN}/measurements`]) {
      const cursor = await cursorOf(own);
      expect(cursor, own).not.toBeNull();
      expect((await call('GET', `${own}?limit=1&cursor=${cursor}`)).status).toBe(200);
      for (const path of paths.filter((p) => p !== own)) {
        const res = await call('GET', `${path}?cursor=${cursor}`);
        expect(res.status, `${own}'s cursor on ${path}`).toBe(400);
        expect(((await res.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['cursor']);
      }
    }
  });
});
