import { describe, expect } from 'vitest';
import { startAppWithPlan } from '../testing/acme-plan.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { problemOf } from '../testing/http.js';

const WS = '/api/v1/workspaces/acme';
const PLAN = `${WS}/plans/strategy`;

interface Workspace {
  id: string;
  name: string;
  locale: string | null;
  currency: string | null;
  version: number;
}
interface PlanSummary {
  id: string;
  name: string;
  archived: boolean;
  archived_at: string | null;
  version: number;
  revision: number;
}
interface Problem {
  errors: { path: string; code: string }[];
}

describe.each(TEST_DATABASES)('workspace settings and plan archive on %s', (kind) => {
  const { started: t, run } = startedOn(kind, () => startAppWithPlan(kind));

  const join = async (workspace: string, role: 'editor' | 'viewer', email: string) => {
    const res = await t.owner.call('POST', `/api/v1/workspaces/${workspace}/invitations`, { json: { role } });
    return t.signUpWithInvitation(((await res.json()) as { token: string }).token, email);
  };
  const actions = async (workspace: string) =>
    ((await (await t.owner.call('GET', `/api/v1/workspaces/${workspace}/audit`)).json()) as { items: { action: string; changed_fields: string[] }[] }).items;
  const planIds = async (query = '') => ((await (await t.owner.call('GET', `${WS}/plans${query}`)).json()) as { items: PlanSummary[] }).items.map((p) => p.id);

  run('a new workspace has no locale or currency unless given', async () => {
    const plain = await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'plain', name: 'Plain' } });
    expect(await plain.json()).toMatchObject({ id: 'plain', locale: null, currency: null });
    const given = await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'given', name: 'Given', locale: 'sv', currency: 'SEK' } });
    expect(given.status).toBe(201);
    expect(await (await t.owner.call('GET', '/api/v1/workspaces/given')).json()).toMatchObject({ locale: 'sv', currency: 'SEK' });
  });

  run('PATCH sets and clears locale and currency with If-Match, and says which fields changed', async () => {
    const read = await t.owner.call('GET', WS);
    const etag = read.headers.get('etag')!;
    const res = await t.owner.call('PATCH', WS, { json: { locale: 'nb', currency: 'NOK' }, headers: { 'if-match': etag } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Workspace;
    expect(body).toMatchObject({ id: 'acme', name: 'Acme', locale: 'nb', currency: 'NOK' });
    expect(res.headers.get('etag')).toBe(`"${body.version}"`);
    expect((await t.owner.call('PATCH', WS, { json: { currency: 'EUR' }, headers: { 'if-match': etag } })).status).toBe(412);
    expect((await t.owner.call('PATCH', WS, { json: { currency: 'EUR' } })).status).toBe(428);

    const cleared = await t.owner.call('PATCH', WS, { json: { currency: null, name: 'Acme AS' }, headers: { 'if-match': res.headers.get('etag')! } });
    expect(await cleared.json()).toMatchObject({ name: 'Acme AS', locale: 'nb', currency: null });
    expect((await actions('acme')).slice(0, 2).map((e) => e.changed_fields)).toEqual([['currency', 'name'], ['currency', 'locale']]);
  });

  run('refuses a bad currency or locale with 422 naming the field, and changes nothing', async () => {
    const before = await (await t.owner.call('GET', WS)).json();
    for (const [json, path, code] of [
      [{ currency: 'kroner' }, 'currency', 'invalid_format'],
      [{ currency: 578 }, 'currency', 'invalid_type'],
      [{ locale: 'de' }, 'locale', 'not_in_list'],
      [{ name: null }, 'name', 'invalid_type'],
      [{ colour: 'red' }, 'colour', 'unknown_field'],
    ] as const) {
      const res = await t.owner.call('PATCH', WS, { json, headers: { 'if-match': '*' } });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect((await problemOf<Problem>(res)).errors).toEqual([expect.objectContaining({ path, code })]);
    }
    expect(await (await t.owner.call('GET', WS)).json()).toEqual(before);
  });

  run('only the owner changes or deletes a workspace: an editor gets 403', async () => {
    await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'shared', name: 'Shared' } });
    const editor = await join('shared', 'editor', `editor-${kind}@kurs.test`);
    expect((await editor.call('PATCH', '/api/v1/workspaces/shared', { json: { currency: 'DKK' }, headers: { 'if-match': '*' } })).status).toBe(403);
    expect((await editor.call('DELETE', '/api/v1/workspaces/shared', { headers: { 'if-match': '*' } })).status).toBe(403);
    expect((await t.owner.call('GET', '/api/v1/workspaces/shared')).status).toBe(200);
    expect((await t.owner.call('DELETE', '/api/v1/workspaces/shared', { headers: { 'if-match': '*' } })).status).toBe(204);
    expect((await t.owner.call('GET', '/api/v1/workspaces/shared')).status).toBe(404);
  });

  run('an archived plan leaves the list, shows under ?archived=true, stays readable and writable, and comes back', async () => {
    const read = await t.owner.call('GET', PLAN);
    const before = (await read.json()) as PlanSummary;
    expect(before).toMatchObject({ archived: false, archived_at: null });
    const document = await (await t.owner.call('GET', `${PLAN}/document?format=yaml`)).text();

    const archived = await t.owner.call('PATCH', PLAN, { json: { archived: true }, headers: { 'if-match': read.headers.get('etag')! } });
    expect(archived.status).toBe(200);
    const summary = (await archived.json()) as PlanSummary;
    expect(summary).toMatchObject({ archived: true, archived_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    // Not part of the document: neither its text nor its ETag moves.
    expect(summary.revision).toBe(before.revision);
    expect(await (await t.owner.call('GET', `${PLAN}/document?format=yaml`)).text()).toBe(document);
    expect(document).not.toContain('archived');

    expect(await planIds()).not.toContain('strategy');
    expect(await planIds('?archived=false')).not.toContain('strategy');
    expect(await planIds('?archived=true')).toEqual(['strategy']);
    expect((await t.owner.call('GET', `${PLAN}/goals`)).status).toBe(200);
    const goal = await t.owner.call('POST', `${PLAN}/goals`, { json: { id: 'archived-goal', title: 'Written while archived', horizon: 'year' } });
    expect(goal.status).toBe(201);

    const current = (await (await t.owner.call('GET', PLAN)).json()) as PlanSummary;
    const back = await t.owner.call('PATCH', PLAN, { json: { archived: false, name: 'Strategy again' }, headers: { 'if-match': `"${current.version}"` } });
    expect(await back.json()).toMatchObject({ name: 'Strategy again', archived: false, archived_at: null });
    expect(await planIds()).toContain('strategy');
    expect(await planIds('?archived=true')).toEqual([]);
    const entries = (await actions('acme')).filter((e) => e.action === 'plan.update');
    expect(entries.slice(0, 2).map((e) => e.changed_fields)).toEqual([['archived', 'name'], ['archived']]);
  });

  run('refuses a bad archived flag, an unknown header field or a bad list filter, naming it', async () => {
    const res = await t.owner.call('PATCH', PLAN, { json: { archived: 'yes' }, headers: { 'if-match': '*' } });
    expect(res.status).toBe(422);
    expect((await problemOf<Problem>(res)).errors).toEqual([expect.objectContaining({ path: 'archived' })]);
    // The header patch stays strict beside the flag.
    const unknown = await t.owner.call('PATCH', PLAN, { json: { archived: true, colour: 'red' }, headers: { 'if-match': '*' } });
    expect((await problemOf<Problem>(unknown)).errors).toEqual([expect.objectContaining({ path: 'colour', code: 'unknown_field' })]);
    expect(((await (await t.owner.call('GET', PLAN)).json()) as PlanSummary).archived).toBe(false);
    const list = await t.owner.call('GET', `${WS}/plans?archived=maybe`);
    expect(list.status).toBe(400);
    expect((await problemOf<Problem>(list)).errors).toEqual([expect.objectContaining({ path: 'archived' })]);
  });

  run('a viewer cannot archive a plan', async () => {
    const viewer = await join('acme', 'viewer', `viewer-${kind}@kurs.test`);
    expect((await viewer.call('PATCH', PLAN, { json: { archived: true }, headers: { 'if-match': '*' } })).status).toBe(403);
    expect(((await (await t.owner.call('GET', PLAN)).json()) as PlanSummary).archived).toBe(false);
  });
});
