import { type Kysely, type Selectable, sql } from 'kysely';
import type { Role } from '../auth/auth.policy.js';
import type { DatabaseKind } from '../db/database.js';
import type { Database, WorkspaceMemberTable } from '../db/tables.js';
import { inOrder, type ListOrder } from './list-order.js';
import { now, type Page } from './scope.js';

export type MemberRow = Selectable<WorkspaceMemberTable> & { role: Role };
export type MemberWithUser = MemberRow & { email: string; name: string };

/** By e-mail address, which is unique. */
export const MEMBER_ORDER: ListOrder<Pick<MemberWithUser, 'email'>> = {
  name: 'members',
  direction: 'asc',
  columns: [{ ref: 'u.email', type: 'string' }],
  keyOf: (row) => [row.email],
};

/** Who belongs to which workspace with which role. */
export class MembersRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly kind: DatabaseKind,
  ) {}

  /**
   * Holds every member row of the workspace until the transaction ends (in one order, so two
   * holders cannot deadlock): a change of roles then checks the owners as they are, not as
   * they were before a concurrent change. SQLite already serialises write transactions.
   */
  async lockAll(workspaceId: string): Promise<void> {
    if (this.kind === 'postgres') await sql`select user_id from workspace_members where workspace_id = ${workspaceId} order by user_id for update`.execute(this.db);
  }

  find(workspaceId: string, userId: string): Promise<MemberRow | undefined> {
    return this.db
      .selectFrom('workspace_members')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst() as Promise<MemberRow | undefined>;
  }

  list(workspaceId: string, page: Page): Promise<MemberWithUser[]> {
    const query = this.db
      .selectFrom('workspace_members as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .selectAll('m')
      .select(['u.email', 'u.name'])
      .where('m.workspace_id', '=', workspaceId);
    return inOrder(query, MEMBER_ORDER, page).execute() as Promise<MemberWithUser[]>;
  }

  async countOwners(workspaceId: string): Promise<number> {
    const row = await this.db
      .selectFrom('workspace_members')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insert(workspaceId: string, userId: string, role: Role): Promise<MemberRow> {
    const stamp = now();
    const row = { workspace_id: workspaceId, user_id: userId, role, version: 1, created_at: stamp, updated_at: stamp };
    await this.db.insertInto('workspace_members').values(row).execute();
    return row;
  }

  async updateRole(workspaceId: string, userId: string, role: Role, version: number): Promise<boolean> {
    const result = await this.db
      .updateTable('workspace_members')
      .set({ role, version: version + 1, updated_at: now() })
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(workspaceId: string, userId: string, version: number): Promise<boolean> {
    const result = await this.db
      .deleteFrom('workspace_members')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** The workspaces a user belongs to, with the role in each. */
  membershipsOf(userId: string): Promise<{ id: string; name: string; role: Role }[]> {
    return this.db
      .selectFrom('workspace_members as m')
      .innerJoin('workspaces as w', 'w.id', 'm.workspace_id')
      .select(['w.slug as id', 'w.name', 'm.role'])
      .where('m.user_id', '=', userId)
      .orderBy('w.slug')
      .execute() as Promise<{ id: string; name: string; role: Role }[]>;
  }

  /** The ids of the workspaces a user belongs to. */
  async workspaceIdsOf(userId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('workspace_members').select('workspace_id').where('user_id', '=', userId).execute();
    return rows.map((r) => r.workspace_id);
  }
}
