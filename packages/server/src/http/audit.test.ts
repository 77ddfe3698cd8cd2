import { describe, expect } from 'vitest';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { startTestApp } from '../testing/app.js';
import { SMALL_PLAN } from '../testing/fixtures.js';
import { problemOf } from '../testing/http.js';

const WS = '/api/v1/workspaces/acme';
const PLAN = `${WS}/plans/strategy`;

interface Entry {
  actor: { id: string | null; label: string; via: string };
  action: string;
  entity_type: string;
  entity_id: string;
  plan: string | null;
  changed_fields: string[];
  detail: string | null;
}

describe.each(TEST_DATABASES)('audit log on %s', (kind) => {
  const { started: t, run } = startedOn(kind, () => startTestApp(kind));

  const entries = async (query = '') => ((await (await t.owner.call('GET', `${WS}/audit?limit=1000${query}`)).json()) as { items: Entry[] }).items;

  run('has one entry for every kind of write, with who, what, which entity and the changed fields', async () => {
    const call = t.owner.call;
    const ok = async (res: Promise<Response>, status = 200) => {
      const r = await res;
      expect(r.status, await r.clone().text()).toBe(status);
      return r;
    };
    const ifMatch = { 'if-match': '*' };
    await ok(call('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } }), 201);
    await ok(call('PATCH', WS, { json: { name: 'Acme AS' }, headers: ifMatch }));
    await ok(call('POST', `${WS}/plans?id=strategy`, { body: SMALL_PLAN.replace('Digital strategi 2027', '=HYPERLINK("http://evil")'), headers: { 'content-type': 'application/yaml' } }), 201);
    await ok(call('PATCH', PLAN, { json: { name: 'Digital strategi 2027' }, headers: ifMatch }));
    await ok(call('PUT', `${PLAN}/situation`, { json: { usp: 'New USP' }, headers: ifMatch }));
    await ok(call('PUT', `${PLAN}/strategy`, { json: { traffic: 'organic' }, headers: ifMatch }));
    await ok(call('POST', `${PLAN}/goals`, { json: { id: 'grow', title: 'Grow', horizon: 'year' } }), 201);
    await ok(call('PATCH', `${PLAN}/goals/grow`, { json: { title: 'Grow more' }, headers: ifMatch }));
    await ok(call('DELETE', `${PLAN}/goals/grow`, { headers: ifMatch }), 204);
    await ok(call('POST', `${PLAN}/measurements`, { json: { items: [{ kpi: 'visits', date: '2027-01-07', value: 10 }] } }));
    await ok(call('DELETE', `${PLAN}/measurements?kpi=visits`));
    await ok(call('POST', `${PLAN}/measurements/import`, { body: 'kpi,date,value\nvisits,2027-01-14,12\n', headers: { 'content-type': 'text/csv' } }));
    const document = await ok(call('GET', `${PLAN}/document`));
    await ok(call('PUT', `${PLAN}/document`, { body: await document.text(), headers: { 'content-type': 'application/json', 'if-match': document.headers.get('etag')! } }));
    const invitation = (await (await ok(call('POST', `${WS}/invitations`, { json: { role: 'viewer' } }), 201)).json()) as { id: string; token: string };
    const member = await t.signUpWithInvitation(invitation.token, 'member@kurs.test');
    await ok(call('PATCH', `${WS}/members/${member.id}`, { json: { role: 'editor' }, headers: ifMatch }));
    const revoked = (await (await ok(call('POST', `${WS}/invitations`, { json: { role: 'viewer' } }), 201)).json()) as { id: string };
    await ok(call('DELETE', `${WS}/invitations/${revoked.id}`), 204);
    const link = (await (await ok(call('POST', `${PLAN}/share-links`, { json: { label: 'Board' } }), 201)).json()) as { id: string };
    await ok(call('DELETE', `${PLAN}/share-links/${link.id}`), 204);
    const token = (await (await ok(member.call('POST', '/api/v1/auth/tokens', { json: { name: 'ci', workspace: 'acme', role: 'editor' } }), 201)).json()) as { id: string; token: string };
    await ok(t.as({ token: token.token })('PATCH', `${PLAN}/goals/sell-books`, { json: { title: 'Sell books' }, headers: ifMatch }));
    await ok(member.call('DELETE', `/api/v1/auth/tokens/${token.id}`), 204);
    await ok(call('DELETE', `${WS}/members/${member.id}`, { headers: ifMatch }), 204);
    await ok(call('DELETE', PLAN, { headers: ifMatch }), 204);

    const log = await entries();
    const actions = log.map((e) => e.action).reverse();
    expect(actions).toEqual([
      'workspace.create',
      'workspace.update',
      'plan.create',
      'plan.update',
      'situation.update',
      'strategy.update',
      'goal.create',
      'goal.update',
      'goal.delete',
      'measurements.upsert',
      'measurements.delete',
      'measurements.import',
      'plan.replace',
      'invitation.create',
      'invitation.accept',
      'member.update',
      'invitation.create',
      'invitation.revoke',
      'share_link.create',
      'share_link.revoke',
      'api_token.create',
      'goal.update',
      'api_token.revoke',
      'member.remove',
      'plan.delete',
    ]);
    const find = (action: string) => log.find((e) => e.action === action)!;
    expect(find('workspace.update')).toMatchObject({ actor: { id: t.owner.id, label: 'owner@kurs.test', via: 'session' }, entity_type: 'workspace', entity_id: 'acme', changed_fields: ['name'] });
    expect(find('plan.update')).toMatchObject({ entity_type: 'plan', plan: 'strategy', changed_fields: ['name'] });
    expect(find('situation.update').changed_fields).toEqual(['findings', 'usp']);
    expect(find('goal.create')).toMatchObject({ entity_type: 'goal', entity_id: 'grow', plan: 'strategy' });
    expect(log.filter((e) => e.action === 'goal.update').map((e) => [e.entity_id, e.changed_fields, e.actor.via])).toEqual([
      ['sell-books', ['title'], 'token'],
      ['grow', ['title'], 'session'],
    ]);
    expect(find('member.update')).toMatchObject({ entity_id: 'member@kurs.test', changed_fields: ['role'], detail: 'viewer → editor' });
    expect(find('measurements.upsert')).toMatchObject({ entity_id: 'visits', detail: '1 measurement(s)' });

    expect((await entries('&entity_type=goal')).every((e) => e.entity_type === 'goal')).toBe(true);
    expect((await entries(`&user=${member.id}`)).map((e) => e.action).sort()).toEqual(['api_token.create', 'api_token.revoke', 'goal.update', 'invitation.accept'].sort());
    const page = (await (await call('GET', `${WS}/audit?limit=2`)).json()) as { items: Entry[]; next_cursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.next_cursor).not.toBeNull();

    const csv = await call('GET', `${WS}/audit?format=csv&entity_type=plan`);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe('at,actor,via,action,entity_type,entity_id,plan,changed_fields,detail');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  run('stays when its workspace is deleted, and an entry is never written for a refused change', async () => {
    await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'gone', name: 'Gone' } });
    const id = (await t.container.services.workspaces.get('gone')).id;
    expect((await t.owner.call('PATCH', '/api/v1/workspaces/gone', { json: { name: '' }, headers: { 'if-match': '*' } })).status).toBe(422);
    expect((await t.container.services.audit.list(id, {})).items.map((e) => e.action)).toEqual(['workspace.create']);
    expect((await t.owner.call('DELETE', '/api/v1/workspaces/gone', { headers: { 'if-match': '*' } })).status).toBe(204);
    expect((await t.container.services.audit.list(id, {})).items.map((e) => e.action)).toEqual(['workspace.delete', 'workspace.create']);
  });

  run('pages while entries are written between pages: each entry there at the start is seen once, none twice', async () => {
    const ws = '/api/v1/workspaces/paged';
    const rename = (name: string) => t.owner.call('PATCH', ws, { json: { name }, headers: { 'if-match': '*' } });
    await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'paged', name: 'Paged' } });
    for (let i = 0; i < 10; i++) expect((await rename(`Before ${i}`)).status).toBe(200);
    const atStart = ((await (await t.owner.call('GET', `${ws}/audit?limit=1000`)).json()) as { items: { id: string }[] }).items.map((e) => e.id);
    expect(atStart).toHaveLength(11);

    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages === 0 || cursor !== null; pages++) {
      const res = await t.owner.call('GET', `${ws}/audit?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { id: string }[]; next_cursor: string | null };
      seen.push(...page.items.map((e) => e.id));
      cursor = page.next_cursor;
      // Newer entries go before the pages read so far, where an offset would count them.
      for (let i = 0; i < 2; i++) expect((await rename(`During ${pages}.${i}`)).status).toBe(200);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(atStart);
  });

  run('refuses a cursor it did not give out (an offset cursor, one of another list, a changed one) with a 400 naming cursor', async () => {
    const first = (await (await t.owner.call('GET', `${WS}/audit?limit=1`)).json()) as { next_cursor: string };
    const workspaces = (await (await t.owner.call('GET', '/api/v1/workspaces?limit=1')).json()) as { next_cursor: string | null };
    const text = Buffer.from(first.next_cursor, 'base64url').toString();
    const cursors = [
      Buffer.from('o:1').toString('base64url'),
      Buffer.from(text.replace('"audit"', '"workspaces"')).toString('base64url'),
      Buffer.from(text.replace(/\]$/, ',"more"]')).toString('base64url'),
      Buffer.from(text.replace(/"[^"]*"\]$/, '"\\u0000"]')).toString('base64url'),
      Buffer.from(text.replace(/"[^"]*"\]$/, '7]')).toString('base64url'),
      `${first.next_cursor}=`,
      'not a cursor',
    ];
    expect(workspaces.next_cursor).not.toBeNull();
    for (const cursor of [...cursors, workspaces.next_cursor!]) {
      const res = await t.owner.call('GET', `${WS}/audit?cursor=${encodeURIComponent(cursor)}`);
      expect(res.status, cursor).toBe(400);
      expect((await problemOf<{ errors: { path: string }[] }>(res)).errors.map((e) => e.path)).toEqual(['cursor']);
    }
    expect((await t.owner.call('GET', `${WS}/audit?cursor=${first.next_cursor}`)).status).toBe(200);
  });
});
