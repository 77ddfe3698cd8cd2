import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POLICY, type Policy, type Role } from '../auth/auth.policy.js';
import type { Services } from '../container.js';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { startTestApp, type TestApp } from '../testing/app.js';
import { SMALL_PLAN } from '../testing/fixtures.js';
import type { Call, TestUser } from '../testing/http.js';
import { createApp } from './app.js';
import { type RouteEntry, routeTable } from './route.js';

/*
 * The authorisation matrix: every route of the app × every kind of caller, with the status
 * the policy table says it must get. The rows come from the route table itself, so a new
 * route is in the matrix the moment it exists; one whose path has a parameter the fixture
 * does not know fails until PARAMS learns it.
 */

const ROUTES = routeTable(
  createApp({
    services: {} as Services,
    logger: pino({ level: 'silent' }),
    ready: async () => {},
    bodyLimitBytes: 1 << 20,
    importLimitBytes: 1 << 20,
    access: { publicUrl: undefined, secure: false, trustProxy: false },
  }),
);

type CallerName = 'anonymous' | 'viewer' | 'editor' | 'owner' | 'other owner' | 'share link' | 'token (viewer)' | 'token (editor)';
const CALLERS: CallerName[] = ['anonymous', 'viewer', 'editor', 'owner', 'other owner', 'share link', 'token (viewer)', 'token (editor)'];

type Expected = 'allowed' | 401 | 403 | 404;

/** What the policy says a caller gets on a route of workspace "acme", plan "strategy". */
function expected(caller: CallerName, entry: RouteEntry): Expected {
  const policy: Policy = POLICY[entry.action];
  if (policy.scope === 'public') return 'allowed';
  if (caller === 'anonymous') return 401;
  const session = ['viewer', 'editor', 'owner', 'other owner'].includes(caller);
  if (policy.scope === 'share') return caller === 'share link' ? 'allowed' : 403;
  if (policy.scope === 'account') return session ? 'allowed' : 403;
  if (policy.scope === 'user') return caller === 'share link' ? 403 : 'allowed';
  if (caller === 'other owner') return 404;
  if (caller === 'share link') return policy.share ? 'allowed' : 403;
  const role = ({ viewer: 'viewer', editor: 'editor', owner: 'owner', 'token (viewer)': 'viewer', 'token (editor)': 'editor' } as Record<string, Role>)[caller]!;
  return policy.roles.includes(role) ? 'allowed' : 403;
}

const denialOf = async (res: Response): Promise<Expected | 'allowed'> => {
  if (res.status === 401 || res.status === 403) return res.status;
  if (res.status === 404) {
    const body = (await res.clone().json()) as { detail?: string };
    // A missing id behind an allowed route is a 404 too; only "no such workspace" is a refusal.
    if (body.detail?.startsWith('There is no workspace')) return 404;
  }
  return 'allowed';
};

// Sign-out ends the caller's session: it runs last.
const ORDERED = [...ROUTES].sort((a, b) => Number(a.path.endsWith('/sign-out')) - Number(b.path.endsWith('/sign-out')));

describe.each(TEST_DATABASES)('authorisation matrix on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  let t: TestApp;
  const calls = {} as Record<CallerName, Call>;
  const params: Record<string, string> = { ws: 'acme', plan: 'strategy' };
  let viewer: TestUser;
  let before: { audit: number; document: string };

  const fingerprint = async () => ({
    audit: Number((await t.container.db.kysely.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n),
    document: (await t.container.services.plans.export('acme', 'strategy', 'json')).text,
  });

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(kind);
    const owner = t.owner.call;
    expect((await owner('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } })).status).toBe(201);
    expect((await owner('POST', '/api/v1/workspaces', { json: { id: 'other', name: 'Other' } })).status).toBe(201);
    expect((await owner('POST', '/api/v1/workspaces/acme/plans?id=strategy', { body: SMALL_PLAN, headers: { 'content-type': 'application/yaml' } })).status).toBe(201);
    const invite = async (ws: string, role: Role, email: string) => {
      const res = await owner('POST', `/api/v1/workspaces/${ws}/invitations`, { json: { role } });
      return t.signUpWithInvitation(((await res.json()) as { token: string }).token, email);
    };
    viewer = await invite('acme', 'viewer', 'viewer@kurs.test');
    const editor = await invite('acme', 'editor', 'editor@kurs.test');
    const other = await invite('other', 'owner', 'other@kurs.test');
    const token = async (role: Role) =>
      ((await (await owner('POST', '/api/v1/auth/tokens', { json: { name: role, workspace: 'acme', role } })).json()) as { token: string }).token;
    const share = (await (await owner('POST', '/api/v1/workspaces/acme/plans/strategy/share-links', { json: { label: 'Board' } })).json()) as { token: string };
    Object.assign(calls, {
      anonymous: t.as({}),
      viewer: viewer.call,
      editor: editor.call,
      owner,
      'other owner': other.call,
      'share link': t.as({ token: share.token }),
      'token (viewer)': t.as({ token: await token('viewer') }),
      'token (editor)': t.as({ token: await token('editor') }),
    });
    for (const name of ['audiences', 'competitors', 'channels', 'campaigns', 'goals', 'kpis', 'themes', 'activities', 'milestones', 'reviews']) {
      const list = (await (await owner('GET', `/api/v1/workspaces/acme/plans/strategy/${name}`)).json()) as { items: { id: string }[] };
      params[`${name}/id`] = list.items[0]!.id;
    }
    const template = await owner('POST', '/api/v1/workspaces/acme/templates', { json: { name: 'Starting point', from_plan: 'strategy' } });
    params['templates/id'] = ((await template.json()) as { id: string }).id;
    params.kpi = params['kpis/id']!;
    params.user = viewer.id;
    before = await fingerprint();
  });

  afterAll(async () => {
    await t?.close();
  });

  /** The path with its parameters filled in; an unknown parameter fails the test. */
  function pathOf(entry: RouteEntry): string {
    return entry.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const collection = /\/(\w+)\/\{id\}$/.exec(entry.path)?.[1];
      const value = name === 'id' ? (params[`${collection}/id`] ?? 'no-such-id') : params[name];
      if (value === undefined) throw new Error(`${entry.method} ${entry.path}: the matrix has no value for {${name}}; add one to its params`);
      return encodeURIComponent(value);
    });
  }

  const run = skip ? it.skip : it;

  run('covers every route of the app', () => {
    expect(ROUTES.length).toBeGreaterThan(60);
    expect(new Set(ROUTES.map((r) => `${r.method} ${r.path}`)).size).toBe(ROUTES.length);
  });

  for (const entry of ORDERED) {
    run(`${entry.method} ${entry.path} (${entry.action})`, async () => {
      const path = pathOf(entry);
      const write = entry.method !== 'GET' && entry.method !== 'DELETE';
      const options = entry.path.endsWith('/measurements/import') ? { body: '', headers: { 'content-type': 'text/csv' } } : write ? { json: {} } : {};
      const got: Record<string, string> = {};
      const want: Record<string, string> = {};
      for (const caller of CALLERS) {
        const res = await calls[caller](entry.method, path, options);
        expect(res.status, `${caller}: ${await res.clone().text()}`).toBeLessThan(500);
        got[caller] = String(await denialOf(res));
        want[caller] = String(expected(caller, entry));
      }
      expect(got).toEqual(want);
    });
  }

  run('changed nothing: no audit entry, the same plan document', async () => {
    const after = await fingerprint();
    expect(after).toEqual(before);
  });
});
