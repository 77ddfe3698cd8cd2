import SQLite from 'better-sqlite3';
import fc from 'fast-check';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../config/config.js';
import { startTestApp, type TestApp } from './app.js';
import { postgresAvailable, type TestDatabaseKind } from './databases.js';
import { SMALL_PLAN } from './fixtures.js';
import { type Call, type TestUser, OWNER, sessionCookie } from './http.js';
import { describeRequest, type FuzzRequest, type FuzzSamples, fuzzRequest, type OpenApiDocument, type WriteOperation, writeOperations } from './openapi-fuzz.js';

/*
 * Every write operation of the published OpenAPI document, fuzzed with requests made from its
 * own schemas (testing/openapi-fuzz.ts): no answer is a 5xx, every 4xx is a problem
 * (application/problem+json with its status), and a 4xx leaves every stored row as it was.
 * One database per test file (http/fuzz.*.test.ts), so that the two can run side by side (vitest
 * gives a 2-core machine one worker, though: there they run one after the other).
 * The owner calls, so requests get past the access check: with an owner API token of the
 * route's workspace, which costs less to check than a session, and with a session and its CSRF
 * token on the routes outside a workspace. Each operation has a workspace of its own holding
 * what its path names (a plan, a second member, an invitation, a share link, a token); a 2xx
 * DELETE of the thing the path names brings it back, any other change is left, since the next
 * runs can still reach it. The routes of a workspace are fuzzed several at once on PostgreSQL,
 * so that this process works while the database server does, each comparing only the rows of its own
 * workspace (and the accounts and settings, which none of them writes); the routes outside a
 * workspace run first and alone, compared over every row.
 */

/**
 * Runs per route. A route that takes a body gets the most: its body's fields, the places a
 * mutation can hit and the hostile values make the search space. A route that takes none (a
 * DELETE, sign-out) varies only in its path, headers, a stray query and a stray body, which
 * go through the same layers on every route (path decoding, header and content-type checks),
 * so fewer runs cover them. Measured on SQLite (CPU in the test process, 200 runs per route):
 * the 18 routes without a body took 42 % of the suite's time, a 2xx DELETE paying for the
 * item brought back and a fingerprint; each run costs about the same on every route, plan
 * documents included. KURS_FUZZ_RUNS sets the runs of a body route for a longer search.
 */
const RUNS = Number(process.env.KURS_FUZZ_RUNS ?? 400);
const runsOf = (operation: WriteOperation) => (operation.bodies.length ? RUNS : Math.ceil(RUNS / 4));

/** Workspace routes fuzzed at once: SQLite answers within this process, so more at once would only take turns. */
const AT_ONCE: Record<TestDatabaseKind, number> = { sqlite: 1, postgres: 3 };

const SAMPLES: FuzzSamples = {
  strings: [
    'sell-books', 'books-sold', 'visits', 'webperf', 'checkout', 'new-checkout', 'q1', 'web', 'readers', 'bigshop', 'xmas', 'strategy',
    '2027-03-31', '2027-01-01', '2027-12-31', '2026-12-31', '2027-Q2', 'NOK', '#336699', 'owner', 'editor', 'viewer', OWNER.email, 'A name',
  ],
  texts: {
    'application/yaml': [SMALL_PLAN],
    'text/csv': ['kpi,date,value\nbooks-sold,2027-03-31,9500\nvisits,2027-03-31,120\n', 'date,books-sold\n2027-04-30,1\n'],
  },
  parameters: {
    'if-match': ['*'],
    id: ['strategy', 'new-plan'],
    kpi: ['books-sold', 'books-sold,visits'],
    from: ['2027-01-01'],
    to: ['2027-12-31'],
    dry_run: ['true', 'false'],
    mapping: ['{"format":"long"}', '{"format":"wide","date":"date"}'],
  },
};

/**
 * A connection of the fingerprint's own that prepares each of its queries once: it runs after
 * nearly every request, and planning its two dozen subqueries cost as much as running them.
 */
interface Reader {
  row(text: string, values: readonly unknown[]): Promise<object>;
  close(): Promise<void>;
}

function readerOf(database: Config['database']): Reader {
  if (database.kind === 'sqlite') {
    const db = new SQLite(database.file, { readonly: true });
    const statements = new Map<string, SQLite.Statement>();
    return {
      async row(text, values) {
        const statement = statements.get(text) ?? db.prepare(text);
        statements.set(text, statement);
        return statement.get(...values) as object;
      },
      async close() {
        db.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: database.url, max: AT_ONCE.postgres });
  const names = new Map<string, string>();
  return {
    async row(text, values) {
      const name = names.get(text) ?? `fingerprint-${names.size}`;
      names.set(text, name);
      return (await pool.query({ name, text, values: [...values] })).rows[0] as object;
    },
    close: () => pool.end(),
  };
}

/** A route's workspace: the values of its path parameters, its row id and the owner's call into it. */
interface World {
  params: Record<string, string>;
  workspaceId?: string;
  call: Call;
  /** The plan's item the path names, as its collection takes it, to bring it back after a DELETE. */
  item?: Record<string, unknown>;
}

/** A route on one item of a plan's collection (goals, journey-steps…), which its collection's POST makes again. */
const PLAN_ITEM = /\/plans\/\{plan\}\/(?!share-links\/)[a-z-]+\/\{id\}$/;

export const fuzzWriteRoutes = (kind: TestDatabaseKind) => describe(`fuzzing the write routes of the OpenAPI document on ${kind}`, () => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let t: TestApp;
  let doc: OpenApiDocument;
  let operations: WriteOperation[];
  let member: TestUser;
  /** A second session of the member, for sign-out, which ends it. */
  let leaving: Call;
  let worlds = 0;
  let reader: Reader | undefined;

  async function ok(res: Promise<Response>, what: string): Promise<Response> {
    const answer = await res;
    if (answer.status >= 300) throw new Error(`${what}: ${answer.status} ${await answer.text()}`);
    return answer;
  }

  beforeAll(async () => {
    if (skip) return;
    t = await startTestApp(kind);
    reader = readerOf(t.container.config.database);
    doc = (await (await ok(t.owner.call('GET', '/api/openapi.json'), 'the OpenAPI document')).json()) as OpenApiDocument;
    operations = writeOperations(doc);
    await ok(t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'home', name: 'Home' } }), 'a workspace');
    const invited = await ok(t.owner.call('POST', '/api/v1/workspaces/home/invitations', { json: { role: 'editor' } }), 'an invitation');
    member = await t.signUpWithInvitation(((await invited.json()) as { token: string }).token, 'member@kurs.test');
    const signedIn = await ok(t.as({})('POST', '/api/v1/auth/sign-in', { json: { email: member.email, password: member.password } }), 'sign-in');
    leaving = t.as({ cookie: sessionCookie(signedIn), csrf: ((await signedIn.json()) as { csrf_token: string }).csrf_token });
  });
  afterAll(async () => {
    await reader?.close();
    await t?.close();
  });

  /** A workspace of its own for the route, holding each thing its path names. */
  async function worldOf(operation: WriteOperation): Promise<World> {
    const call = t.owner.call;
    const ws = `fuzz-${++worlds}`;
    await ok(call('POST', '/api/v1/workspaces', { json: { id: ws, name: `Fuzz ${worlds}` } }), 'a workspace');
    const { id: workspaceId } = await t.container.db.kysely.selectFrom('workspaces').select('id').where('slug', '=', ws).executeTakeFirstOrThrow();
    // Made first, so that the list of tokens ends with the one the path names.
    const pat = await ok(call('POST', '/api/v1/auth/tokens', { json: { name: `owner of ${ws}`, workspace: ws, role: 'owner', expires_in_days: null } }), 'an owner token');
    const world: World = { params: { ws, plan: 'strategy', user: member.id }, workspaceId, call: t.as({ token: ((await pat.json()) as { token: string }).token }) };
    for (const [part, make] of MAKERS) if (operation.path.includes(part)) await make(ws);
    await pickId(operation, world);
    return world;
  }

  const plan = (ws: string) => ok(t.owner.call('POST', `/api/v1/workspaces/${ws}/plans?id=strategy`, { body: SMALL_PLAN, headers: { 'content-type': 'application/yaml' } }), 'a plan');

  /** What a path names, each made in a workspace by the owner (the member joins it himself). */
  const MAKERS: [part: string, make: (ws: string) => Promise<Response>][] = [
    ['{plan}', plan],
    ['{user}', async (ws) => {
      const invited = await ok(t.owner.call('POST', `/api/v1/workspaces/${ws}/invitations`, { json: { role: 'editor' } }), 'an invitation');
      return ok(member.call('POST', '/api/v1/invitations/accept', { json: { token: ((await invited.json()) as { token: string }).token } }), 'accepting it');
    }],
    ['/invitations/{id}', (ws) => ok(t.owner.call('POST', `/api/v1/workspaces/${ws}/invitations`, { json: { role: 'viewer' } }), 'an invitation')],
    ['/share-links/{id}', (ws) => ok(t.owner.call('POST', `/api/v1/workspaces/${ws}/plans/strategy/share-links`, { json: { label: 'Board' } }), 'a share link')],
    ['/tokens/{id}', (ws) => ok(t.owner.call('POST', '/api/v1/auth/tokens', { json: { name: ws, workspace: ws, role: 'viewer', expires_in_days: null } }), 'a token')],
    // A template is saved from a plan: the plan first (a deleted template is brought back by the next line alone).
    ['/templates', plan],
    ['/templates/{id}', (ws) => ok(t.owner.call('POST', `/api/v1/workspaces/${ws}/templates`, { json: { name: 'Starting point', from_plan: 'strategy' } }), 'a template')],
  ];

  /** The id the path names: of the last item the list beside it holds. */
  async function pickId(operation: WriteOperation, world: World): Promise<void> {
    if (operation.path.endsWith('/{id}')) {
      const list = fill(operation.path.slice(0, -'/{id}'.length), world.params);
      const { items } = (await (await ok(t.owner.call('GET', list), `the list ${list}`)).json()) as { items: { id: string; version?: number }[] };
      const { version: _, ...item } = items.at(-1) ?? { id: 'none' };
      world.params.id = item.id;
      if (PLAN_ITEM.test(operation.path)) world.item = item;
    }
  }

  /**
   * Brings back what a 2xx DELETE removed, in the same workspace, which costs far less than a
   * new one: a plan's item by making it again, a plan, member, invitation or share link by
   * making one; a workspace by a new one.
   */
  async function restored(operation: WriteOperation, world: World): Promise<World> {
    if (world.item) {
      await ok(world.call('POST', fill(operation.path.slice(0, -'/{id}'.length), world.params), { json: world.item }), 'the item made again');
      return world;
    }
    const maker = MAKERS.find(([part]) => operation.path.endsWith(part));
    if (world.workspaceId !== undefined && maker) {
      const made = await maker[1](world.params.ws!);
      if (operation.path.endsWith('/{id}')) world.params.id = ((await made.json()) as { id: string }).id;
      return world;
    }
    const fresh = await worldOf(operation);
    return world.workspaceId === undefined ? { params: fresh.params, call: world.call } : fresh;
  }

  const fill = (url: string, params: Record<string, string>) => url.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : encodeURIComponent(params[name])));

  const VERSIONED = [
    'plans', 'workspace_members', 'situation_findings', 'journey_steps', 'audiences', 'competitors', 'channels', 'campaigns', 'goals', 'kpis',
    'themes', 'activities', 'milestones', 'reviews', 'review_goals', 'experiments', 'measurements',
  ];

  const fingerprints = new Map<string | undefined, { sql: string; parameters: readonly unknown[] }>();

  /**
   * Each stored row a write could change, summed up per table, in one query; not sessions or
   * counted sign-in failures. Given a workspace, only its rows and those of the tables outside
   * any workspace (accounts, settings), so that routes fuzzed at once do not see each other's.
   */
  async function fingerprint(workspaceId?: string): Promise<string> {
    let query = fingerprints.get(workspaceId);
    if (!query) fingerprints.set(workspaceId, (query = fingerprintQuery(workspaceId)));
    return Object.values(await reader!.row(query.sql, query.parameters)).join('|');
  }

  /** The fingerprint's query, compiled once per workspace: it runs after nearly every request. */
  function fingerprintQuery(workspaceId?: string) {
    const inWorkspace = (column: string) => (workspaceId === undefined ? sql`` : sql`where ${sql.ref(column)} = ${workspaceId}`);
    const versioned = (table: string, column = 'workspace_id') =>
      sql`(select count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(cast(max(updated_at) as text), '') from ${sql.table(table)} ${inWorkspace(column)})`;
    const columns = [
      versioned('workspaces', 'id'),
      ...VERSIONED.map((table) => versioned(table)),
      sql`(select coalesce(sum(revision), 0) from plans ${inWorkspace('workspace_id')})`,
      ...['invitations', 'share_links', 'api_tokens'].map((table) => sql`(select count(*) || ':' || count(revoked_at) from ${sql.table(table)} ${inWorkspace('workspace_id')})`),
      sql`(select count(accepted_at) from invitations ${inWorkspace('workspace_id')})`,
      sql`(select count(*) || ':' || coalesce(cast(max(updated_at) as text), '') from import_mappings ${inWorkspace('workspace_id')})`,
      sql`(select count(*) || ':' || coalesce(max(id), '') from plan_templates ${inWorkspace('workspace_id')})`,
      sql`(select count(*) from audit_log ${inWorkspace('workspace_id')})`,
      ...['users', 'accounts'].map((table) => sql`(select count(*) || ':' || coalesce(cast(max(updated_at) as text), '') from ${sql.table(table)})`),
      sql`(select count(*) from instance_settings)`,
    ];
    return sql`select ${sql.join(columns.map((c, i) => sql`${c} as ${sql.ref(`c${i}`)}`))}`.compile(t.container.db.kysely);
  }

  async function send(request: FuzzRequest, world: World): Promise<Response> {
    return world.call(request.method, fill(request.url, world.params), { headers: request.headers, body: request.body as string | undefined });
  }

  run('finds the write routes in the document', () => {
    const routes = operations.map((o) => `${o.method} ${o.path}`);
    expect(routes.length).toBeGreaterThan(50);
    expect(routes).toContain('PATCH /api/v1/workspaces/{ws}/plans/{plan}/goals/{id}');
    expect(routes).toContain('POST /api/v1/workspaces/{ws}/plans/{plan}/measurements/import');
    expect(operations.find((o) => o.path.endsWith('/goals') && o.method === 'POST')?.bodies[0]?.schema).toBeTruthy();
  });

  run(`never answers 5xx, answers every 4xx as a problem and changes nothing with it (${RUNS} runs per route with a body, ${Math.ceil(RUNS / 4)} without)`, { timeout: 1_800_000 }, async () => {
    const failures: string[] = [];
    const started = performance.now();
    const statuses: Record<number, number> = {};
    const seconds: Record<string, number> = {};

    async function fuzz(operation: WriteOperation): Promise<void> {
      const route = `${operation.method} ${operation.path}`;
      const from = performance.now();
      const outside: World = { params: {}, call: operation.path.endsWith('/sign-out') ? leaving : t.owner.call };
      let world = operation.path.includes('{ws}') ? await worldOf(operation) : outside;
      let current = await fingerprint(world.workspaceId);
      try {
        await fc.assert(
          fc.asyncProperty(fuzzRequest(doc, operation, SAMPLES), async (request) => {
            const res = await send(request, world);
            statuses[res.status] = (statuses[res.status] ?? 0) + 1;
            const text = await res.text();
            const seen = `${route}: ${describeRequest(request)} → ${res.status} ${text.slice(0, 300)}`;
            expect(res.status, seen).toBeLessThan(500);
            if (res.status >= 400) {
              expect(res.headers.get('content-type'), seen).toContain('application/problem+json');
              expect((JSON.parse(text) as { status: number }).status, seen).toBe(res.status);
              expect(await fingerprint(world.workspaceId), `stored data changed by a refused request: ${seen}`).toBe(current);
              return;
            }
            if (operation.method === 'DELETE' && operation.path.endsWith('}')) world = await restored(operation, world);
            current = await fingerprint(world.workspaceId);
          }),
          { numRuns: runsOf(operation) },
        );
      } catch (error) {
        // fast-check's message starts with the counterexample (maybe a huge body) and ends with the answer that failed.
        const message = (error as Error).message;
        failures.push(`${route}\n${message.length > 4000 ? `${message.slice(0, 1500)}\n…\n${message.slice(-2500)}` : message}`);
      }
      seconds[route] = Math.round((performance.now() - from) / 100) / 10;
    }

    for (const operation of operations.filter((o) => !o.path.includes('{ws}'))) await fuzz(operation);
    const queue = operations.filter((o) => o.path.includes('{ws}'));
    await Promise.all(
      Array.from({ length: AT_ONCE[kind] }, async () => {
        for (let operation = queue.shift(); operation; operation = queue.shift()) await fuzz(operation);
      }),
    );
    // The suite's cost in CI time and what its requests got back, for tuning it.
    const slowest = Object.entries(seconds).sort(([, a], [, b]) => b - a).slice(0, 5);
    const runs = operations.reduce((sum, operation) => sum + runsOf(operation), 0);
    console.log(
      `fuzz on ${kind}: ${operations.length} routes, ${runs} runs in ${Math.round((performance.now() - started) / 1000)} s; answers ${JSON.stringify(statuses)}; slowest routes (s): ${JSON.stringify(Object.fromEntries(slowest))}`,
    );
    expect(failures, failures.join('\n\n')).toEqual([]);
  });
});
