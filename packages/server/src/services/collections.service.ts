import { DomainError, fieldError, normalizePlan, type PlanDocument } from '@kurs/core';
import type { Entity, StoredEntity } from '../repositories/collection.repository.js';
import { COLLECTIONS, type CollectionDescriptor, type CollectionName } from '../repositories/collections.js';
import type { Repositories, Store } from '../repositories/repositories.js';
import { audit, changedFields } from './audit.js';
import { checkVersion, type Expected } from './concurrency.js';
import { mergePatch } from './merge-patch.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';
import { type ResolvedPlan, resolvePlan } from './plan-scope.js';
import { writePlan } from './plan-write.js';
import { assertValidChange, assertValidDelete } from './plan-validation.js';
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

type Doc = Record<string, unknown>;

/**
 * Rules of one collection that clash with stored data (409) rather than break the document:
 * they see the list as it would be after a write, the index of the written item, and on an
 * update the item as it was.
 */
type ListRule = (items: readonly Entity[], index: number, at: { workspace: string; plan: string }, previous?: Entity) => void;
const LIST_RULES: Partial<Record<CollectionName, ListRule>> = { reviews: assertQuarterFree };

/** The plan document with one collection's list replaced. */
function withList(doc: PlanDocument, descriptor: CollectionDescriptor, items: Entity[]): PlanDocument {
  const copy: Doc = { ...doc };
  let parent = copy;
  for (const part of descriptor.documentPath.slice(0, -1)) parent = parent[part] = { ...((parent[part] as Doc) ?? {}) };
  parent[descriptor.documentPath.at(-1)!] = items;
  return copy as PlanDocument;
}

function listOf(doc: PlanDocument, descriptor: CollectionDescriptor): Entity[] {
  let value: unknown = doc;
  for (const part of descriptor.documentPath) value = value == null ? undefined : (value as Doc)[part];
  return (value as Entity[] | undefined) ?? [];
}

function assertObject(body: unknown): Entity {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid', 'The body must be a JSON object.', [fieldError('', 'invalid_type', 'must be an object', { expected: 'object' })]);
  }
  return body as Entity;
}

/**
 * Create, read, update and delete for every collection of a plan. Each write validates the
 * whole plan as it would be after the change, and is refused for the errors it brings
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
    const descriptor = COLLECTIONS[name];
    const item = assertObject(body);
    return writePlan(this.store, workspace, plan, async (repos, resolved, doc) => {
      const items = listOf(doc, descriptor);
      if (typeof item.id === 'string' && items.some((i) => i.id === item.id)) {
        throw new DomainError('conflict', `This plan already has a ${SINGULAR[name]} with id "${item.id}".`, [
          fieldError('id', 'id_taken', `"${item.id}" is taken`, { value: item.id }),
        ]);
      }
      const candidate = withList(doc, descriptor, [...items, item]);
      LIST_RULES[name]?.(listOf(candidate, descriptor), items.length, { workspace, plan });
      // normalizePlan gives an id to an item whose id the format lets out (unique in its list, so the plan stays as valid as it was).
      const valid = normalizePlan(assertValidChange(doc, candidate, `The ${SINGULAR[name]}`, `${descriptor.documentPath.join('.')}[${items.length}]`));
      const created = listOf(valid, descriptor)[items.length]!;
      const stored = await repos.collection(name).insert(resolved.scope, created);
      await audit(repos, resolved.scope.workspaceId, { action: `${entityType(name)}.create`, entityType: entityType(name), entityId: String(stored.entity.id), plan, fields: Object.keys(stored.entity).sort() });
      return { entity: stored.entity, version: stored.version };
    });
  }

  async update(workspace: string, plan: string, name: CollectionName, id: string, patch: unknown, expected: Expected): Promise<VersionedEntity> {
    const descriptor = COLLECTIONS[name];
    const changes = assertObject(patch);
    return writePlan(this.store, workspace, plan, async (repos, resolved, doc) => {
      const stored = await this.find(repos, resolved, name, id);
      checkVersion(expected, stored.version, `${SINGULAR[name]} "${id}"`);
      if ('id' in changes && changes.id !== id) {
        throw new DomainError('invalid', `The id of a ${SINGULAR[name]} cannot be changed.`, [fieldError('id', 'read_only', 'cannot be changed')]);
      }
      const next = mergePatch(stored.entity, changes);
      const items = listOf(doc, descriptor);
      const index = items.findIndex((i) => i.id === id);
      const candidate = withList(doc, descriptor, items.map((i, n) => (n === index ? next : i)));
      LIST_RULES[name]?.(listOf(candidate, descriptor), index, { workspace, plan }, stored.entity);
      const valid = assertValidChange(doc, candidate, `The ${SINGULAR[name]}`, `${descriptor.documentPath.join('.')}[${index}]`);
      const updated = await repos.collection(name).update(resolved.scope, stored, listOf(valid, descriptor)[index]!);
      if (!updated) throw new DomainError('precondition_failed', `The ${SINGULAR[name]} "${id}" was changed by someone else meanwhile. Reload it and try again.`);
      await audit(repos, resolved.scope.workspaceId, { action: `${entityType(name)}.update`, entityType: entityType(name), entityId: id, plan, fields: changedFields(stored.entity, updated.entity) });
      return { entity: updated.entity, version: updated.version };
    });
  }

  async delete(workspace: string, plan: string, name: CollectionName, id: string, expected: Expected): Promise<void> {
    const descriptor = COLLECTIONS[name];
    await writePlan(this.store, workspace, plan, async (repos, resolved, doc) => {
      const stored = await this.find(repos, resolved, name, id);
      checkVersion(expected, stored.version, `${SINGULAR[name]} "${id}"`);
      const remaining = listOf(doc, descriptor).filter((i) => i.id !== id);
      assertValidDelete(doc, withList(doc, descriptor, remaining), { label: SINGULAR[name], id });
      if (!(await repos.collection(name).delete(resolved.scope, stored))) {
        throw new DomainError('precondition_failed', `The ${SINGULAR[name]} "${id}" was changed by someone else meanwhile. Reload it and try again.`);
      }
      await audit(repos, resolved.scope.workspaceId, { action: `${entityType(name)}.delete`, entityType: entityType(name), entityId: id, plan });
    });
  }

  private async find(repos: Repositories, resolved: ResolvedPlan, name: CollectionName, id: string): Promise<StoredEntity> {
    const stored = await repos.collection(name).find(resolved.scope, id);
    if (!stored) throw new DomainError('not_found', `There is no ${SINGULAR[name]} "${id}" in plan "${resolved.plan.slug}".`);
    return stored;
  }
}
