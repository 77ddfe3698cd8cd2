import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/** Values of the instance as a whole, shared by every server on the database. */
export class SettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.db.selectFrom('instance_settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
  }

  /** Stores the value unless one is there already, and returns the one that is (first writer wins). */
  async getOrSet(key: string, value: string): Promise<string> {
    await this.db.insertInto('instance_settings').values({ key, value }).onConflict((oc) => oc.column('key').doNothing()).execute();
    return (await this.get(key))!;
  }
}
