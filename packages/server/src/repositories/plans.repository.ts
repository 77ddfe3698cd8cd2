import { planHeaderSchema, situationSchema, strategySchema } from '@kurs/core';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { DatabaseKind } from '../db/database.js';
import type { Database, PlanTable } from '../db/tables.js';
import { columnsOf } from './collections.js';
import { inOrder, type ListOrder } from './list-order.js';
import { newId, now, type Page } from './scope.js';

export type PlanRowData = Selectable<PlanTable>;

/** By id (the slug), which is unique in the workspace. */
export const PLAN_ORDER: ListOrder<Pick<PlanRowData, 'slug'>> = {
  name: 'plans',
  direction: 'asc',
  columns: [{ ref: 'slug', type: 'string' }],
  keyOf: (row) => [row.slug],
};

/** The plan row holds the header and the scalar fields of the situation and strategy. */
export const HEADER_COLUMNS = columnsOf(planHeaderSchema, []);
export const SITUATION_COLUMNS = columnsOf(situationSchema, ['audiences', 'competitors', 'channels', 'campaigns', 'findings']);
export const STRATEGY_COLUMNS = columnsOf(strategySchema, ['journey']);

export class PlansRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  /** The workspace's plans; with `archived`, only the archived ones (true) or only those in use (false). */
  list(workspaceId: string, page?: Page, archived?: boolean): Promise<PlanRowData[]> {
    let query = this.db.selectFrom('plans').selectAll().where('workspace_id', '=', workspaceId);
    if (archived !== undefined) query = query.where('archived_at', archived ? 'is not' : 'is', null);
    return inOrder(query, PLAN_ORDER, page).execute();
  }

  findBySlug(workspaceId: string, slug: string): Promise<PlanRowData | undefined> {
    return this.db
      .selectFrom('plans')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('slug', '=', slug)
      .executeTakeFirst();
  }

  /** The plan's id and revision by the workspace's slug and its own, in one small query: what a cached view checks first. */
  revisionBySlugs(workspaceSlug: string, planSlug: string): Promise<{ id: string; revision: number } | undefined> {
    return this.db
      .selectFrom('plans')
      .innerJoin('workspaces', 'workspaces.id', 'plans.workspace_id')
      .select(['plans.id', 'plans.revision'])
      .where('workspaces.slug', '=', workspaceSlug)
      .where('plans.slug', '=', planSlug)
      .executeTakeFirst();
  }

  findById(workspaceId: string, id: string): Promise<PlanRowData | undefined> {
    return this.db.selectFrom('plans').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  }

  async insert(workspaceId: string, slug: string, columns: Record<string, unknown>): Promise<PlanRowData> {
    const stamp = now();
    const id = newId();
    await this.db
      .insertInto('plans')
      .values({ ...(columns as object), id, workspace_id: workspaceId, slug, version: 1, revision: 1, created_at: stamp, updated_at: stamp } as never)
      .execute();
    return (await this.db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst())!;
  }

  /** Writes columns of the plan row if it is still at `version`; undefined when it is stale. */
  async update(planId: string, columns: Record<string, unknown>, version: number): Promise<PlanRowData | undefined> {
    const result = await this.db
      .updateTable('plans')
      .set({ ...(columns as object), version: version + 1, revision: sql`revision + 1`, updated_at: now() } as never)
      .where('id', '=', planId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    return this.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  }

  /**
   * Archives the plan (a timestamp) or takes it back into use (null) if it is still at
   * `version`; undefined when it is stale. The document is not changed, so its revision stays.
   */
  async setArchived(planId: string, archivedAt: string | null, version: number): Promise<PlanRowData | undefined> {
    const result = await this.db
      .updateTable('plans')
      .set({ archived_at: archivedAt, version: version + 1, updated_at: now() })
      .where('id', '=', planId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    return this.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirst();
  }

  /** Records that something in the plan changed: the document's ETag moves on. */
  async touch(planId: string): Promise<number> {
    await this.db
      .updateTable('plans')
      .set({ revision: sql`revision + 1`, updated_at: now() } as never)
      .where('id', '=', planId)
      .execute();
    const row = await this.db.selectFrom('plans').select('revision').where('id', '=', planId).executeTakeFirstOrThrow();
    return row.revision;
  }

  /**
   * The plan row with this slug as it is now, held until the transaction ends: writers of one
   * plan go one at a time, and each takes the plan before its rows, in the order a delete of
   * the plan does (no deadlock). SQLite already serialises write transactions. Undefined when
   * it is not there (or was deleted while this one waited).
   */
  lockBySlug(workspaceId: string, slug: string): Promise<PlanRowData | undefined> {
    const query = this.db.selectFrom('plans').selectAll().where('workspace_id', '=', workspaceId).where('slug', '=', slug);
    return (this.kind === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
  }

  async delete(planId: string, version: number): Promise<boolean> {
    const result = await this.db.deleteFrom('plans').where('id', '=', planId).where('version', '=', version).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
