import { describe, expect } from 'vitest';
import { startTestApp, type TestApp } from '../testing/app.js';
import { startedOn, TEST_DATABASES } from '../testing/databases.js';
import { up } from './migrations/2026-12-07-007-api-token-hints.js';

describe.each(TEST_DATABASES)('migration 007 on %s', (kind) => {
  const t = startedOn<TestApp>(kind, () => startTestApp(kind));

  t.run('cuts a stored token hint that shows most of the token back to the prefix and four characters', async () => {
    const { started } = t;
    expect((await started.owner.call('POST', '/api/v1/workspaces', { json: { id: 'acme', name: 'Acme' } })).status).toBe(201);
    expect((await started.owner.call('POST', '/api/v1/auth/tokens', { json: { name: 'ci', workspace: 'acme', role: 'viewer' } })).status).toBe(201);
    const db = started.container.db.kysely;
    // As the old tokenHint cut a token whose random part held a "_" near its end.
    await db.updateTable('api_tokens').set({ hint: 'kurs_pat_abcdefghijklmnopqrstuvwxyz0123456789AB_CDEF…' }).execute();
    await up(db);
    const rows = await db.selectFrom('api_tokens').select('hint').execute();
    expect(rows.map((r) => r.hint)).toEqual(['kurs_pat_abcd…']);
    await up(db);
    expect((await db.selectFrom('api_tokens').select('hint').execute()).map((r) => r.hint)).toEqual(['kurs_pat_abcd…']);
  });
});
