import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppWithPlan } from '../testing/acme-plan.js';
import type { TestApp } from '../testing/app.js';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { SMALL_PLAN } from '../testing/fixtures.js';

/*
 * What no database can hold is refused where it is read, on SQLite as on PostgreSQL (which
 * answered 500 to a NUL, and stored Infinity for a 310-digit number): a number that is not
 * finite, a NUL, a lone surrogate, bytes that are not UTF-8.
 */

const WS = '/api/v1/workspaces/acme';
const PLAN = `${WS}/plans/strategy`;
const HUGE = '9'.repeat(310);

interface ProblemBody {
  status: number;
  errors: { path: string; code: string; params?: Record<string, unknown>; line?: number; column?: number }[];
}

describe.each(TEST_DATABASES)('values that cannot be stored, on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let t: TestApp;
  const document = async () => (await t.owner.call('GET', `${PLAN}/document?format=json`)).text();
  const json = (method: string, path: string, body: string) =>
    t.owner.call(method, path, { body, headers: { 'content-type': 'application/json', 'if-match': '*' } });
  const problem = async (res: Response) => (await res.json()) as ProblemBody;

  beforeAll(async () => {
    if (skip) return;
    t = await startAppWithPlan(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  run('a number too large is refused in a measurement file at its line and column, in the dry run and the import', async () => {
    const before = await document();
    const file = `kpi,date,value\nbooks-sold,2027-03-31,${HUGE}\n`;
    const importFile = (dryRun: boolean) =>
      t.owner.call('POST', `${PLAN}/measurements/import?dry_run=${dryRun}&mapping=${encodeURIComponent('{"format":"long"}')}`, { body: file, headers: { 'content-type': 'text/csv' } });
    const dry = await importFile(true);
    expect(dry.status).toBe(200);
    expect(((await dry.json()) as { summary: ProblemBody }).summary.errors).toMatchObject([{ path: 'value', code: 'number_too_large', line: 2, column: 3 }]);
    const real = await importFile(false);
    expect(real.status).toBe(422);
    expect((await problem(real)).errors).toMatchObject([{ code: 'number_too_large', line: 2, column: 3 }]);
    expect(await document()).toBe(before);
    expect((await t.owner.call('GET', `${PLAN}/document`)).status).toBe(200);
  });

  run('a number too large is refused in a JSON body naming its field, and in a plan document at its line', async () => {
    const before = await document();
    for (const value of [HUGE, '1e999', `-${HUGE}`]) {
      const res = await json('POST', `${PLAN}/measurements`, `{"items":[{"kpi":"books-sold","date":"2027-03-31","value":${value}}]}`);
      expect(res.status, value).toBe(422);
      expect((await problem(res)).errors).toEqual([expect.objectContaining({ path: 'items[0].value', code: 'number_too_large' })]);
    }
    const patched = await json('PATCH', `${PLAN}/kpis/books-sold`, '{"target":{"value":1e999,"date":"2027-12-31"}}');
    expect(patched.status).toBe(422);
    expect((await problem(patched)).errors[0]).toMatchObject({ path: 'target.value', code: 'number_too_large' });

    const yaml = SMALL_PLAN.replace('target: { value: 120000', `target: { value: ${HUGE}`);
    const line = yaml.split('\n').findIndex((l) => l.includes(HUGE)) + 1;
    const replaced = await t.owner.call('PUT', `${PLAN}/document`, { body: yaml, headers: { 'content-type': 'application/yaml', 'if-match': '*' } });
    expect(replaced.status).toBe(422);
    expect((await problem(replaced)).errors).toMatchObject([{ path: 'goals[0].target.value', code: 'number_too_large', line }]);
    expect(await document()).toBe(before);
  });

  run('a NUL or a lone surrogate in a body is a 422 naming the field, also before sign-in; bytes that are not UTF-8 a 400', async () => {
    const before = await document();
    for (const [body, path, character] of [
      ['{"name":"Plan\\u0000"}', 'name', 'U+0000'],
      ['{"name":"Plan \\ud800"}', 'name', 'U+D800'],
      ['{"name":"\\udc00"}', 'name', 'U+DC00'],
      ['{"organisation":"ok","na\\u0000me":"x"}', 'na\u0000me', 'U+0000'],
    ] as const) {
      const res = await json('PATCH', PLAN, body);
      expect(res.status, body).toBe(422);
      expect((await problem(res)).errors, body).toEqual([expect.objectContaining({ path, code: 'invalid_character', params: { character } })]);
    }
    const goal = await json('POST', `${PLAN}/goals`, '{"id":"g\\u0000","title":"A goal","horizon":"year"}');
    expect(goal.status).toBe(422);
    expect((await problem(goal)).errors[0]).toMatchObject({ path: 'id', code: 'invalid_character' });

    const anonymous = t.as({});
    const signIn = await anonymous('POST', '/api/v1/auth/sign-in', { json: { email: 'owner@kurs.test\u0000', password: 'x' } });
    expect(signIn.status).toBe(422);
    expect((await problem(signIn)).errors[0]).toMatchObject({ path: 'email', code: 'invalid_character' });

    const bytes = await t.owner.call('PATCH', PLAN, {
      body: new Uint8Array([...Buffer.from('{"name":"Plan '), 0xff, ...Buffer.from('"}')]) as unknown as string,
      headers: { 'content-type': 'application/json', 'if-match': '*' },
    });
    expect(bytes.status).toBe(400);
    // A plan document with a NUL written as an escape is refused at its line.
    const yaml = SMALL_PLAN.replace('usp: Curated Nordic crime fiction', 'usp: "Curated\\0 fiction"');
    const replaced = await t.owner.call('PUT', `${PLAN}/document`, { body: yaml, headers: { 'content-type': 'application/yaml', 'if-match': '*' } });
    expect(replaced.status).toBe(422);
    expect((await problem(replaced)).errors).toMatchObject([{ path: 'situation.usp', code: 'invalid_character', line: yaml.split('\n').findIndex((l) => l.includes('usp:')) + 1 }]);
    expect(await document()).toBe(before);
  });

  run('a NUL or a bad escape in a path or a query parameter is a 400, also before sign-in', async () => {
    const anonymous = t.as({});
    for (const [call, path] of [
      [anonymous, '/api/v1/workspaces/acme%00'],
      [t.owner.call, '/api/v1/workspaces/acme%00'],
      [t.owner.call, `${WS}/plans/strat%00egy/goals`],
      [t.owner.call, `${PLAN}/measurements?kpi=books-sold%00`],
      [t.owner.call, `${PLAN}/measurements?from=2027-01-01&to=%002027`],
      [t.owner.call, `${PLAN}/measurements?kpi%00=x`],
      [t.owner.call, `${PLAN}/goals/%E0%A4%A`],
      [t.owner.call, `${PLAN}/measurements?kpi=%ED%A0%80`],
    ] as const) {
      const res = await call('GET', path);
      expect(res.status, path).toBe(400);
    }
    const deleted = await t.owner.call('DELETE', `${PLAN}/measurements?kpi=books-sold&to=2027-12-31%00`);
    expect(deleted.status).toBe(400);
    expect(((await t.owner.call('GET', `${PLAN}/measurements`)).status)).toBe(200);
    expect(((await (await t.owner.call('GET', `${PLAN}/measurements`)).json()) as { items: unknown[] }).items).toHaveLength(2);
  });
});
