import { currentActor } from '../auth/auth.actor.js';
import type { Repositories } from '../repositories/repositories.js';

export interface AuditEntry {
  /** What was done: "goal.update", "member.remove", "plan.create"… */
  action: string;
  entityType: string;
  entityId: string;
  /** The plan's id when the entity belongs to a plan. */
  plan?: string;
  fields?: string[];
  detail?: string;
}

/**
 * Adds an entry to the workspace's audit log with the actor of the work in progress. Call it
 * with the repositories of the write's own transaction, so the entry and the change are
 * stored together or not at all.
 */
export async function audit(repos: Repositories, workspaceId: string, entry: AuditEntry): Promise<void> {
  const actor = currentActor();
  await repos.audit.insert({
    workspace_id: workspaceId,
    actor_id: actor.userId,
    actor: actor.label,
    via: actor.via,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId,
    plan: entry.plan ?? null,
    changed_fields: JSON.stringify(entry.fields ?? []),
    detail: entry.detail ?? null,
  });
}

/** The fields whose value differs between two versions of an entity. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
