import type { Kysely, Selectable } from 'kysely';
import type { DatabaseKind } from '../db/database.js';
import type { Database, WorkspaceTable } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { newId, now, type Page } from './scope.js';

export type WorkspaceRow = Selectable<WorkspaceTable>;

/** By id (the slug), which is unique. */
export const WORKSPACE_ORDER: ListOrder<Pick<WorkspaceRow, 'slug'>> = {
  name: 'workspaces',
  direction: 'asc',
  columns: [{ ref: 'slug', type: 'string' }],
  keyOf: (row) => [row.slug],
};

/** The columns a PATCH may change; a column left out stays as it is. */
export type WorkspaceChange = Partial<Pick<WorkspaceRow, 'name' | 'locale' | 'currency'>>;

export class WorkspacesRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  /**
   * Holds the workspace until the transaction ends, for changes that must see each other, such
   * as picking a free plan id (rows that refer to it can still be written meanwhile). SQLite
   * already serialises write transactions. Undefined when it is gone.
   */
  lock(id: string): Promise<WorkspaceRow | undefined> {
    const query = this.db.selectFrom('workspaces').selectAll().where('id', '=', id);
    return (this.kind === 'postgres' ? query.forNoKeyUpdate() : query).executeTakeFirst();
  }

  /** Every workspace (a page of them), or only those with these ids. */
  list(page?: Page, ids?: readonly string[]): Promise<WorkspaceRow[]> {
    if (ids?.length === 0) return Promise.resolve([]);
    let query = this.db.selectFrom('workspaces').selectAll();
    if (ids) query = query.where('id', 'in', ids);
    return inOrder(query, WORKSPACE_ORDER, page).execute();
  }

  findById(id: string): Promise<WorkspaceRow | undefined> {
    return this.db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  }

  findBySlug(slug: string): Promise<WorkspaceRow | undefined> {
    return this.db.selectFrom('workspaces').selectAll().where('slug', '=', slug).executeTakeFirst();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('workspaces').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(values: { slug: string; name: string; locale?: string | null; currency?: string | null }): Promise<WorkspaceRow> {
    const stamp = now();
    const row = { id: newId(), locale: null, currency: null, ...values, version: 1, created_at: stamp, updated_at: stamp };
    await this.db.insertInto('workspaces').values(row).execute();
    return row;
  }

  /** Undefined when the row changed since `version` was read. */
  async update(id: string, values: WorkspaceChange, version: number): Promise<WorkspaceRow | undefined> {
    const result = await this.db
      .updateTable('workspaces')
      .set({ ...values, version: version + 1, updated_at: now() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    return this.db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async delete(id: string, version: number): Promise<boolean> {
    const result = await this.db.deleteFrom('workspaces').where('id', '=', id).where('version', '=', version).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
