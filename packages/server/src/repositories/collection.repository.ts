import type { Kysely } from 'kysely';
import type { Database, PlanRow } from '../db/tables.js';
import type { ChildList, CollectionDescriptor, CollectionName } from './collections.js';
import { inOrder, type ListOrder } from './list-order.js';
import { fromColumns, toColumns } from './row-mapper.js';
import { batchSize, chunks, newId, now, type Page, type PlanScope } from './scope.js';

export type Entity = Record<string, unknown> & { id?: string };

export interface StoredEntity {
  rowId: string;
  /** The place in the plan's list. */
  position: number;
  entity: Entity;
  version: number;
}

/**
 * In the plan's order (position); the key orders rows that share one. Named by the collection,
 * so that a cursor of the goals is refused by the KPIs.
 */
function collectionOrder(name: CollectionName): ListOrder<Pick<StoredEntity, 'position' | 'entity'>> {
  return {
    name,
    direction: 'asc',
    columns: [
      { ref: 'position', type: 'number' },
      { ref: 'key', type: 'string' },
    ],
    keyOf: (row) => [row.position, row.entity.id!],
  };
}

/**
 * One repository for every keyed collection of a plan (goals, kpis, activities, …),
 * driven by its descriptor. Rows are ordered by position, which keeps the document's order.
 */
export class CollectionRepository {
  private readonly db: Kysely<any>;

  readonly order: ListOrder<Pick<StoredEntity, 'position' | 'entity'>>;

  constructor(
    db: Kysely<Database>,
    readonly descriptor: CollectionDescriptor,
  ) {
    this.db = db as Kysely<any>;
    this.order = collectionOrder(descriptor.name);
  }

  private get table(): string {
    return this.descriptor.table;
  }

  async list(scope: PlanScope, page?: Page): Promise<StoredEntity[]> {
    const query = this.db.selectFrom(this.table).selectAll().where('workspace_id', '=', scope.workspaceId).where('plan_id', '=', scope.planId);
    const rows = (await inOrder(query, this.order, page).execute()) as PlanRow[];
    return this.hydrate(scope, rows);
  }

  async find(scope: PlanScope, key: string): Promise<StoredEntity | undefined> {
    const row = (await this.db
      .selectFrom(this.table)
      .selectAll()
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .where('key', '=', key)
      .executeTakeFirst()) as PlanRow | undefined;
    return row ? (await this.hydrate(scope, [row]))[0] : undefined;
  }

  async insert(scope: PlanScope, entity: Entity): Promise<StoredEntity> {
    const last = await this.db
      .selectFrom(this.table)
      .select((eb) => eb.fn.max('position').as('position'))
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .executeTakeFirst();
    const position = last?.position == null ? 0 : Number(last.position) + 1;
    const [stored] = await this.insertAt(scope, [entity], position);
    return stored!;
  }

  /** Appends entities in order; used by the document import. */
  async insertMany(scope: PlanScope, entities: readonly Entity[]): Promise<void> {
    await this.insertAt(scope, entities, 0);
  }

  private async insertAt(scope: PlanScope, entities: readonly Entity[], firstPosition: number): Promise<StoredEntity[]> {
    const stamp = now();
    const rows = entities.map((entity, i) => ({
      id: newId(),
      workspace_id: scope.workspaceId,
      plan_id: scope.planId,
      key: entity.id,
      position: firstPosition + i,
      version: 1,
      created_at: stamp,
      updated_at: stamp,
      ...toColumns(this.descriptor.columns, entity),
    }));
    if (rows.length === 0) return [];
    for (const batch of chunks(rows, batchSize(Object.keys(rows[0]!).length))) {
      await this.db.insertInto(this.table).values(batch).execute();
    }
    for (const child of this.descriptor.children) {
      await this.insertChildren(scope, child, rows.map((row, i) => [row.id, entities[i]!]));
    }
    return rows.map((row, i) => ({ rowId: row.id, position: row.position, entity: entities[i]!, version: 1 }));
  }

  /** Replaces the entity's fields if the row is still at `version`; undefined when stale. */
  async update(scope: PlanScope, stored: StoredEntity, entity: Entity): Promise<StoredEntity | undefined> {
    const result = await this.db
      .updateTable(this.table)
      .set({ ...toColumns(this.descriptor.columns, entity), version: stored.version + 1, updated_at: now() })
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .where('id', '=', stored.rowId)
      .where('version', '=', stored.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    for (const child of this.descriptor.children) {
      await this.db.deleteFrom(child.table).where(child.parentColumn, '=', stored.rowId).execute();
      await this.insertChildren(scope, child, [[stored.rowId, entity]]);
    }
    return { ...stored, entity, version: stored.version + 1 };
  }

  async delete(scope: PlanScope, stored: StoredEntity): Promise<boolean> {
    const result = await this.db
      .deleteFrom(this.table)
      .where('workspace_id', '=', scope.workspaceId)
      .where('plan_id', '=', scope.planId)
      .where('id', '=', stored.rowId)
      .where('version', '=', stored.version)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async deleteAll(scope: PlanScope): Promise<void> {
    await this.db.deleteFrom(this.table).where('workspace_id', '=', scope.workspaceId).where('plan_id', '=', scope.planId).execute();
  }

  private async insertChildren(scope: PlanScope, child: ChildList, parents: [string, Entity][]): Promise<void> {
    const stamp = now();
    const rows = parents.flatMap(([parentId, entity]) =>
      ((entity[child.field] as Entity[] | undefined) ?? []).map((item, position) => ({
        id: newId(),
        workspace_id: scope.workspaceId,
        plan_id: scope.planId,
        [child.parentColumn]: parentId,
        position,
        version: 1,
        created_at: stamp,
        updated_at: stamp,
        ...toColumns(child.columns, item),
      })),
    );
    if (rows.length === 0) return;
    for (const batch of chunks(rows, batchSize(Object.keys(rows[0]!).length))) {
      await this.db.insertInto(child.table).values(batch).execute();
    }
  }

  private async hydrate(scope: PlanScope, rows: PlanRow[]): Promise<StoredEntity[]> {
    const stored = rows.map((row) => ({
      rowId: row.id,
      position: Number(row.position),
      entity: fromColumns(this.descriptor.columns, row, { id: row.key }) as Entity,
      version: Number(row.version),
    }));
    for (const child of this.descriptor.children) {
      const byParent = new Map(stored.map((s) => [s.rowId, s.entity]));
      if (byParent.size === 0) continue;
      const childRows = (await this.db
        .selectFrom(child.table)
        .selectAll()
        .where('workspace_id', '=', scope.workspaceId)
        .where('plan_id', '=', scope.planId)
        .$if(rows.length === 1, (q) => q.where(child.parentColumn, '=', rows[0]!.id))
        .orderBy('position')
        .execute()) as PlanRow[];
      for (const row of childRows) {
        const parent = byParent.get(row[child.parentColumn] as string);
        if (!parent) continue;
        ((parent[child.field] ??= []) as Entity[]).push(fromColumns(child.columns, row));
      }
    }
    return stored;
  }
}
