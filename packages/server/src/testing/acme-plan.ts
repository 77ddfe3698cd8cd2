import type { TestDatabaseKind } from './databases.js';
import { startTestApp, type TestApp } from './app.js';
import { SMALL_PLAN } from './fixtures.js';
import { withWorkspace } from './http.js';

/** startTestApp with the workspace "acme" and, in it, the plan "strategy" (SMALL_PLAN). */
export async function startAppWithPlan(kind: TestDatabaseKind): Promise<TestApp> {
  return withWorkspace(await startTestApp(kind), { id: 'acme', name: 'Acme' }, { strategy: SMALL_PLAN });
}
