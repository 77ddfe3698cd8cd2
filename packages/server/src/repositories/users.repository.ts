import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

export interface UserSummary {
  id: string;
  email: string;
  name: string;
}

/** Reads of better-auth's users table; better-auth itself writes it. */
export class UsersRepository {
  constructor(private readonly db: Kysely<Database>) {}

  findByEmail(email: string): Promise<UserSummary | undefined> {
    return this.db.selectFrom('users').select(['id', 'email', 'name']).where('email', '=', email.toLowerCase()).executeTakeFirst();
  }

  findById(id: string): Promise<UserSummary | undefined> {
    return this.db.selectFrom('users').select(['id', 'email', 'name']).where('id', '=', id).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
