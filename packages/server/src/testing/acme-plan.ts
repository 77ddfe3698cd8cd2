import type { TestDatabaseKind } from './databases.js';
import { startTestApp, type TestApp } from './app.js';
import { SMALL_PLAN } from './fixtures.js';

async function created(response: Promise<Response>, what: string): Promise<void> {
  const res = await response;
  if (res.status !== 201) throw new Error(`${what} failed: ${res.status} ${await res.text()}`);
}

/** startTestApp with the workspace "acme" and, in it, the plan "strategy" (SMALL_PLAN). */
export async function startAppWithPlan(kind: TestDatabaseKind): Promise<TestApp> {
  const t = await startTestApp(kind);
  await created(t.owner.call('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } }), 'creating the workspace');
  const yaml = { body: SMALL_PLAN, headers: { 'content-type': 'application/yaml' } };
  await created(t.owner.call('POST', '/api/v1/workspaces/acme/plans?id=strategy', yaml), 'creating the plan');
  return t;
}
