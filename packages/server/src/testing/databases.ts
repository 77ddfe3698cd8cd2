import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../config/config.js';
import { type Container, createContainer } from '../container.js';

export type TestDatabaseKind = 'sqlite' | 'postgres';

/** The databases every storage and API test runs on: SQLite, and PostgreSQL when it is there. */
export const TEST_DATABASES: TestDatabaseKind[] = ['sqlite', 'postgres'];

export const postgresAvailable = (): boolean => inject('pg') !== null;

let counter = 0;

/** A fresh, empty database of this kind: a new SQLite file, or a new PostgreSQL database. */
export async function freshDatabase(kind: TestDatabaseKind): Promise<Config['database']> {
  if (kind === 'sqlite') return { kind: 'sqlite', file: join(mkdtempSync(join(tmpdir(), 'kurs-test-')), 'kurs.db') };
  const info = inject('pg');
  if (!info) throw new Error('PostgreSQL is not available for tests');
  const name = `${info.prefix}_${process.pid}_${++counter}`;
  const client = new pg.Client({ connectionString: info.adminUrl });
  await client.connect();
  try {
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(info.adminUrl);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString() };
}

export function testConfig(database: Config['database'], overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ LOG_LEVEL: 'silent', KURS_DEMO: 'false', DATA_DIR: tmpdir() }), database, ...overrides };
}

/** A container on a fresh database of this kind, silent, without the demo. */
export async function testContainer(kind: TestDatabaseKind): Promise<Container> {
  return createContainer(testConfig(await freshDatabase(kind)));
}
