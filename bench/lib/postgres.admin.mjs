import pg from 'pg';

/** The server the bench creates its database on; KURS_BENCH_PG_ADMIN_URL overrides it. */
export const ADMIN_URL = process.env.KURS_BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function withClient(work) {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function postgresReachable() {
  try {
    await withClient((client) => client.query('select 1'));
    return true;
  } catch {
    return false;
  }
}

/** Creates an empty database and returns its URL. */
export async function createDatabase(name) {
  await withClient((client) => client.query(`create database "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name) {
  await withClient((client) => client.query(`drop database if exists "${name}" with (force)`));
}
