import { DomainError, fieldError, listItems, normalizePlan, type PlanDocument, type PlanEdit, type PlanIndex } from '@kurs/core';
import type { Entity, StoredEntity } from '../repositories/collection.repository.js';
import { COLLECTIONS, type CollectionName } from '../repositories/collections.js';
import type { Repositories, Store } from '../repositories/repositories.js';
import { audit, changedFields } from './audit.js';
import { checkVersion, type Expected } from './concurrency.js';
import { mergePatch } from './merge-patch.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';
import { type ResolvedPlan, resolvePlan } from './plan-scope.js';
import { writePlan } from './plan-write.js';
import { assertValidDelete, assertValidEdit } from './plan-validation.js';
import { assertQuarterFree } from './review-quarter.js';

export interface VersionedEntity {
  entity: Entity;
  version: number;
}

const SINGULAR: Record<CollectionName, string> = {
  audiences: 'audience',
  competitors: 'competitor',
  channels: 'channel',
  campaigns: 'campaign',
  goals: 'goal',
  kpis: 'KPI',
  themes: 'theme',
  activities: 'activity',
  milestones: 'milestone',
  reviews: 'review',
};

/** The entity type in the audit log: "goal", "kpi", "activity"… */
const entityType = (name: CollectionName): string => SINGULAR[name].toLowerCase();

/**
 * Rules of one collection that clash with stored data (409) rather than break the document:
 * they see the list as it would be after a write, the index of the written item, and on an
 * update the item as it was.
 */
type ListRule = (items: readonly Entity[], index: number, at: { workspace: string; plan: string }, previous?: Entity) => void;
const LIST_RULES: Partial<Record<CollectionName, ListRule>> = { reviews: assertQuarterFree };

function listOf(doc: PlanDocument, name: CollectionName): Entity[] {
  return listItems(doc, name) as Entity[];
}

/** The path of a list's item in the plan document, that a refusal's errors are named relative to ("goals[3]"). */
function itemPath(name: CollectionName, index: number): string {
  return `${COLLECTIONS[name].documentPath.join('.')}[${index}]`;
}

/** The index of the stored item in the plan document (the cached document is of the locked revision, so it is there). */
function positionOf(index: PlanIndex, name: CollectionName, id: string): number {
  const at = index.position(name, id);
  if (at === undefined) throw new Error(`The ${SINGULAR[name]} "${id}" is stored but not in the plan document.`);
  return at;
}

function assertObject(body: unknown): Entity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid', 'The body must be a JSON object.', [fieldError('', 'invalid_type', 'must be an object', { expected: 'object' })]);
  }
  return body as Entity;
}

/**
 * Create, read, update and delete for every collection of a plan. Each write judges the plan
 * as it would be after the change by the rules the change can break (core's PlanIndex, which
 * answers as the whole plan's validation does), and is refused for the errors it brings
 * (plan-validation.ts).
 */
export class CollectionsService {
  constructor(private readonly store: Store) {}

  async list(workspace: string, plan: string, name: CollectionName, page?: PageRequest): Promise<PageResult<VersionedEntity>> {
    const { scope } = await resolvePlan(this.store.repos, workspace, plan);
    const repo = this.store.repos.collection(name);
    return paginate(page, repo.order, (p) => repo.list(scope, p), ({ entity, version }) => ({ entity, version }));
  }

  async get(workspace: string, plan: string, name: CollectionName, id: string): Promise<VersionedEntity> {
    const resolved = await resolvePlan(this.store.repos, workspace, plan);
    const { entity, version } = await this.find(this.store.repos, resolved, name, id);
    return { entity, version };
  }

  async create(workspace: string, plan: string, name: CollectionName, body: unknown): Promise<VersionedEntity> {
    const item = assertObject(body);
    return writePlan(this.store, workspace, plan, async (repos, resolved, _doc, { index, leaves }) => {
      if (typeof item.id === 'string' && index.position(name, item.id) !== undefined) {
        throw new DomainError('conflict', `This plan already has a ${SINGULAR[name]} with id "${item.id}".`, [
          fieldError('id', 'id_taken', `"${item.id}" is taken`, { value: item.id }),
        ]);
      }
      const at = listOf(index.plan, name).length;
      const listRule = LIST_RULES[name];
      if (listRule) listRule([...listOf(index.plan, name), item], at, { workspace, plan });
      const edit: PlanEdit = { list: name, kind: 'create', item };
      const { plan: valid, clean } = assertValidEdit(index, edit, `The ${SINGULAR[name]}`, itemPath(name, at));
      // normalizePlan gives an id to an item whose id the format lets out (unique in its list, so the plan stays as valid as it was).
      const created = listOf(normalizePlan(valid), name)[at]!;
      const stored = await repos.collection(name).insert(resolved.scope, created);
      const entity = await this.storedEntity(repos, resolved, name, stored);
      leaves(() => index.edited({ ...edit, item: entity }, clean));
      await audit(repos, resolved.scope.workspaceId, { action: `${entityType(name)}.create`, entityType: entityType(name), entityId: String(stored.entity.id), plan, fields: Object.keys(stored.entity).sort() });
      return { entity: stored.entity, version: stored.version };
    });
  }

  async update(workspace: string, plan: string, name: CollectionName, id: string, patch: unknown, expected: Expected): Promise<VersionedEntity> {
    const changes = assertObject(patch);
    return writePlan(this.store, workspace, plan, async (repos, resolved, _doc, { index, leaves }) => {
      const stored = await this.find(repos, resolved, name, id);
      checkVersion(expected, stored.version, `${SINGULAR[name]} "${id}"`);
      if ('id' in changes && changes.id !== id) {
        throw new DomainError('invalid', `The id of a ${SINGULAR[name]} cannot be changed.`, [fieldError('id', 'read_only', 'cannot be changed')]);
      }
      const next = mergePatch(stored.entity, changes);
      const at = positionOf(index, name, id);
      const listRule = LIST_RULES[name];
      if (listRule) listRule(listOf(index.plan, name).map((item, n) => (n === at ? next : item)), at, { workspace, plan }, stored.entity);
      const edit: PlanEdit = { list: name, kind: 'update', index: at, item: next };
      const { plan: valid, clean } = assertValidEdit(index, edit, `The ${SINGULAR[name]}`, itemPath(name, at));
      const updated = await repos.collection(name).update(resolved.scope, stored, listOf(valid, name)[at]!);
      if (!updated) throw new DomainError('precondition_failed', `The ${SINGULAR[name]} "${id}" was changed by someone else meanwhile. Reload it and try again.`);
      const entity = await this.storedEntity(repos, resolved, name, updated);
      leaves(() => index.edited({ ...edit, item: entity }, clean));
      await audit(repos, resolved.scope.workspaceId, { action: `${entityType(name)}.update`, entityType: entityType(name), entityId: id, plan, fields: changedFields(stored.entity, updated.entity) });
      return { entity: updated.entity, version: updated.version };
    });
  }

  async delete(workspace: string, plan: string, name: CollectionName, id: string, expected: Expected): Promise<void> {
    await writePlan(this.store, workspace, plan, async (repos, resolved, _doc, { index, leaves }) => {
      const stored = await this.find(repos, resolved, name, id);
      checkVersion(expected, stored.version, `${SINGULAR[name]} "${id}"`);
      const edit = { list: name, kind: 'delete', index: positionOf(index, name, id) } as const;
      const { clean } = assertValidDelete(index, edit, { label: SINGULAR[name], id });
      if (!(await repos.collection(name).delete(resolved.scope, stored))) {
        throw new DomainError('precondition_failed', `The ${SINGULAR[name]} "${id}" was changed by someone else meanwhile. Reload it and try again.`);
      }
      leaves(() => index.edited(edit, clean));
      await audit(repos, resolved.scope.workspaceId, { action: `${entityType(name)}.delete`, entityType: entityType(name), entityId: id, plan });
    });
  }

  /** The entity as the plan document reads it back from its rows, for the document the next write starts from. */
  private async storedEntity(repos: Repositories, resolved: ResolvedPlan, name: CollectionName, stored: StoredEntity): Promise<Entity> {
    return (await repos.collection(name).find(resolved.scope, String(stored.entity.id)))?.entity ?? stored.entity;
  }

  private async find(repos: Repositories, resolved: ResolvedPlan, name: CollectionName, id: string): Promise<StoredEntity> {
    const stored = await repos.collection(name).find(resolved.scope, id);
    if (!stored) throw new DomainError('not_found', `There is no ${SINGULAR[name]} "${id}" in plan "${resolved.plan.slug}".`);
    return stored;
  }
}
