import { assertValidPlan, bookshopPlan, type PlanDocument } from '@kurs/core';
import { describe, expect } from 'vitest';
import { startTestApp } from '../testing/app.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { problemOf, withWorkspace } from '../testing/http.js';

const WS = '/api/v1/workspaces/shop';
const TEMPLATES = `${WS}/templates`;

interface Template {
  id: string;
  name: string;
  description: string | null;
  locale: string | null;
  version: number;
  created_at: string;
  document?: PlanDocument;
}

describe.each(TEST_DATABASES)('workspace templates on %s', (kind) => {
  const demo = bookshopPlan({ today: '2027-05-15' });
  const { started: t, run } = startedOn(kind, async () => {
    const app = await withWorkspace(await startTestApp(kind), { id: 'shop', name: 'Shop' });
    const res = await app.owner.call('POST', `${WS}/plans?id=bookshop`, { json: demo });
    if (res.status !== 201) throw new Error(`the demo plan: ${res.status} ${await res.text()}`);
    return app;
  });

  const join = async (role: 'editor' | 'viewer') => {
    const res = await t.owner.call('POST', `${WS}/invitations`, { json: { role } });
    return t.signUpWithInvitation(((await res.json()) as { token: string }).token, `${role}-${kind}-templates@kurs.test`);
  };
  const list = async () => ((await (await t.owner.call('GET', TEMPLATES)).json()) as { items: Template[] }).items;

  run('saves a plan as a template without its measurements and reviews, lists it, reads its document, deletes it', async () => {
    expect(demo.measurements?.length).toBeGreaterThan(0);
    expect(demo.reviews?.length).toBeGreaterThan(0);
    const created = await t.owner.call('POST', TEMPLATES, { json: { name: 'Online shop', description: 'A year of a webshop', from_plan: 'bookshop' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${TEMPLATES}/online-shop`);
    const template = (await created.json()) as Template;
    expect(template).toMatchObject({ id: 'online-shop', name: 'Online shop', description: 'A year of a webshop', locale: demo.plan.locale ?? null, version: 1 });

    expect(await list()).toEqual([{ id: 'online-shop', name: 'Online shop', description: 'A year of a webshop', locale: demo.plan.locale ?? null, version: 1, created_at: template.created_at }]);

    const read = await t.owner.call('GET', `${TEMPLATES}/online-shop`);
    expect(read.headers.get('etag')).toBe('"1"');
    const { document } = (await read.json()) as Template;
    const valid = assertValidPlan(document);
    expect(valid.measurements).toBeUndefined();
    expect(valid.reviews).toBeUndefined();
    expect(valid.goals?.map((g) => g.id)).toEqual(demo.goals?.map((g) => g.id));
    expect(valid.activities).toHaveLength(demo.activities?.length ?? 0);
    expect(valid.milestones).toHaveLength(demo.milestones?.length ?? 0);

    // A plan made from it is the existing import of a document.
    const copy = await t.owner.call('POST', `${WS}/plans`, { json: { ...valid, plan: { ...valid.plan, name: 'From the template' } } });
    expect(copy.status).toBe(201);

    expect((await t.owner.call('DELETE', `${TEMPLATES}/online-shop`)).status).toBe(428);
    expect((await t.owner.call('DELETE', `${TEMPLATES}/online-shop`, { headers: { 'if-match': '"2"' } })).status).toBe(412);
    expect((await t.owner.call('DELETE', `${TEMPLATES}/online-shop`, { headers: { 'if-match': '"1"' } })).status).toBe(204);
    expect((await t.owner.call('GET', `${TEMPLATES}/online-shop`)).status).toBe(404);
    expect(await list()).toEqual([]);
    const audit = ((await (await t.owner.call('GET', `${WS}/audit`)).json()) as { items: { action: string; entity_id: string }[] }).items;
    expect(audit.filter((e) => e.action.startsWith('template.')).map((e) => `${e.action} ${e.entity_id}`)).toEqual(['template.delete online-shop', 'template.create online-shop']);
  });

  run('gives a second template of the same name an id of its own', async () => {
    for (const _ of [1, 2]) expect((await t.owner.call('POST', TEMPLATES, { json: { name: 'Twice', from_plan: 'bookshop' } })).status).toBe(201);
    expect((await list()).map((x) => x.id)).toEqual(expect.arrayContaining(['twice', 'twice-2']));
  });

  run('refuses an unknown plan or a bad body with 422 naming the field, and stores nothing', async () => {
    const before = await list();
    for (const [json, path, code] of [
      [{ name: 'X', from_plan: 'no-such-plan' }, 'from_plan', 'unknown_reference'],
      [{ name: ' ', from_plan: 'bookshop' }, 'name', 'too_small'],
      [{ name: 'X'.repeat(201), from_plan: 'bookshop' }, 'name', 'too_big'],
      [{ name: 'X' }, 'from_plan', 'required'],
      [{ name: 'X', from_plan: 'bookshop', document: {} }, 'document', 'unknown_field'],
    ] as const) {
      const res = await t.owner.call('POST', TEMPLATES, { json });
      expect(res.status, JSON.stringify(json)).toBe(422);
      expect((await problemOf<{ errors: { path: string; code: string }[] }>(res)).errors).toEqual([expect.objectContaining({ path, code })]);
    }
    expect(await list()).toEqual(before);
  });

  run('a viewer reads templates but cannot make or delete one; an editor can', async () => {
    await t.owner.call('POST', TEMPLATES, { json: { name: 'Kept', from_plan: 'bookshop' } });
    const viewer = await join('viewer');
    expect((await viewer.call('GET', TEMPLATES)).status).toBe(200);
    expect((await viewer.call('GET', `${TEMPLATES}/kept`)).status).toBe(200);
    expect((await viewer.call('POST', TEMPLATES, { json: { name: 'Mine', from_plan: 'bookshop' } })).status).toBe(403);
    expect((await viewer.call('DELETE', `${TEMPLATES}/kept`, { headers: { 'if-match': '*' } })).status).toBe(403);
    const editor = await join('editor');
    expect((await editor.call('POST', TEMPLATES, { json: { name: 'Mine', from_plan: 'bookshop' } })).status).toBe(201);
    expect((await editor.call('DELETE', `${TEMPLATES}/mine`, { headers: { 'if-match': '*' } })).status).toBe(204);
  });

  run('a template of another workspace is not found', async () => {
    await t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'elsewhere', name: 'Elsewhere' } });
    await t.owner.call('POST', TEMPLATES, { json: { name: 'Only here', from_plan: 'bookshop' } });
    expect((await t.owner.call('GET', '/api/v1/workspaces/elsewhere/templates/only-here')).status).toBe(404);
    expect((await t.owner.call('POST', '/api/v1/workspaces/elsewhere/templates', { json: { name: 'X', from_plan: 'bookshop' } })).status).toBe(422);
  });
});
