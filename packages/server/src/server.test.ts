import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './server.js';
import { freshDatabase, postgresAvailable, testConfig } from './testing/databases.js';

describe('instances starting at the same moment', () => {
  const run = postgresAvailable() ? it : it.skip;
  const servers: RunningServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  run('on an empty PostgreSQL database: all start, the database is migrated once and has one demo', async () => {
    for (let trial = 0; trial < 2; trial++) {
      const config = testConfig(await freshDatabase('postgres'), { port: 0, host: '127.0.0.1', demo: true });
      const started = await Promise.allSettled(Array.from({ length: 3 }, () => startServer(config)));
      for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
      expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started')), `trial ${trial}`).toEqual(['started', 'started', 'started']);
      const db = servers.at(-1)!.container.db.kysely;
      expect((await db.selectFrom('workspaces').select('slug').execute()).map((w) => w.slug)).toEqual(['demo']);
      expect((await db.selectFrom('plans').select('slug').execute())).toHaveLength(1);
    }
  });
});
