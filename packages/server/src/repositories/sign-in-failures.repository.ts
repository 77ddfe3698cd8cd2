import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/** Failed sign-ins by account and by address: in the database, so every server instance sees them. */
export class SignInFailuresRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async count(keys: string[], since: string): Promise<number> {
    const rows = await this.db
      .selectFrom('sign_in_failures')
      .select(['key', (eb) => eb.fn.countAll<number>().as('n')])
      .where('key', 'in', keys)
      .where('at', '>', since)
      .groupBy('key')
      .execute();
    return Math.max(0, ...rows.map((r) => Number(r.n)));
  }

  async record(keys: string[], at: string, forgetBefore: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('at', '<=', forgetBefore).execute();
    await this.db.insertInto('sign_in_failures').values(keys.map((key) => ({ key, at }))).execute();
  }
}
