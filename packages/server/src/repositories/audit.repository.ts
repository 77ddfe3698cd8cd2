import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { newId, now, type Page } from './scope.js';

export type AuditRow = Selectable<AuditLogTable>;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
}

/** Newest first; the id orders entries written in the same millisecond. */
export const AUDIT_ORDER: ListOrder<Pick<AuditRow, 'at' | 'id'>> = {
  name: 'audit',
  direction: 'desc',
  columns: [
    { ref: 'at', type: 'string' },
    { ref: 'id', type: 'string' },
  ],
  keyOf: (row) => [row.at, row.id],
};

/** The audit log: rows are added, never changed or removed. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(entry: Omit<AuditRow, 'id' | 'at'>): Promise<void> {
    await this.db.insertInto('audit_log').values({ id: newId(), at: now(), ...entry }).execute();
  }

  list(workspaceId: string, filter: AuditFilter, page: Page): Promise<AuditRow[]> {
    let query = this.db.selectFrom('audit_log').selectAll().where('workspace_id', '=', workspaceId);
    if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
    if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
    if (filter.actorId) query = query.where('actor_id', '=', filter.actorId);
    return inOrder(query, AUDIT_ORDER, page).execute();
  }
}
