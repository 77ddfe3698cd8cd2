import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../auth/auth.policy.js';
import type { ApiTokenTable, Database } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { newId, now, type Page } from './scope.js';

export type ApiTokenRow = Selectable<ApiTokenTable> & { role: Role };

/** Newest first; the id orders those made in the same millisecond. */
export const API_TOKEN_ORDER: ListOrder<Pick<ApiTokenRow, 'created_at' | 'id'>> = {
  name: 'api_tokens',
  direction: 'desc',
  columns: [
    { ref: 'created_at', type: 'string' },
    { ref: 'id', type: 'string' },
  ],
  keyOf: (row) => [row.created_at, row.id],
};

/** Personal API tokens: a user's, scoped to one workspace; only the hash is kept. */
export class ApiTokensRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(values: { userId: string; workspaceId: string; name: string; role: Role; tokenHash: string; hint: string; expiresAt: string | null }): Promise<ApiTokenRow> {
    const row: ApiTokenRow = {
      id: newId(),
      user_id: values.userId,
      workspace_id: values.workspaceId,
      name: values.name,
      role: values.role,
      token_hash: values.tokenHash,
      hint: values.hint,
      expires_at: values.expiresAt,
      created_at: now(),
      last_used_at: null,
      revoked_at: null,
    };
    await this.db.insertInto('api_tokens').values(row).execute();
    return row;
  }

  findByHash(tokenHash: string): Promise<ApiTokenRow | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst() as Promise<ApiTokenRow | undefined>;
  }

  listOfUser(userId: string, page: Page): Promise<ApiTokenRow[]> {
    const query = this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId);
    return inOrder(query, API_TOKEN_ORDER, page).execute() as Promise<ApiTokenRow[]>;
  }

  findOfUser(userId: string, id: string): Promise<ApiTokenRow | undefined> {
    return this.db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst() as Promise<
      ApiTokenRow | undefined
    >;
  }

  async revoke(userId: string, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: now() })
      .where('user_id', '=', userId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async touch(id: string): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: now() }).where('id', '=', id).execute();
  }
}
