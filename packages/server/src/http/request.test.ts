import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppWithPlan } from '../testing/acme-plan.js';
import type { TestApp } from '../testing/app.js';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { MAX_JSON_DEPTH } from './request.js';

const WS = '/api/v1/workspaces/acme';
const PLAN = `${WS}/plans/strategy`;

/** `{"a":{"a":…}}` with this many objects, as text (JSON.stringify itself would overflow). */
const nested = (depth: number, leaf = '"x"') => `${'{"name":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;

describe.each(TEST_DATABASES)('JSON bodies on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let t: TestApp;

  beforeAll(async () => {
    if (skip) return;
    t = await startAppWithPlan(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  run('a body nested 10 000 deep is a 400 on every PATCH route, and changes nothing', async () => {
    const before = await (await t.owner.call('GET', `${PLAN}/document?format=json`)).text();
    const deep = nested(10_000);
    for (const path of [PLAN, `${PLAN}/goals/sell-books`, `${PLAN}/kpis/books-sold`, WS, `${WS}/members/${t.owner.id}`]) {
      const res = await t.owner.call('PATCH', path, { body: deep, headers: { 'content-type': 'application/json', 'if-match': '*' } });
      expect(res.status, path).toBe(400);
      expect(((await res.json()) as { detail: string }).detail).toContain(String(MAX_JSON_DEPTH));
    }
    for (const path of [`${PLAN}/situation`, `${PLAN}/strategy`]) {
      const res = await t.owner.call('PUT', path, { body: deep, headers: { 'content-type': 'application/json', 'if-match': '*' } });
      expect(res.status, path).toBe(400);
    }
    expect(await (await t.owner.call('GET', `${PLAN}/document?format=json`)).text()).toBe(before);
  });

  run('a body without a Content-Type, or in a charset other than UTF-8, is a 415 and changes nothing', async () => {
    const before = await (await t.owner.call('GET', `${PLAN}/document?format=json`)).text();
    const body = JSON.stringify({ name: 'Renamed' });
    const patch = (headers: Record<string, string>) => t.owner.call('PATCH', PLAN, { body: new TextEncoder().encode(body) as unknown as string, headers: { 'if-match': '*', ...headers } });
    expect((await patch({})).status).toBe(415);
    expect((await patch({ 'content-type': 'application/json; charset=iso-8859-1' })).status).toBe(415);
    expect((await patch({ 'content-type': 'application/json; charset="latin1"' })).status).toBe(415);
    expect(await (await t.owner.call('GET', `${PLAN}/document?format=json`)).text()).toBe(before);
    const ok = await patch({ 'content-type': 'application/json; charset=UTF-8' });
    expect(ok.status).toBe(200);
  });

  run('measurements are sent as { items }: a bare list or another field is a 422, as on the other routes', async () => {
    const item = { kpi: 'books-sold', date: '2027-03-31', value: 9500 };
    const post = (json: unknown) => t.owner.call('POST', `${PLAN}/measurements`, { json });
    const bare = await post([item]);
    expect(bare.status).toBe(422);
    expect(((await bare.json()) as { errors: { code: string }[] }).errors[0]).toMatchObject({ code: 'invalid_type', params: { expected: 'object' } });
    expect((await post([])).status).toBe(422);
    const extra = await post({ items: [item], note: 'x' });
    expect(extra.status).toBe(422);
    expect(((await extra.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: 'note', code: 'unknown_field' })]);
    const unknownInItem = await post({ items: [{ ...item, note: 'x' }] });
    expect(unknownInItem.status).toBe(422);
    expect(((await (await t.owner.call('GET', `${PLAN}/measurements?kpi=books-sold&from=2027-03-31`)).json()) as { items: unknown[] }).items).toEqual([]);
    expect((await post({ items: [item] })).status).toBe(200);
  });

  run('a list limit outside 1–1000 is a 400 naming limit with the words of the spec, which documents the bounds', async () => {
    for (const path of [`${WS}/plans`, `${PLAN}/goals`, `${PLAN}/measurements`]) {
      for (const limit of ['0', '1001', '2.5', 'ten', '']) {
        const res = await t.owner.call('GET', `${path}?limit=${limit}`);
        expect(res.status, `${path}?limit=${limit}`).toBe(400);
        const { errors } = (await res.json()) as { errors: { path: string; message: string }[] };
        expect(errors).toEqual([expect.objectContaining({ path: 'limit', message: 'must be a whole number from 1 to 1000' })]);
      }
      expect((await t.owner.call('GET', `${path}?limit=1000`)).status).toBe(200);
    }
    const doc = (await (await t.owner.call('GET', '/api/openapi.json')).json()) as { paths: Record<string, { get: { parameters: { name: string; schema: object }[] } }> };
    const limit = doc.paths['/api/v1/workspaces/{ws}/plans/{plan}/goals']!.get.parameters.find((p) => p.name === 'limit');
    expect(limit?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000 });
  });

  run('a merge patch is checked for its shape only: a partial nested object merges, an unknown field is refused', async () => {
    const goal = `${PLAN}/goals/sell-books`;
    const patch = (json: unknown) => t.owner.call('PATCH', goal, { json, headers: { 'if-match': '*' } });
    const before = (await (await t.owner.call('GET', goal)).json()) as { target: { value: number; date: string } };
    const merged = await patch({ target: { value: before.target.value + 1 } });
    expect(merged.status).toBe(200);
    expect(await merged.json()).toMatchObject({ target: { value: before.target.value + 1, date: before.target.date } });
    const unknown = await patch({ target: { value: 1, when: 'now' } });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: 'target.when', code: 'unknown_field' })]);
    const required = await patch({ title: null });
    expect(required.status).toBe(422);
    expect(((await required.json()) as { errors: unknown[] }).errors).toEqual([expect.objectContaining({ path: 'title', code: 'required' })]);
    // The spec says the same: a nested object of a patch is a patch too, its fields all optional.
    const doc = (await (await t.owner.call('GET', '/api/openapi.json')).json()) as { components: { schemas: Record<string, { properties: Record<string, object> }> } };
    const target = doc.components.schemas.GoalPatch!.properties.target as { required?: string[]; additionalProperties?: boolean };
    expect(target.required).toBeUndefined();
    expect(target.additionalProperties).toBe(false);
  });

  run('a body exactly at the depth limit is read; one level more is refused', async () => {
    const patch = (body: string) => t.owner.call('PATCH', PLAN, { body, headers: { 'content-type': 'application/json', 'if-match': '*' } });
    // The plan's name must be text: at the limit the body is read, then found not valid (422).
    expect((await patch(nested(MAX_JSON_DEPTH))).status).toBe(422);
    expect((await patch(`[${nested(MAX_JSON_DEPTH - 1)}]`)).status).toBe(422);
    expect((await patch(nested(MAX_JSON_DEPTH + 1))).status).toBe(400);
    expect((await patch(`[${nested(MAX_JSON_DEPTH)}]`)).status).toBe(400);
  });
});
