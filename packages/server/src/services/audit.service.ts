import { DomainError, fieldError } from '@kurs/core';
import { AUDIT_ORDER, type AuditFilter, type AuditRow } from '../repositories/audit.repository.js';
import type { Store } from '../repositories/repositories.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

export interface AuditEntryView {
  id: string;
  at: string;
  actor: { id: string | null; label: string; via: string };
  action: string;
  entity_type: string;
  entity_id: string;
  plan: string | null;
  changed_fields: string[];
  detail: string | null;
}

export const AUDIT_COLUMNS = ['at', 'actor', 'via', 'action', 'entity_type', 'entity_id', 'plan', 'changed_fields', 'detail'] as const;

const viewOf = (row: AuditRow): AuditEntryView => ({
  id: row.id,
  at: row.at,
  actor: { id: row.actor_id, label: row.actor, via: row.via },
  action: row.action,
  entity_type: row.entity_type,
  entity_id: row.entity_id,
  plan: row.plan,
  changed_fields: JSON.parse(row.changed_fields) as string[],
  detail: row.detail,
});

/** Reading the audit log, newest first; it is written by each service in its own transactions (audit.ts). */
export class AuditService {
  constructor(private readonly store: Store) {}

  async list(workspaceId: string, filter: AuditFilter, page?: PageRequest): Promise<PageResult<AuditEntryView>> {
    for (const [key, value] of Object.entries(filter)) {
      if (value !== undefined && (value.length > 200 || value === '')) throw new DomainError('invalid', 'The filter is not valid.', [fieldError(key, value === '' ? 'too_small' : 'too_big', 'must be 1 to 200 characters', value === '' ? { minimum: 1, origin: 'string', inclusive: true } : { maximum: 200, origin: 'string', inclusive: true })]);
    }
    return paginate(page, AUDIT_ORDER, (p) => this.store.repos.audit.list(workspaceId, filter, p), viewOf);
  }
}
