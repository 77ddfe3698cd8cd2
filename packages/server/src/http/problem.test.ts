import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { startTestServer, type TestServer } from '../testing/http.js';

/*
 * Every problem+json names what went wrong with a code from a closed list and the facts of it,
 * so that the web app can say it in the reader's language (docs/api.md, "Errors").
 */

const PLAN_YAML = `kurs: 1
plan:
  name: Tannklinikk 2027
  period: { start: 2027-01-01, end: 2027-12-31 }
goals:
  - { id: patients, title: 400 new patients, horizon: year, kpi: new-patients }
kpis:
  - { id: new-patients, name: New patients, unit: count }
`;

const WS = '/api/v1/workspaces';
const PLAN = `${WS}/clinic/plans/plan`;

interface Problem {
  status: number;
  code: string;
  params: Record<string, unknown>;
  detail: string;
  errors: { path: string; code: string; params?: Record<string, unknown>; message: string; line?: number }[];
}

describe.each(TEST_DATABASES)('problem codes on %s', (kind) => {
  let api: TestServer;
  const run = kind === 'postgres' && !postgresAvailable() ? it.skip : it;

  beforeAll(async () => {
    if (kind === 'postgres' && !postgresAvailable()) return;
    api = await startTestServer(kind, { bodyLimitBytes: 64 * 1024 });
    expect((await api.call('POST', WS, { json: { id: 'clinic', name: 'Clinic' } })).status).toBe(201);
    const created = await api.call('POST', `${WS}/clinic/plans?id=plan`, { body: PLAN_YAML, headers: { 'content-type': 'application/yaml' } });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  const problemOf = async (res: Response): Promise<Problem> => {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return (await res.json()) as Problem;
  };

  run('names an activity that ends before it starts, with both dates, on the end field', async () => {
    const res = await api.call('POST', `${PLAN}/activities`, { json: { id: 'recall', title: 'Recall letters', start: '2027-05-01', end: '2027-03-01' } });
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ code: 'invalid', params: {}, detail: 'The activity is not valid.' });
    expect(problem.errors).toEqual([
      { path: 'end', code: 'end_before_start', params: { start: '2027-05-01', end: '2027-03-01' }, message: 'end 2027-03-01 is before start 2027-05-01' },
    ]);
  });

  run('names a score out of range and a word not in the list, with the limit and the choices', async () => {
    const res = await api.call('POST', `${PLAN}/activities`, { json: { id: 'ads', title: 'Ads', value: 12, urgency: 'now' } });
    const { errors } = await problemOf(res);
    expect(errors).toEqual([
      { path: 'value', code: 'too_big', params: { maximum: 10, origin: 'number', inclusive: true }, message: 'must be between 1 and 10' },
      { path: 'urgency', code: 'not_in_list', params: { options: ['low', 'medium', 'high'] }, message: 'must be one of: low, medium, high' },
    ]);
  });

  run('names a taken id, a stale version and a KPI still in use', async () => {
    const taken = await problemOf(await api.call('POST', `${PLAN}/kpis`, { json: { id: 'new-patients', name: 'Again' } }));
    expect(taken).toMatchObject({ status: 409, code: 'conflict', errors: [{ path: 'id', code: 'id_taken', params: { value: 'new-patients' } }] });

    const stale = await problemOf(await api.call('PATCH', `${PLAN}/kpis/new-patients`, { json: { owner: 'Kari' }, headers: { 'if-match': '"99"' } }));
    expect(stale).toMatchObject({ status: 412, code: 'precondition_failed', params: {}, errors: [] });

    const kpi = await api.call('GET', `${PLAN}/kpis/new-patients`);
    const inUse = await problemOf(await api.call('DELETE', `${PLAN}/kpis/new-patients`, { headers: { 'if-match': kpi.headers.get('etag')! } }));
    expect(inUse).toMatchObject({ status: 409, code: 'in_use', params: { id: 'new-patients' } });
    expect(inUse.errors).toEqual([{ path: 'goals[0].kpi', code: 'uses', params: { kind: 'kpi', id: 'new-patients' }, message: 'uses the kpi "new-patients"' }]);
  });

  run('names the fields and lines of a refused plan file, and a file that is no YAML', async () => {
    const bad = PLAN_YAML.replace('horizon: year', 'horizon: decade');
    const invalid = await problemOf(await api.call('POST', `${WS}/clinic/plans?id=copy`, { body: bad, headers: { 'content-type': 'application/yaml' } }));
    expect(invalid).toMatchObject({ status: 422, code: 'invalid' });
    expect(invalid.errors).toEqual([
      expect.objectContaining({ path: 'goals[0].horizon', code: 'not_in_list', params: { options: ['quarter', 'year', 'long'] }, line: 6 }),
    ]);

    const unreadable = await problemOf(await api.call('POST', `${WS}/clinic/plans?id=copy`, { body: 'kurs: 1\nplan: [a,\n', headers: { 'content-type': 'application/yaml' } }));
    expect(unreadable).toMatchObject({ status: 400, code: 'syntax' });
    expect(unreadable.errors[0]).toMatchObject({ code: 'syntax', line: expect.any(Number) });
  });

  run('gives a reason for a missing CSRF token, a body over the limit and an unknown route', async () => {
    const { cookie } = api.owner.credentials;
    const csrf = await problemOf(await api.as({ cookie, csrf: 'wrong' })('POST', WS, { json: { id: 'x', name: 'X' } }));
    expect(csrf).toMatchObject({ status: 403, code: 'csrf' });

    const large = await problemOf(await api.call('POST', `${PLAN}/kpis`, { json: { id: 'big', name: 'x'.repeat(70 * 1024) } }));
    expect(large).toMatchObject({ status: 413, code: 'body_too_large', params: { limit_mb: 0 } });

    const missing = await problemOf(await api.call('GET', '/api/v1/nowhere'));
    expect(missing).toMatchObject({ status: 404, code: 'not_found', params: {} });
  });

  run('names a wrong password at sign-in', async () => {
    const res = await api.anonymous('POST', '/api/v1/auth/sign-in', { json: { email: 'owner@kurs.test', password: 'not-the-password' }, headers: { origin: api.url } });
    expect(await problemOf(res)).toMatchObject({ status: 401, code: 'wrong_credentials' });
  });

  run('describes code and params of both in the OpenAPI document', async () => {
    const doc = (await (await api.call('GET', '/api/openapi.json')).json()) as { components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }> }> } };
    const { Problem: problem, FieldError: field } = doc.components.schemas;
    expect(problem!.properties.code!.enum).toEqual(expect.arrayContaining(['invalid', 'precondition_failed', 'csrf', 'review_quarter_taken']));
    expect(problem!.properties).toHaveProperty('params');
    expect(field!.properties.code!.enum).toEqual(expect.arrayContaining(['required', 'end_before_start', 'unknown_reference', 'invalid']));
    expect(field!.properties).toHaveProperty('params');
  });
});
