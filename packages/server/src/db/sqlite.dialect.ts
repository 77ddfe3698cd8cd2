import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { Checkpointer } from './sqlite.checkpointer.js';

export interface ReadWriteConnections {
  writer: SQLite.Database;
  reader: SQLite.Database;
  /** Checkpoints the log off the event loop (the writer's own automatic checkpoints are off). */
  checkpointer: Checkpointer;
}

/**
 * SQLite through two connections to one WAL file: a writer, which transactions and writes
 * take in turn, and a read-only reader for reads outside a transaction. A read then never
 * waits for a writer's transaction (an import holds one for seconds): it sees what is
 * committed, as a read on PostgreSQL does. Kysely's own SQLite dialect has one connection,
 * so every request waited for the longest transaction.
 */
export class SqliteReadWriteDialect implements Dialect {
  constructor(private readonly connections: ReadWriteConnections) {}

  createDriver(): Driver {
    return new ReadWriteDriver(this.connections);
  }

  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }

  createAdapter() {
    return new SqliteAdapter();
  }

  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

/** First come, first served: one holder at a time, the others wait in order. */
class Turns {
  private readonly waiting: (() => void)[] = [];
  private taken = false;

  take(): Promise<void> {
    if (!this.taken) {
      this.taken = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.taken = false;
  }
}

class ReadWriteDriver implements Driver {
  private readonly writerTurns = new Turns();

  constructor(private readonly connections: ReadWriteConnections) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new ReadWriteConnection(this.connections.writer, this.connections.reader, this.writerTurns);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as ReadWriteConnection).begin();
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as ReadWriteConnection).release();
  }

  async destroy(): Promise<void> {
    await this.connections.checkpointer.stop();
    this.connections.reader.close();
    this.connections.writer.close();
  }
}

class ReadWriteConnection implements DatabaseConnection {
  private inTransaction = false;

  constructor(
    private readonly writer: SQLite.Database,
    private readonly reader: SQLite.Database,
    private readonly writerTurns: Turns,
  ) {}

  async begin(): Promise<void> {
    await this.writerTurns.take();
    // Set first: the turn is given back on release even when `begin` fails.
    this.inTransaction = true;
    run(this.writer.prepare('begin'), []);
  }

  release(): void {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    this.writerTurns.give();
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (this.inTransaction) return run(this.writer.prepare(query.sql), query.parameters);
    const read = readOnly(this.reader, query.sql);
    if (read) return run(read, query.parameters);
    await this.writerTurns.take();
    try {
      return run(this.writer.prepare(query.sql), query.parameters);
    } finally {
      this.writerTurns.give();
    }
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    const statement = this.inTransaction ? this.writer.prepare(query.sql) : readOnly(this.reader, query.sql);
    if (!statement?.reader) throw new Error('SQLite streams only the rows of a read');
    for (const row of statement.iterate(query.parameters)) yield { rows: [row as R] };
  }
}

/** The statement prepared on the reader when it only reads; a write (or a table the reader does not know yet) goes to the writer. */
function readOnly(reader: SQLite.Database, sql: string): SQLite.Statement | undefined {
  try {
    const statement = reader.prepare(sql);
    return statement.readonly ? statement : undefined;
  } catch {
    return undefined;
  }
}

function run<R>(statement: SQLite.Statement, parameters: readonly unknown[]): QueryResult<R> {
  if (statement.reader) return { rows: statement.all(parameters) as R[] };
  const { changes, lastInsertRowid } = statement.run(parameters);
  return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
}
