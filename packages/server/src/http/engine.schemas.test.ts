import { bookshopPlan, exportPlan, RANK_METHODS } from '@kurs/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/app.js';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';

const TODAY = '2026-11-24';
const WS = '/api/v1/workspaces/nordbok';
const PLAN = '/api/v1/workspaces/{ws}/plans/{plan}';
const demo = bookshopPlan({ today: TODAY });

/** A plan with empty lists: nothing to rank, plan, budget or draw, and one KPI with no measurement. */
const EMPTY = {
  kurs: 1,
  plan: { name: 'Empty', period: { start: '2026-01-01', end: '2026-12-31' } },
  goals: [],
  kpis: [{ id: 'visits', name: 'Visits' }],
  themes: [],
  activities: [],
  milestones: [],
  measurements: [],
};

const PLANS = { demo: { kpi: 'books-sold' }, empty: { kpi: 'visits' } };

interface EngineCall {
  method: 'get' | 'post';
  /** The OpenAPI path, with {param}s. */
  path: string;
  query?: string;
  json?: unknown;
}

/** Each engine route, with the options that change the shape of its answer. */
const CALLS: EngineCall[] = [
  { method: 'get', path: `${PLAN}/health`, query: `today=${TODAY}` },
  { method: 'get', path: `${PLAN}/health`, query: `today=${TODAY}&locale=nb` },
  { method: 'get', path: `${PLAN}/health`, query: `today=${TODAY}&step=kpis` },
  { method: 'get', path: `${PLAN}/health/summary`, query: `today=${TODAY}&locale=sv` },
  { method: 'get', path: `${PLAN}/progress`, query: `today=${TODAY}` },
  { method: 'get', path: `${PLAN}/status`, query: `today=${TODAY}` },
  { method: 'get', path: `${PLAN}/kpis/{kpi}/series`, query: 'grain=quarter' },
  { method: 'get', path: `${PLAN}/kpis/{kpi}/series`, query: 'grain=day&from=2026-10-01' },
  { method: 'get', path: `${PLAN}/kpis/{kpi}/series`, query: 'grain=day&width=100' },
  ...RANK_METHODS.map((method): EngineCall => ({ method: 'get', path: `${PLAN}/priorities`, query: `method=${method}&today=${TODAY}` })),
  { method: 'post', path: `${PLAN}/quarter-plan`, json: { from: TODAY, capacity_hours: 300, today: TODAY } },
  { method: 'post', path: `${PLAN}/quarter-plan`, json: { from: TODAY, capacity_hours: 0, today: TODAY } },
  { method: 'post', path: `${PLAN}/quarter-plan`, json: { from: TODAY, capacity_hours: { Web: 120, CRM: 40 }, today: TODAY } },
  { method: 'get', path: `${PLAN}/theme-budgets`, query: `today=${TODAY}` },
  { method: 'get', path: `${PLAN}/roadmap`, query: `today=${TODAY}` },
];

interface OpenApiDocument {
  paths: Record<string, Record<string, { operationId?: string; tags?: string[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
}

/** A copy of the document in which every object schema is closed: a field it does not name fails. */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, closed(value)]));
  return 'properties' in copy && typeof copy.type !== 'undefined' ? { ...copy, additionalProperties: false } : copy;
}

const pointer = (...parts: string[]) => parts.map((p) => `/${encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))}`).join('');

describe.each(TEST_DATABASES)('the engine answers as the published OpenAPI document describes them, on %s', (kind) => {
  let t: TestApp;
  let doc: OpenApiDocument;
  /** The errors of an answer against the document's 200 answer of an operation (none when it conforms). */
  let errorsOf: (method: string, path: string, body: unknown) => unknown[];
  const run = kind === 'postgres' && !postgresAvailable() ? it.skip : it;

  beforeAll(async () => {
    if (kind === 'postgres' && !postgresAvailable()) return;
    t = await startTestApp(kind);
    const call = t.owner.call;
    expect((await call('POST', '/api/v1/workspaces', { json: { id: 'nordbok', name: 'Nordbok' } })).status).toBe(201);
    const yaml = { body: exportPlan(demo, 'yaml'), headers: { 'content-type': 'application/yaml' } };
    expect((await call('POST', `${WS}/plans?id=demo`, yaml)).status).toBe(201);
    expect((await call('POST', `${WS}/plans?id=empty`, { json: EMPTY })).status).toBe(201);

    doc = (await (await call('GET', '/api/openapi.json')).json()) as OpenApiDocument;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const id = 'https://kurs.test/openapi.json';
    ajv.addSchema(closed(doc) as object, id);
    errorsOf = (method, path, body) => {
      const validate = ajv.getSchema(`${id}#${pointer('paths', path, method, 'responses', '200', 'content', 'application/json', 'schema')}`);
      if (!validate) throw new Error(`the document has no JSON answer 200 for ${method.toUpperCase()} ${path}`);
      return validate(body) ? [] : (validate.errors ?? []);
    };
  });

  afterAll(async () => {
    await t?.close();
  });

  run('every engine route answers the demo plan and a plan with empty lists with exactly the fields the document names', async () => {
    for (const [plan, { kpi }] of Object.entries(PLANS)) {
      for (const { method, path, query, json } of CALLS) {
        const url = path.replace('{ws}', 'nordbok').replace('{plan}', plan).replace('{kpi}', kpi) + (query ? `?${query}` : '');
        const res = await t.owner.call(method.toUpperCase(), url, json === undefined ? {} : { json });
        expect(res.status, `${method.toUpperCase()} ${url}`).toBe(200);
        expect({ url, errors: errorsOf(method, path, await res.json()) }).toEqual({ url, errors: [] });
      }
    }
  });

  run('answers accepting the quarter plan as documented', async () => {
    const plan = `${WS}/plans/demo`;
    const proposal = (await (await t.owner.call('POST', `${plan}/quarter-plan`, { json: { from: TODAY, capacity_hours: 300, today: TODAY } })).json()) as {
      chosen: { id: string; start: string; end: string; proposed: ('start' | 'end')[] }[];
    };
    const { items } = (await (await t.owner.call('GET', `${plan}/activities?limit=1000`)).json()) as { items: { id: string; version: number }[] };
    const versions = new Map(items.map((a) => [a.id, a.version]));
    const activities = proposal.chosen.map((a) => ({ id: a.id, version: versions.get(a.id), ...Object.fromEntries(a.proposed.map((field) => [field, a[field]])) }));
    const res = await t.owner.call('POST', `${plan}/quarter-plan/accept`, { json: { activities } });
    expect(res.status).toBe(200);
    expect(errorsOf('post', `${PLAN}/quarter-plan/accept`, await res.json())).toEqual([]);
  });

  run('checks every engine route of the document here, each with its own camelCase operationId', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ at: `${method} ${path}`, ...operation })));
    const engine = operations.filter((operation) => operation.tags?.includes('Engine'));
    const checked = [...CALLS.map((c) => `${c.method} ${c.path}`), `post ${PLAN}/quarter-plan/accept`];
    expect(new Set(engine.map((operation) => operation.at))).toEqual(new Set(checked));
    for (const { at, operationId } of engine) {
      expect({ at, operationId }).toEqual({ at, operationId: expect.stringMatching(/^[a-z]+(?:[A-Z][a-z]*)+$/) });
      expect(operations.filter((other) => other.operationId === operationId).map((other) => other.at)).toEqual([at]);
    }
  });
});
