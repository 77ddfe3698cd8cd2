import { type Kysely, sql } from 'kysely';
import type { DatabaseKind } from '../db/database.js';
import type { Database } from '../db/tables.js';

/** The advisory lock space of sign-in keys (two-number locks; it cannot meet a one-number lock). */
const LOCK_SPACE = 1;

/**
 * Sign-in attempts by account and by address: in the database, so every server instance sees
 * them. An attempt is written before its password is checked and removed again when the
 * password was right, so the rows are the failures plus the checks under way.
 */
export class SignInFailuresRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  /**
   * Holds these keys until the transaction ends, so that counting and recording an attempt is
   * one step (in one order, so two holders cannot deadlock). SQLite serialises write transactions.
   */
  async lock(keys: string[]): Promise<void> {
    if (this.kind !== 'postgres') return;
    for (const key of [...keys].sort()) await sql`select pg_advisory_xact_lock(${LOCK_SPACE}, hashtext(${key}))`.execute(this.db);
  }

  /** The most attempts of any of the keys since then, and the time of the latest. */
  async count(keys: string[], since: string): Promise<{ count: number; latest: string | undefined }> {
    const rows = await this.db
      .selectFrom('sign_in_failures')
      .select(['key', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('at').as('latest')])
      .where('key', 'in', keys)
      .where('at', '>', since)
      .groupBy('key')
      .execute();
    const latest = rows.map((r) => r.latest).sort().at(-1);
    return { count: Math.max(0, ...rows.map((r) => Number(r.n))), latest };
  }

  async record(keys: string[], at: string, forgetBefore: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('at', '<=', forgetBefore).execute();
    await this.db.insertInto('sign_in_failures').values(keys.map((key) => ({ key, at }))).execute();
  }

  /** Takes back an attempt: `at` is that attempt's own time for these keys (see AccountsService.signIn). */
  async forget(keys: string[], at: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('key', 'in', keys).where('at', '=', at).execute();
  }
}
