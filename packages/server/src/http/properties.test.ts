import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { startAppWithPlan } from '../testing/acme-plan.js';
import type { TestApp } from '../testing/app.js';
import { POLICY } from '../auth/auth.policy.js';
import type { Call } from '../testing/http.js';
import { type RouteEntry, routeTable } from './route.js';

/*
 * Random bodies against every route that takes one: never a 5xx, and a refused request
 * leaves every stored row as it was. Requests go through app.request() in this process (no
 * sockets), as the owner with If-Match: * (with an owner API token, which is cheaper to
 * check than a session, except on the routes only a session may use), so they get past
 * access and concurrency checks and reach validation. The ten plan collections share one create and one change route
 * (the same code for each descriptor): each of those gets its runs spread over the ten at
 * random. 1 000 runs per route on each database (PostgreSQL's take about three minutes on a
 * 2-core machine: a round trip per query).
 */

const RUNS = 1000;

const FIELDS = [
  'id', 'name', 'title', 'role', 'email', 'password', 'workspace', 'workspace_id', 'plan_id', 'user_id', 'version', 'label',
  'expires_in_days', 'items', 'kpi', 'date', 'value', 'period', 'start', 'end', 'horizon', 'token', 'invitation', 'capacity_hours',
  'current_password', 'new_password', 'usp', 'findings', 'funnel', 'traffic', 'activities', 'status', 'goals', 'theme', 'channel',
  'baseline', 'target', 'unit', 'frequency', 'aggregation', 'budget_hours', 'kurs', 'plan', '__proto__', 'constructor',
];

/** What no database can hold, or what overflows a reader: written as JSON text, since JSON.stringify cannot write most of it. */
const hostile = fc.constantFrom(
  '"a\\u0000b"', '"\\u0000"', '"\\ud800"', '"x\\udc00y"', '"\\ud83d\\ude00"',
  '1e999', '-1e999', '9'.repeat(310), `-${'9'.repeat(310)}.5`, '1e-400',
  `${'['.repeat(70)}1${']'.repeat(70)}`, `${'{"a":'.repeat(65)}1${'}'.repeat(65)}`,
);
/** An object with plausible fields, one of whose values (or a field name) is hostile. */
const hostileBody = fc
  .tuple(fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }), fc.constantFrom(...FIELDS), hostile, fc.boolean())
  .map(([base, field, value, asName]) => {
    const rest = JSON.stringify(base).slice(1, -1);
    const pair = asName ? `"${field}\\u0000":${value.startsWith('"') ? value : '1'}` : `"${field}":${value}`;
    return `{${[pair, rest].filter(Boolean).join(',')}}`;
  });

/** Bodies of every kind: JSON values, objects with plausible (and forbidden) fields, broken text, hostile values. */
const body = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 5, arbitrary: fc.dictionary(fc.constantFrom(...FIELDS), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 2, arbitrary: hostileBody },
);

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const ITEM_IDS: Record<string, string> = {
  goals: 'sell-books', kpis: 'books-sold', themes: 'webperf', activities: 'checkout', milestones: 'new-checkout',
  channels: 'web', audiences: 'readers', competitors: 'bigshop', campaigns: 'xmas', reviews: 'q1',
};
const COLLECTION = new RegExp(`/plans/\\{plan\\}/(${Object.keys(ITEM_IDS).join('|')})(/\\{id\\})?$`);

interface Case {
  method: string;
  /** Routes only a session may use take the cookie; the others an owner API token. */
  session: boolean;
  /** The path template, with {collection} for the shared collection routes. */
  template: string;
  paths: string[];
}
// Sign-out takes no body and ends the session the runs use.
const skipRoute = (r: RouteEntry) => r.path.endsWith('/sign-out');

describe.each(TEST_DATABASES)('random bodies on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let t: TestApp;
  let bearer: Call;
  const routes = () => routeTable(t.app).filter((r) => WITH_BODY.has(r.method) && !skipRoute(r));

  /** One case per route, and one per method for the collection routes, with the concrete paths to try. */
  function cases(): Case[] {
    const byTemplate = new Map<string, Case>();
    for (const route of routes()) {
      const template = route.path.replace(COLLECTION, (_, _collection: string, item?: string) => `/plans/{plan}/{collection}${item ?? ''}`);
      const key = `${route.method} ${template}`;
      const found = byTemplate.get(key) ?? { method: route.method, template, paths: [], session: POLICY[route.action].scope === 'account' };
      found.paths.push(path(route));
      byTemplate.set(key, found);
    }
    return [...byTemplate.values()];
  }

  beforeAll(async () => {
    if (skip) return;
    t = await startAppWithPlan(kind);
    const created = await t.owner.call('POST', '/api/v1/auth/tokens', { json: { name: 'properties', workspace: 'acme', role: 'owner', expires_in_days: null } });
    bearer = t.as({ token: ((await created.json()) as { token: string }).token });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every stored row that a request could change, in one number per table. */
  async function fingerprint(): Promise<string> {
    const { rows } = await sql<Record<string, unknown>>`select
      (select count(*) from audit_log) as audit,
      (select count(*) from workspaces) as workspaces, (select coalesce(sum(version), 0) from workspaces) as workspace_versions,
      (select count(*) from plans) as plans, (select coalesce(sum(revision + version), 0) from plans) as plan_versions,
      (select count(*) from workspace_members) as members, (select coalesce(sum(version), 0) from workspace_members) as member_versions,
      (select count(*) from invitations where revoked_at is null and accepted_at is null) as invitations,
      (select count(*) from share_links where revoked_at is null) as share_links,
      (select count(*) from api_tokens where revoked_at is null) as api_tokens,
      (select count(*) from users) as users, (select max(updated_at) from accounts) as passwords,
      (select count(*) from measurements) as measurements`.execute(t.container.db.kysely);
    return JSON.stringify(rows[0]);
  }

  const path = (r: RouteEntry) =>
    r.path
      .replace('{ws}', 'acme')
      .replace('{plan}', 'strategy')
      .replace('{user}', t.owner.id)
      .replace(/\/(\w+)\/\{id\}$/, (_, c: string) => `/${c}/${ITEM_IDS[c] ?? 'x'}`);

  run('reach every route that takes a body', () => {
    expect(routes().length).toBeGreaterThan(35);
    expect(cases().filter((c) => c.template.includes('{collection}')).map((c) => c.paths.length)).toEqual([10, 10]);
  });

  run(`never answer 5xx and never change stored data when refused (${RUNS} runs per route)`, { timeout: 600_000 }, async () => {
    let current = await fingerprint();
    for (const { method, paths, session } of cases()) {
      const call = session ? t.owner.call : bearer;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), body, fc.constantFrom('application/json', 'application/yaml', 'text/csv', 'text/plain'), async (url, text, type) => {
          const res = await call(method, url, { body: text, headers: { 'content-type': type, 'if-match': '*' } });
          if (res.status >= 500) expect.fail(`${method} ${url} ${text}: ${res.status} ${await res.text()}`);
          const after = await fingerprint();
          if (res.status >= 400) expect(after, `${method} ${url} ${text}`).toBe(current);
          current = after;
        }),
        { numRuns: RUNS },
      );
    }
  });
});
