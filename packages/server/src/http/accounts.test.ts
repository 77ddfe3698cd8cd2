import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../container.js';
import { postgresAvailable, TEST_DATABASES, testContainer } from '../testing/databases.js';
import { startTestApp, type TestApp } from '../testing/app.js';
import { SMALL_PLAN } from '../testing/fixtures.js';
import { OWNER, sessionCookie } from '../testing/http.js';
import { createApp } from './app.js';

const WS = '/api/v1/workspaces/acme';
const PLAN = `${WS}/plans/strategy`;
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;

describe.each(TEST_DATABASES)('accounts and access on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let t: TestApp;

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(kind, { trustProxy: true });
    expect((await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } })).status).toBe(201);
    expect((await t.owner.call('POST', `${WS}/plans?id=strategy`, { body: SMALL_PLAN, headers: { 'content-type': 'application/yaml' } })).status).toBe(201);
  });

  afterAll(async () => {
    await t?.close();
  });

  const invite = async (role: string, extra: Record<string, unknown> = {}) =>
    json<{ id: string; token: string; url: string }>(await t.owner.call('POST', `${WS}/invitations`, { json: { role, ...extra } }));
  const sql = () => t.container.db.kysely;

  run('the first account is made once, owns the demo, and later visitors are told to sign in', async () => {
    const container = await testContainer(kind);
    try {
      expect(await container.services.accounts.setup()).toEqual({ needs_first_account: true });
      expect(await container.services.demo.ensure()).toBe(true);
      const { result, cookies } = await container.services.accounts.createFirstAccount({ email: 'First@Example.com', password: 'a long password' });
      expect(result.user.email).toBe('first@example.com');
      expect(cookies.join()).toContain('kurs.session=');
      expect(await container.services.members.list((await container.services.workspaces.get('demo')).id)).toMatchObject({ items: [{ email: 'first@example.com', role: 'owner' }] });
      await expect(container.services.accounts.createFirstAccount({ email: 'second@example.com', password: 'a long password' })).rejects.toThrow(/exists already/);
      expect(await container.services.accounts.setup()).toEqual({ needs_first_account: false });
    } finally {
      await container.close();
    }
  });

  run('signs in, shows the session with its workspaces, changes the password and signs out', async () => {
    const { token } = await invite('editor');
    const user = await t.signUpWithInvitation(token, 'pat@kurs.test');
    const session = await json<{ user: { email: string }; csrf_token: string; workspaces: unknown[] }>(await user.call('GET', '/api/v1/auth/session'));
    expect(session).toMatchObject({ user: { email: 'pat@kurs.test' }, workspaces: [{ id: 'acme', name: 'Acme', role: 'editor' }] });
    expect(session.csrf_token).toBe(user.credentials.csrf);

    const anonymous = t.as({});
    const headers = { 'x-forwarded-for': '10.0.0.1' };
    expect((await anonymous('POST', '/api/v1/auth/sign-in', { json: { email: 'pat@kurs.test', password: 'not the password' }, headers })).status).toBe(401);
    const wrong = await user.call('POST', '/api/v1/auth/password', { json: { current_password: 'nope nope nope', new_password: 'a brand new password' } });
    expect(wrong.status).toBe(422);
    expect((await json<{ errors: { path: string }[] }>(wrong)).errors[0]!.path).toBe('current_password');
    expect((await user.call('POST', '/api/v1/auth/password', { json: { current_password: user.password, new_password: 'a brand new password' } })).status).toBe(200);
    expect((await anonymous('POST', '/api/v1/auth/sign-in', { json: { email: 'pat@kurs.test', password: user.password }, headers })).status).toBe(401);
    const signedIn = await anonymous('POST', '/api/v1/auth/sign-in', { json: { email: 'PAT@kurs.test', password: 'a brand new password' }, headers });
    expect(signedIn.status).toBe(200);

    // Ending the other sessions renews this one: the answer gives the CSRF token that works from now on.
    const other = t.as({ cookie: sessionCookie(signedIn), csrf: (await json<{ csrf_token: string }>(signedIn)).csrf_token });
    const renewed = await other('POST', '/api/v1/auth/password', { json: { current_password: 'a brand new password', new_password: 'the newest password', revoke_other_sessions: true } });
    expect(renewed.status).toBe(200);
    const renewedCsrf = (await json<{ csrf_token: string }>(renewed)).csrf_token;
    const renewedCookie = sessionCookie(renewed);
    const now = t.as({ cookie: renewedCookie, csrf: renewedCsrf });
    expect((await json<{ csrf_token: string }>(await now('GET', '/api/v1/auth/session'))).csrf_token).toBe(renewedCsrf);
    expect((await now('POST', '/api/v1/auth/tokens', { json: { name: 'after renewal', workspace: 'acme', role: 'viewer', expires_in_days: 1 } })).status).toBe(201);
    expect((await user.call('GET', '/api/v1/auth/session')).status).toBe(401);
    const unchanged = await now('POST', '/api/v1/auth/password', { json: { current_password: 'the newest password', new_password: 'a password again' } });
    expect((await json<{ csrf_token: string }>(unchanged)).csrf_token).toBe(renewedCsrf);

    const out = await now('POST', '/api/v1/auth/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/kurs\.session=;|Max-Age=0/);
    expect((await now('GET', '/api/v1/auth/session')).status).toBe(401);
  });

  run('refuses the 11th failed sign-in of an account, and of an address, within 15 minutes; the limit is in the database', async () => {
    const { token } = await invite('viewer');
    const victim = await t.signUpWithInvitation(token, 'victim@kurs.test');
    const anonymous = t.as({});
    const attempt = (email: string, password: string, address: string) =>
      anonymous('POST', '/api/v1/auth/sign-in', { json: { email, password }, headers: { 'x-forwarded-for': address } });
    for (let i = 0; i < 10; i++) expect((await attempt(victim.email, 'wrong password', `10.1.0.${i}`)).status).toBe(401);
    const limited = await attempt(victim.email, victim.password, '10.1.0.99');
    expect(limited.status).toBe(429);
    // A client is told when to try again: at most the 15 minutes of the window.
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    for (let i = 0; i < 10; i++) expect((await attempt(`nobody${i}@kurs.test`, 'wrong password', '10.2.0.1')).status).toBe(401);
    expect((await attempt(OWNER.email, OWNER.password, '10.2.0.1')).status).toBe(429);
    expect((await attempt(OWNER.email, OWNER.password, '10.2.0.2')).status).toBe(200);

    // A second server on the same database knows the limits too.
    const second = await createContainer(t.container.config);
    try {
      const app = createApp({ services: second.services, logger: second.logger, ready: async () => {}, bodyLimitBytes: 1 << 20, importLimitBytes: 1 << 20, access: t.container.config });
      const res = await app.request('http://localhost/api/v1/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.2.0.1' },
        body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
      });
      expect(res.status).toBe(429);
    } finally {
      await second.close();
    }
  });

  run('an expired session is signed out', async () => {
    const { token } = await invite('viewer');
    const user = await t.signUpWithInvitation(token, 'expiring@kurs.test');
    expect((await user.call('GET', `${WS}`)).status).toBe(200);
    await sql().updateTable('sessions').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', user.id).execute();
    expect((await user.call('GET', `${WS}`)).status).toBe(401);
    expect((await user.call('GET', '/api/v1/auth/session')).status).toBe(401);
  });

  run('refuses cookie writes without the CSRF token, from another site or origin', async () => {
    const { cookie, csrf } = t.owner.credentials;
    const rename = (headers: Record<string, string>) =>
      t.as({})('PATCH', WS, { json: { name: 'Acme' }, headers: { cookie, 'if-match': '*', ...headers } });
    expect((await rename({})).status).toBe(403);
    expect((await rename({ 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await rename({ 'x-csrf-token': csrf, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await rename({ 'x-csrf-token': csrf, origin: 'https://evil.example' })).status).toBe(403);
    expect((await rename({ 'x-csrf-token': csrf, 'sec-fetch-site': 'same-origin', origin: 'http://localhost' })).status).toBe(200);
    const loginCsrf = await t.as({})('POST', '/api/v1/auth/sign-in', { json: { email: OWNER.email, password: OWNER.password }, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(loginCsrf.status).toBe(403);
    // A bearer token is never sent by a browser on its own: no CSRF token needed.
    const pat = await json<{ token: string }>(await t.owner.call('POST', '/api/v1/auth/tokens', { json: { name: 'ci', workspace: 'acme', role: 'owner' } }));
    expect((await t.as({ token: pat.token })('PATCH', WS, { json: { name: 'Acme' }, headers: { 'if-match': '*' } })).status).toBe(200);
  });

  run('invitations: used once, expire, can be bound to an email, and can be revoked', async () => {
    const anonymous = t.as({});
    const open = await invite('viewer', { expires_in_days: 2 });
    expect(open.url).toBe(`/invitations#${open.token}`);
    expect(await json(await anonymous('POST', '/api/v1/invitations/preview', { json: { token: open.token } }))).toMatchObject({ workspace: { id: 'acme', name: 'Acme' }, role: 'viewer' });
    await t.signUpWithInvitation(open.token, 'once@kurs.test');
    const again = await anonymous('POST', '/api/v1/auth/sign-up', { json: { email: 'twice@kurs.test', password: 'long enough pw', invitation: open.token } });
    expect(again.status).toBe(404);

    const expiring = await invite('editor');
    await sql().updateTable('invitations').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', expiring.id).execute();
    expect((await anonymous('POST', '/api/v1/invitations/preview', { json: { token: expiring.token } })).status).toBe(404);
    expect((await anonymous('POST', '/api/v1/auth/sign-up', { json: { email: 'late@kurs.test', password: 'long enough pw', invitation: expiring.token } })).status).toBe(404);
    const listed = await json<{ items: { id: string; status: string }[] }>(await t.owner.call('GET', `${WS}/invitations`));
    expect(listed.items.find((i) => i.id === expiring.id)?.status).toBe('expired');

    const bound = await invite('editor', { email: 'Named@kurs.test' });
    expect((await anonymous('POST', '/api/v1/auth/sign-up', { json: { email: 'someone@kurs.test', password: 'long enough pw', invitation: bound.token } })).status).toBe(403);
    expect((await t.owner.call('DELETE', `${WS}/invitations/${bound.id}`)).status).toBe(204);
    expect((await anonymous('POST', '/api/v1/auth/sign-up', { json: { email: 'named@kurs.test', password: 'long enough pw', invitation: bound.token } })).status).toBe(404);
  });

  run('a share link reads only the dashboard of its plan, and stops at once when revoked or expired', async () => {
    await t.owner.call('POST', `${WS}/plans?id=second`, { body: SMALL_PLAN, headers: { 'content-type': 'application/yaml' } });
    const link = await json<{ id: string; token: string; url: string }>(await t.owner.call('POST', `${PLAN}/share-links`, { json: { label: 'Board', expires_in_days: null } }));
    expect(link.url).toBe(`/shared#${link.token}`);
    const share = t.as({ token: link.token });
    expect(await json(await share('GET', '/api/v1/share'))).toEqual({ workspace: { id: 'acme', name: 'Acme' }, plan: { id: 'strategy', name: 'Digital strategi 2027' }, expires_at: null });
    for (const path of ['', '/progress', '/health', '/roadmap', '/kpis/books-sold/series', '/goals', '/kpis', '/milestones']) {
      expect((await share('GET', `${PLAN}${path}`)).status, path).toBe(200);
    }
    for (const path of ['/document', '/strategy', '/activities', '/measurements', '/goals/sell-books', '/share-links']) {
      expect((await share('GET', `${PLAN}${path}`)).status, path).toBe(403);
    }
    expect((await share('GET', `${WS}/plans/second`)).status).toBe(404);
    expect((await share('GET', WS)).status).toBe(403);
    expect((await share('GET', '/api/v1/workspaces')).status).toBe(403);
    expect((await share('PATCH', `${PLAN}/goals/sell-books`, { json: { title: 'x' }, headers: { 'if-match': '*' } })).status).toBe(403);

    expect((await json<{ items: { id: string; status: string }[] }>(await t.owner.call('GET', `${PLAN}/share-links`))).items.map((l) => l.status)).toContain('active');
    expect((await t.owner.call('DELETE', `${PLAN}/share-links/${link.id}`)).status).toBe(204);
    expect((await share('GET', PLAN)).status).toBe(401);

    const expiring = await json<{ id: string; token: string }>(await t.owner.call('POST', `${PLAN}/share-links`, { json: { label: 'Later' } }));
    expect((await t.as({ token: expiring.token })('GET', PLAN)).status).toBe(200);
    await sql().updateTable('share_links').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', expiring.id).execute();
    expect((await t.as({ token: expiring.token })('GET', PLAN)).status).toBe(401);
  });

  run('API tokens: one workspace, a role capped by the user\'s, revocable', async () => {
    const { token: inv } = await invite('editor');
    const editor = await t.signUpWithInvitation(inv, 'tokens@kurs.test');
    expect((await editor.call('POST', '/api/v1/auth/tokens', { json: { name: 'too much', workspace: 'acme', role: 'owner' } })).status).toBe(403);
    const created = await editor.call('POST', '/api/v1/auth/tokens', { json: { name: 'script', workspace: 'acme', role: 'editor', expires_in_days: 30 } });
    expect(created.status).toBe(201);
    const pat = await json<{ id: string; token: string; hint: string }>(created);
    expect(pat.token).toMatch(/^kurs_pat_/);
    expect(pat.token.startsWith(pat.hint.replace('…', ''))).toBe(true);
    const listed = await json<{ items: Record<string, unknown>[] }>(await editor.call('GET', '/api/v1/auth/tokens'));
    expect(JSON.stringify(listed)).not.toContain(pat.token);
    expect((await sql().selectFrom('api_tokens').select('token_hash').where('id', '=', pat.id).executeTakeFirstOrThrow()).token_hash).not.toContain(pat.token);

    const bearer = t.as({ token: pat.token });
    expect((await bearer('PATCH', `${PLAN}/goals/sell-books`, { json: { title: 'Sell 120 000 books' }, headers: { 'if-match': '*' } })).status).toBe(200);
    expect((await bearer('GET', '/api/v1/workspaces')).status).toBe(200);
    expect((await bearer('POST', '/api/v1/workspaces', { json: { name: 'Mine' } })).status).toBe(403);
    expect((await bearer('GET', '/api/v1/auth/tokens')).status).toBe(403);

    // Demoted to viewer: the editor token can only read now.
    const member = await json<{ version: number }>(await t.owner.call('PATCH', `${WS}/members/${editor.id}`, { json: { role: 'viewer' }, headers: { 'if-match': '*' } }));
    expect(member.version).toBe(2);
    expect((await bearer('PATCH', `${PLAN}/goals/sell-books`, { json: { title: 'x' }, headers: { 'if-match': '*' } })).status).toBe(403);
    expect((await bearer('GET', `${PLAN}/goals/sell-books`)).status).toBe(200);

    const expiring = await json<{ id: string; token: string }>(await editor.call('POST', '/api/v1/auth/tokens', { json: { name: 'short', workspace: 'acme', role: 'viewer', expires_in_days: 1 } }));
    expect((await t.as({ token: expiring.token })('GET', WS)).status).toBe(200);
    await sql().updateTable('api_tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', expiring.id).execute();
    expect((await t.as({ token: expiring.token })('GET', WS)).status).toBe(401);
    expect((await json<{ items: { id: string; status: string }[] }>(await editor.call('GET', '/api/v1/auth/tokens'))).items.find((i) => i.id === expiring.id)?.status).toBe('expired');

    expect((await editor.call('DELETE', `/api/v1/auth/tokens/${pat.id}`)).status).toBe(204);
    expect((await bearer('GET', `${PLAN}/goals/sell-books`)).status).toBe(401);
    expect((await t.as({ token: 'kurs_pat_not-a-real-token' })('GET', '/api/health')).status).toBe(401);
  });

  run('a signed-in person accepts an invitation to a second workspace', async () => {
    await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'beta', name: 'Beta' } });
    const { token } = await invite('viewer');
    const person = await t.signUpWithInvitation(token, 'two-places@kurs.test');
    const second = await json<{ token: string }>(await t.owner.call('POST', '/api/v1/workspaces/beta/invitations', { json: { role: 'editor', email: 'two-places@kurs.test' } }));
    expect(await json(await person.call('POST', '/api/v1/invitations/accept', { json: { token: second.token } }))).toEqual({ workspace: 'beta', role: 'editor' });
    expect((await person.call('POST', '/api/v1/invitations/accept', { json: { token: second.token } })).status).toBe(404);
    const session = await json<{ workspaces: { id: string; role: string }[] }>(await person.call('GET', '/api/v1/auth/session'));
    expect(session.workspaces.map((w) => [w.id, w.role])).toEqual([['acme', 'viewer'], ['beta', 'editor']]);
  });

  run('the last owner stays owner; members can be removed', async () => {
    const owner = t.owner;
    const res = await owner.call('PATCH', `${WS}/members/${owner.id}`, { json: { role: 'editor' }, headers: { 'if-match': '*' } });
    expect(res.status).toBe(409);
    const { token } = await invite('viewer');
    const leaving = await t.signUpWithInvitation(token, 'leaving@kurs.test');
    expect((await owner.call('DELETE', `${WS}/members/${leaving.id}`)).status).toBe(428);
    expect((await owner.call('DELETE', `${WS}/members/${leaving.id}`, { headers: { 'if-match': '"1"' } })).status).toBe(204);
    expect((await leaving.call('GET', WS)).status).toBe(404);
  });

  run('refuses fields a caller may not set (no mass assignment)', async () => {
    const cases: [string, string, unknown][] = [
      ['POST', '/api/v1/workspaces', { id: 'x1', name: 'X', role: 'owner' }],
      ['POST', '/api/v1/workspaces', { name: 'X', workspace_id: 'acme' }],
      ['PATCH', WS, { name: 'Acme', version: 99 }],
      ['PATCH', `${WS}/members/${t.owner.id}`, { role: 'owner', workspace_id: 'other' }],
      ['POST', `${WS}/invitations`, { role: 'viewer', workspace_id: 'other' }],
      ['POST', '/api/v1/auth/tokens', { name: 'x', workspace: 'acme', role: 'viewer', user_id: 'someone' }],
      ['POST', `${PLAN}/share-links`, { label: 'x', plan_id: 'other' }],
      ['POST', `${PLAN}/goals`, { id: 'g2', title: 'New', horizon: 'year', workspace_id: 'other' }],
      ['PATCH', `${PLAN}/goals/sell-books`, { version: 7 }],
      ['PATCH', `${PLAN}/goals/sell-books`, { plan_id: 'x' }],
      ['POST', '/api/v1/auth/first-account', { email: 'a@b.co', password: 'long enough pw', role: 'owner' }],
    ];
    const before = await t.container.services.plans.export('acme', 'strategy', 'json');
    for (const [method, path, body] of cases) {
      const res = await t.owner.call(method, path, { json: body, headers: { 'if-match': '*' } });
      expect([409, 422], `${method} ${path} ${JSON.stringify(body)}: ${res.status}`).toContain(res.status);
    }
    expect(await t.container.services.plans.export('acme', 'strategy', 'json')).toEqual(before);
  });

  run('the owner of another workspace can neither read nor change anything here, by any route', async () => {
    await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'rival', name: 'Rival agency' } });
    const { token } = await json<{ token: string }>(await t.owner.call('POST', '/api/v1/workspaces/rival/invitations', { json: { role: 'owner' } }));
    const rival = (await t.signUpWithInvitation(token, 'rival@kurs.test')).call;
    const before = await t.container.services.plans.export('acme', 'strategy', 'json');
    const auditBefore = await t.container.services.audit.list((await t.container.services.workspaces.get('acme')).id, {});
    const ifMatch = { 'if-match': '*' };
    const attempts: [string, string, { json?: unknown; body?: string; headers?: Record<string, string> }][] = [
      ['GET', `${PLAN}/document`, {}],
      ['GET', `${WS}/members`, {}],
      ['GET', `${WS}/audit`, {}],
      ['PATCH', WS, { json: { name: 'Mine now' }, headers: ifMatch }],
      ['DELETE', WS, { headers: ifMatch }],
      ['PATCH', `${PLAN}/goals/sell-books`, { json: { title: 'Hijacked' }, headers: ifMatch }],
      ['POST', `${PLAN}/goals`, { json: { id: 'evil', title: 'Evil', horizon: 'year' } }],
      ['DELETE', `${PLAN}/milestones/new-checkout`, { headers: ifMatch }],
      ['PUT', `${PLAN}/document`, { body: SMALL_PLAN.replace('Nordbok AS', 'Rival AS'), headers: { 'content-type': 'application/yaml', ...ifMatch } }],
      ['POST', `${PLAN}/measurements`, { json: { items: [{ kpi: 'visits', date: '2027-01-07', value: 1 }] } }],
      ['POST', `${PLAN}/share-links`, { json: { label: 'leak' } }],
      ['POST', `${WS}/invitations`, { json: { role: 'owner' } }],
      ['POST', '/api/v1/auth/tokens', { json: { name: 'x', workspace: 'acme', role: 'viewer' } }],
    ];
    for (const [method, path, options] of attempts) expect((await rival(method, path, options)).status, `${method} ${path}`).toBe(404);
    const listed = await json<{ items: { id: string }[] }>(await rival('GET', '/api/v1/workspaces'));
    expect(listed.items.map((w) => w.id)).toEqual(['rival']);
    expect(await t.container.services.plans.export('acme', 'strategy', 'json')).toEqual(before);
    expect(await t.container.services.audit.list((await t.container.services.workspaces.get('acme')).id, {})).toEqual(auditBefore);
  });
});
