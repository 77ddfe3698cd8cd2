import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { startTestServer, type TestServer } from '../testing/http.js';

const PLAN_YAML = `kurs: 1
plan:
  name: Digital strategi 2027
  organisation: Nordbok AS
  locale: nb
  currency: NOK
  period: { start: 2027-01-01, end: 2027-12-31 }
situation:
  usp: Curated Nordic crime fiction
  channels:
    - { id: web, name: Webshop, type: website, present: true, funnel: [reach, convert] }
  campaigns:
    - { name: Christmas 2026, channel: web, start: 2026-11-15, end: 2026-12-20, spend: 120000 }
  findings: [ "Most traffic is organic search" ]
goals:
  - id: sell-books
    title: Sell 120 000 books online in 2027
    horizon: year
    kpi: books-sold
    baseline: { value: 80000, date: 2026-12-31 }
    target: { value: 120000, date: 2027-12-31 }
kpis:
  - { id: books-sold, name: Books sold online, unit: count, direction: up, aggregation: sum, frequency: monthly }
  - { id: visits, name: Webshop visits, unit: count, frequency: weekly }
measurements:
  - { kpi: books-sold, date: 2027-01-31, value: 8900 }
  - { kpi: books-sold, date: 2027-02-28, value: 9100 }
strategy:
  funnel: { reach: SEO on author pages }
  traffic: mixed
  journey:
    - { stage: reach, touchpoints: [web] }
themes:
  - { id: webperf, name: Website performance, budget_hours: 400 }
activities:
  - { id: checkout, title: Rebuild mobile checkout, theme: webperf, goals: [sell-books], start: 2027-02-01, end: 2027-04-15 }
milestones:
  - { id: new-checkout, title: New checkout live, date: 2027-04-15, activity: checkout, goals: [sell-books] }
reviews:
  - date: 2027-03-31
    period: 2027-Q1
    goals:
      - { goal: sell-books, status: at_risk, decision: Move budget }
    experiments:
      - { hypothesis: Gift guides lift conversion, learning: Works with free shipping }
`;

const WS = '/api/v1/workspaces';
const PLAN = `${WS}/acme/plans/strategy`;

describe.each(TEST_DATABASES)('HTTP API on %s', (kind) => {
  let api: TestServer;

  beforeAll(async () => {
    if (kind === 'postgres' && !postgresAvailable()) return;
    api = await startTestServer(kind, { bodyLimitBytes: 256 * 1024 });
    expect((await api.call('POST', WS, { json: { id: 'acme', name: 'Acme' } })).status).toBe(201);
    expect((await api.call('POST', WS, { json: { id: 'other', name: 'Other agency client' } })).status).toBe(201);
    const created = await api.call('POST', `${WS}/acme/plans?id=strategy`, { body: PLAN_YAML, headers: { 'content-type': 'application/yaml' } });
    expect(created.status).toBe(201);
  });

  afterAll(async () => {
    await api?.close();
  });

  const run = kind === 'postgres' && !postgresAvailable() ? it.skip : it;

  run('answers health and readiness', async () => {
    expect(await (await api.call('GET', '/api/health')).json()).toEqual({ status: 'ok' });
    expect(await (await api.call('GET', '/api/ready')).json()).toEqual({ status: 'ready' });
  });

  run('serves an OpenAPI 3.1 document that lists every collection route', async () => {
    const res = await api.call('GET', '/api/openapi.json');
    const doc = (await res.json()) as { openapi: string; paths: Record<string, object> };
    expect(doc.openapi).toBe('3.1.0');
    for (const name of ['goals', 'kpis', 'activities', 'milestones', 'reviews', 'audiences', 'channels']) {
      expect(doc.paths).toHaveProperty(`/api/v1/workspaces/{ws}/plans/{plan}/${name}/{id}`);
    }
    expect(doc.paths).toHaveProperty('/api/v1/workspaces/{ws}/plans/{plan}/document');
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { operationId?: string }>).map(([method, op]) => ({ at: `${method.toUpperCase()} ${path}`, id: op.operationId })),
    );
    // Clients generated from the document name their functions by it: camelCase verbNoun, each once.
    for (const { at, id } of operations) expect(id ?? '(none)', at).toMatch(/^[a-z]+(?:[A-Z][a-z0-9]*)+$/);
    const ids = operations.map((op) => op.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const docs = await api.call('GET', '/api/docs');
    expect(await docs.text()).toContain('/api/docs/swagger-ui-bundle.js');
    expect((await api.call('GET', '/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });

  run('exports the document and re-imports it byte for byte, in YAML and JSON', async () => {
    for (const format of ['yaml', 'json'] as const) {
      const first = await (await api.call('GET', `${PLAN}/document?format=${format}`)).text();
      const copy = await api.call('POST', `${WS}/acme/plans?id=copy-${format}`, {
        body: first,
        headers: { 'content-type': format === 'yaml' ? 'application/yaml' : 'application/json' },
      });
      expect(copy.status).toBe(201);
      const second = await (await api.call('GET', `${WS}/acme/plans/copy-${format}/document?format=${format}`)).text();
      expect(second).toBe(first);
    }
    const json = (await (await api.call('GET', `${PLAN}/document?format=json`)).json()) as { milestones: { goals?: string[] }[] };
    expect(json.milestones[0]?.goals).toEqual(['sell-books']);
    const yaml = await api.call('GET', `${PLAN}/document`, { headers: { accept: 'application/yaml' } });
    expect(yaml.headers.get('content-type')).toContain('application/yaml');
    const text = await yaml.text();
    expect(text).toContain('name: Christmas 2026');
    expect(text).toContain('hypothesis: Gift guides lift conversion');
  });

  run('refuses a bad document with every error, its path and line, and stores nothing', async () => {
    const before = await (await api.call('GET', `${WS}/acme/plans`)).json();
    const bad = PLAN_YAML.replace('kpi: books-sold\n    baseline', 'kpi: books\n    baseline').replace('horizon: year', 'horizon: decade');
    const res = await api.call('POST', `${WS}/acme/plans?id=bad`, { body: bad, headers: { 'content-type': 'application/yaml' } });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await res.json()) as { errors: { path: string; message: string; line?: number }[] };
    const paths = problem.errors.map((e) => e.path);
    expect(paths).toContain('goals[0].horizon');
    expect(problem.errors.every((e) => typeof e.line === 'number')).toBe(true);
    expect(await (await api.call('GET', `${WS}/acme/plans`)).json()).toEqual(before);
  });

  run('reports a dangling reference with the path and the missing id', async () => {
    const bad = PLAN_YAML.replace('kpi: books-sold\n    baseline', 'kpi: books\n    baseline');
    const res = await api.call('POST', `${WS}/acme/plans?id=bad`, { body: bad, headers: { 'content-type': 'application/yaml' } });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: { path: string; message: string; line: number }[] };
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: 'goals[0].kpi', message: 'no kpi with id "books"', line: 19 }));
  });

  run('replaces a plan document only with the current ETag, in one transaction', async () => {
    const current = await api.call('GET', `${PLAN}/document?format=yaml`);
    const etag = current.headers.get('etag')!;
    const text = await current.text();
    const changed = text.replace('Sell 120 000 books online in 2027', 'Sell 130 000 books online in 2027');

    expect((await api.call('PUT', `${PLAN}/document`, { body: changed, headers: { 'content-type': 'application/yaml' } })).status).toBe(428);
    expect((await api.call('PUT', `${PLAN}/document`, { body: changed, headers: { 'content-type': 'application/yaml', 'if-match': '"r999"' } })).status).toBe(412);

    const broken = changed.replace('theme: webperf', 'theme: nowhere');
    const refused = await api.call('PUT', `${PLAN}/document`, { body: broken, headers: { 'content-type': 'application/yaml', 'if-match': etag } });
    expect(refused.status).toBe(422);
    expect(await (await api.call('GET', `${PLAN}/document?format=yaml`)).text()).toBe(text);

    const ok = await api.call('PUT', `${PLAN}/document`, { body: changed, headers: { 'content-type': 'application/yaml', 'if-match': etag } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).not.toBe(etag);
    expect(await (await api.call('GET', `${PLAN}/document?format=yaml`)).text()).toBe(changed);
  });

  run('sends a large answer gzipped to a client that asks, and plain to one that does not', async () => {
    const zipped = await api.call('GET', `${PLAN}/document?format=json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const plain = await api.call('GET', `${PLAN}/document?format=json`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // fetch unzips; the same document either way, and the weakened ETag still works as If-Match.
    const [a, b] = [await zipped.text(), await plain.text()];
    expect(a).toBe(b);
    expect(zipped.headers.get('etag')).toBe(`W/${plain.headers.get('etag')}`);
    const unchanged = await api.call('PUT', `${PLAN}/document`, { body: a, headers: { 'content-type': 'application/json', 'if-match': zipped.headers.get('etag')! } });
    expect(unchanged.status).toBe(200);
  });

  run('creates, reads, updates and deletes a goal with optimistic concurrency', async () => {
    const created = await api.call('POST', `${PLAN}/goals`, {
      json: { id: 'more-visits', title: 'Reach 60 000 monthly visits by June', horizon: 'quarter', parent: 'sell-books', kpi: 'visits' },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`${PLAN}/goals/more-visits`);
    const read = await api.call('GET', `${PLAN}/goals/more-visits`);
    const etag = read.headers.get('etag')!;
    expect(await read.json()).toMatchObject({ id: 'more-visits', parent: 'sell-books', version: 1 });

    const patch = { owner: 'Ola', target: { value: 60000, date: '2027-06-30' } };
    expect((await api.call('PATCH', `${PLAN}/goals/more-visits`, { json: patch })).status).toBe(428);
    const updated = await api.call('PATCH', `${PLAN}/goals/more-visits`, { json: patch, headers: { 'if-match': etag } });
    expect(updated.status).toBe(200);
    expect(await updated.json()).toMatchObject({ owner: 'Ola', target: { value: 60000, date: '2027-06-30' }, version: 2 });
    expect((await api.call('PATCH', `${PLAN}/goals/more-visits`, { json: { owner: 'Kari' }, headers: { 'if-match': etag } })).status).toBe(412);

    const removed = await api.call('PATCH', `${PLAN}/goals/more-visits`, { json: { owner: null }, headers: { 'if-match': '"2"' } });
    expect(await removed.json()).not.toHaveProperty('owner');

    expect((await api.call('DELETE', `${PLAN}/goals/more-visits`, { headers: { 'if-match': '"3"' } })).status).toBe(204);
    expect((await api.call('GET', `${PLAN}/goals/more-visits`)).status).toBe(404);
  });

  run('names the field of an entity that breaks a rule, relative to the entity', async () => {
    const res = await api.call('POST', `${PLAN}/goals`, { json: { id: 'g2', title: 'x', horizon: 'year', kpi: 'nope', colour: 'red' } });
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(errors).toContainEqual({ path: 'colour', code: 'unknown_field', params: { field: 'colour' }, message: 'unknown field "colour"' });
    const duplicate = await api.call('POST', `${PLAN}/goals`, { json: { id: 'sell-books', title: 'again', horizon: 'year' } });
    expect(duplicate.status).toBe(409);
    const noVersion = await api.call('PATCH', `${PLAN}/kpis/visits`, { json: { version: 7 }, headers: { 'if-match': '*' } });
    expect(noVersion.status).toBe(422);
  });

  run('refuses to delete a KPI that a goal still uses, and says which', async () => {
    const kpi = await api.call('GET', `${PLAN}/kpis/books-sold`);
    const res = await api.call('DELETE', `${PLAN}/kpis/books-sold`, { headers: { 'if-match': kpi.headers.get('etag')! } });
    expect(res.status).toBe(409);
    const { errors } = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(errors).toContainEqual(expect.objectContaining({ path: 'goals[0].kpi' }));
    expect((await api.call('GET', `${PLAN}/kpis/books-sold`)).status).toBe(200);
  });

  run('gives an id to an entity whose id the format lets out', async () => {
    const res = await api.call('POST', `${PLAN}/campaigns`, { json: { name: 'Påskekrim 2027', channel: 'web' } });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string };
    expect(body.id).toMatch(/^paskekrim-2027/);
  });

  run('keeps workspaces apart: a plan of another workspace is not found', async () => {
    expect((await api.call('GET', `${WS}/other/plans/strategy`)).status).toBe(404);
    expect((await api.call('GET', `${WS}/other/plans/strategy/goals/sell-books`)).status).toBe(404);
    expect((await api.call('POST', `${WS}/other/plans/strategy/goals`, { json: { id: 'x', title: 'x', horizon: 'year' } })).status).toBe(404);
    expect((await api.call('GET', `${WS}/nobody/plans`)).status).toBe(404);
  });

  run('upserts measurements, queries a date range and pages through them', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({ kpi: 'visits', date: `2027-01-${String(i + 1).padStart(2, '0')}`, value: 1000 + i }));
    const res = await api.call('POST', `${PLAN}/measurements`, { json: { items } });
    expect(await res.json()).toEqual({ upserted: 30 });
    await api.call('POST', `${PLAN}/measurements`, { json: { items: [{ kpi: 'visits', date: '2027-01-05', value: 5 }] } });

    const range = (await (await api.call('GET', `${PLAN}/measurements?kpi=visits&from=2027-01-04&to=2027-01-06`)).json()) as { items: unknown[] };
    expect(range.items).toEqual([
      { kpi: 'visits', date: '2027-01-04', value: 1003 },
      { kpi: 'visits', date: '2027-01-05', value: 5 },
      { kpi: 'visits', date: '2027-01-06', value: 1005 },
    ]);

    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = (await (
        await api.call('GET', `${PLAN}/measurements?kpi=visits&limit=7${cursor ? `&cursor=${cursor}` : ''}`)
      ).json()) as { items: { date: string }[]; next_cursor: string | null };
      seen.push(...page.items.map((m) => m.date));
      cursor = page.next_cursor;
    }
    expect(seen).toHaveLength(30);
    expect(new Set(seen).size).toBe(30);

    const bad = await api.call('POST', `${PLAN}/measurements`, { json: { items: [{ kpi: 'ghost', date: '2027-01-01', value: 1 }, { kpi: 'visits', date: '2027-13-01', value: 1 }] } });
    expect(bad.status).toBe(422);
    const { errors } = (await bad.json()) as { errors: { path: string }[] };
    expect(errors.map((e) => e.path)).toEqual(['items[1].date']);
  });

  run('answers 413 for a body over the limit and 400 for a body that is not JSON', async () => {
    // The server stops reading at the limit and closes the connection, so this request uses its own.
    const big = await api.call('POST', `${PLAN}/goals`, {
      body: JSON.stringify({ id: 'big', title: 'x'.repeat(300 * 1024), horizon: 'year' }),
      headers: { 'content-type': 'application/json', connection: 'close' },
    });
    expect(big.status).toBe(413);
    const broken = await api.call('POST', `${PLAN}/goals`, { body: '{"id": ', headers: { 'content-type': 'application/json' } });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { detail: string }).detail).toMatch(/not valid JSON/);
  });

  run('sends a request id with every answer', async () => {
    const res = await api.call('GET', '/api/health');
    expect(res.headers.get('x-request-id')).toMatch(/\S+/);
  });
});
