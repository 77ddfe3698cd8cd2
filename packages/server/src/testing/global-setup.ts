import pg from 'pg';
import type { TestProject } from 'vitest/node';

/*
 * Each test run gets its own PostgreSQL databases, named with a run prefix, and drops them at
 * the end. Outside CI a missing PostgreSQL skips that leg with a notice; with CI=true it fails.
 */

const ADMIN_URL = process.env.KURS_TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pg: { adminUrl: string; prefix: string } | null;
  }
}

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export default async function setup(project: TestProject) {
  const prefix = `kurs_test_${process.pid}_${Date.now().toString(36)}`;
  if (!(await reachable())) {
    if (process.env.CI === 'true') throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL}; CI runs every test on it.`);
    console.warn(`\nNotice: PostgreSQL is not reachable at ${ADMIN_URL}; the PostgreSQL leg of the tests is skipped.\n`);
    project.provide('pg', null);
    return;
  }
  project.provide('pg', { adminUrl: ADMIN_URL, prefix });
  return async () => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${prefix}%`]);
      for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    } finally {
      await client.end();
    }
  };
}
