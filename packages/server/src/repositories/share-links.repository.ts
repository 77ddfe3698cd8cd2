import type { Kysely, Selectable } from 'kysely';
import type { Database, ShareLinkTable } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { newId, now, type Page, type PlanScope } from './scope.js';

export type ShareLinkRow = Selectable<ShareLinkTable>;

/** Newest first; the id orders those made in the same millisecond. */
export const SHARE_LINK_ORDER: ListOrder<Pick<ShareLinkRow, 'created_at' | 'id'>> = {
  name: 'share_links',
  direction: 'desc',
  columns: [
    { ref: 'created_at', type: 'string' },
    { ref: 'id', type: 'string' },
  ],
  keyOf: (row) => [row.created_at, row.id],
};

export class ShareLinksRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(scope: PlanScope, values: { tokenHash: string; label: string; expiresAt: string | null; createdBy: string | null }): Promise<ShareLinkRow> {
    const row: ShareLinkRow = {
      id: newId(),
      workspace_id: scope.workspaceId,
      plan_id: scope.planId,
      token_hash: values.tokenHash,
      label: values.label,
      expires_at: values.expiresAt,
      created_by: values.createdBy,
      created_at: now(),
      revoked_at: null,
    };
    await this.db.insertInto('share_links').values(row).execute();
    return row;
  }

  findByHash(tokenHash: string): Promise<ShareLinkRow | undefined> {
    return this.db.selectFrom('share_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  find(scope: PlanScope, id: string): Promise<ShareLinkRow | undefined> {
    return this.db
      .selectFrom('share_links')
      .selectAll()
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  list(scope: PlanScope, page: Page): Promise<ShareLinkRow[]> {
    const query = this.db.selectFrom('share_links').selectAll().where('workspace_id', '=', scope.workspaceId).where('plan_id', '=', scope.planId);
    return inOrder(query, SHARE_LINK_ORDER, page).execute();
  }

  async revoke(scope: PlanScope, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('share_links')
      .set({ revoked_at: now() })
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
