import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Dialect, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config/config.js';
import { startCheckpointer } from './sqlite.checkpointer.js';
import { SqliteReadWriteDialect } from './sqlite.dialect.js';
import type { Database } from './tables.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Db {
  kysely: Kysely<Database>;
  kind: DatabaseKind;
  /** Answers when the database does: for /api/ready. */
  ping(): Promise<void>;
  /**
   * Runs the work while no other instance runs work under this lock: what a start does once
   * for the whole database (migrations, the demo). On PostgreSQL an advisory lock; another
   * instance waits for it and then finds the work done. SQLite has one instance per file.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock of a start (one number: it cannot meet the two-number locks of sign-in). */
const STARTUP_LOCK = 0x6b757273; // "kurs"

// PostgreSQL sends COUNT(*) and other int8 as strings; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function openDatabase(database: Config['database']): Db {
  const kysely =
    database.kind === 'sqlite'
      ? new Kysely<Database>({ dialect: sqliteDialect(database.file) })
      : new Kysely<Database>({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 10 }) }),
        });
  return {
    kysely,
    kind: database.kind,
    ping: async () => {
      await sql`select 1`.execute(kysely);
    },
    exclusive: (work) =>
      database.kind === 'sqlite'
        ? work()
        : kysely.connection().execute(async (connection) => {
            // Held by this connection's session: it ends with the connection if the process dies.
            await sql`select pg_advisory_lock(${STARTUP_LOCK})`.execute(connection);
            try {
              return await work();
            } finally {
              await sql`select pg_advisory_unlock(${STARTUP_LOCK})`.execute(connection);
            }
          }),
    close: () => kysely.destroy(),
  };
}

/** A file gets a writer, a reader and a checkpointer (sqlite.dialect.ts says why); memory has one connection. */
function sqliteDialect(file: string): Dialect {
  const writer = openSqlite(file);
  if (file === ':memory:') return new SqliteDialect({ database: writer });
  writer.pragma('wal_autocheckpoint = 0');
  // The log shrinks back to this after a large import has been checkpointed.
  writer.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  const reader = new SQLite(file, { readonly: true });
  reader.pragma('busy_timeout = 5000');
  return new SqliteReadWriteDialect({ writer, reader, checkpointer: startCheckpointer(file) });
}

function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Safe with WAL: a crash can lose the last commits but never corrupts the file.
  db.pragma('synchronous = NORMAL');
  return db;
}
