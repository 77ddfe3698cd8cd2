import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../auth/auth.policy.js';
import type { Database, InvitationTable } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { newId, now, type Page } from './scope.js';

export type InvitationRow = Selectable<InvitationTable> & { role: Role };

/** Newest first; the id orders those made in the same millisecond. */
export const INVITATION_ORDER: ListOrder<Pick<InvitationRow, 'created_at' | 'id'>> = {
  name: 'invitations',
  direction: 'desc',
  columns: [
    { ref: 'created_at', type: 'string' },
    { ref: 'id', type: 'string' },
  ],
  keyOf: (row) => [row.created_at, row.id],
};

export class InvitationsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(values: { workspaceId: string; tokenHash: string; role: Role; email: string | null; expiresAt: string; createdBy: string | null }): Promise<InvitationRow> {
    const row: InvitationRow = {
      id: newId(),
      workspace_id: values.workspaceId,
      token_hash: values.tokenHash,
      role: values.role,
      email: values.email,
      expires_at: values.expiresAt,
      created_by: values.createdBy,
      created_at: now(),
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    };
    await this.db.insertInto('invitations').values(row).execute();
    return row;
  }

  findByHash(tokenHash: string): Promise<InvitationRow | undefined> {
    return this.db.selectFrom('invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst() as Promise<InvitationRow | undefined>;
  }

  find(workspaceId: string, id: string): Promise<InvitationRow | undefined> {
    return this.db.selectFrom('invitations').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst() as Promise<
      InvitationRow | undefined
    >;
  }

  list(workspaceId: string, page: Page): Promise<InvitationRow[]> {
    const query = this.db.selectFrom('invitations').selectAll().where('workspace_id', '=', workspaceId);
    return inOrder(query, INVITATION_ORDER, page).execute() as Promise<InvitationRow[]>;
  }

  /** Marks an open invitation used; false when someone else used or revoked it first. */
  async accept(id: string, userId: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ accepted_at: now(), accepted_by: userId })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async revoke(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ revoked_at: now() })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
