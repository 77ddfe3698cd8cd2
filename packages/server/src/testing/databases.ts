import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, inject, it } from 'vitest';
import { type Config, loadConfig } from '../config/config.js';
import { type Container, createContainer } from '../container.js';

export type TestDatabaseKind = 'sqlite' | 'postgres';

/** The databases every storage and API test runs on: SQLite, and PostgreSQL when it is there. */
export const TEST_DATABASES: TestDatabaseKind[] = ['sqlite', 'postgres'];

export const postgresAvailable = (): boolean => inject('pg') !== null;

/**
 * For a describe.each(TEST_DATABASES) block: what `start` makes (a test server or app), started
 * before the block's tests and closed after them, and `run`, which is `it`, or `it.skip` on
 * PostgreSQL when it is not there. `started` is filled in by beforeAll: read it in tests and hooks.
 */
export function startedOn<T extends { close(): Promise<void> }>(kind: TestDatabaseKind, start: () => Promise<T>): { started: T; run: typeof it | typeof it.skip } {
  const skip = kind === 'postgres' && !postgresAvailable();
  const started = {} as T;
  let closing: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (skip) return;
    Object.assign(started, await start());
    closing = started.close;
  });
  afterAll(async () => {
    await closing?.();
  });
  return { started, run: skip ? it.skip : it };
}

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
