import { DomainError, fieldError } from '@kurs/core';
import { z } from 'zod';
import { ROLES, type Role } from '../auth/auth.policy.js';
import { MEMBER_ORDER, type MemberWithUser } from '../repositories/members.repository.js';
import type { Repositories, Store } from '../repositories/repositories.js';
import { audit } from './audit.js';
import { checkVersion, type Expected } from './concurrency.js';
import { parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

export const memberPatchSchema = z.strictObject({ role: z.enum(ROLES, { error: 'must be owner, editor or viewer' }) }).meta({ id: 'MemberPatch' });

export interface MemberView {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  version: number;
  created_at: string;
}

const viewOf = (m: MemberWithUser): MemberView => ({ user_id: m.user_id, email: m.email, name: m.name, role: m.role, version: m.version, created_at: m.created_at });

/** The members of a workspace and their roles. A workspace always keeps at least one owner. */
export class MembersService {
  constructor(private readonly store: Store) {}

  list(workspaceId: string, page?: PageRequest): Promise<PageResult<MemberView>> {
    return paginate(page, MEMBER_ORDER, (p) => this.store.repos.members.list(workspaceId, p), viewOf);
  }

  async changeRole(workspaceId: string, userId: string, body: unknown, expected: Expected): Promise<MemberView> {
    const { role } = parseInput(memberPatchSchema, body, 'The member');
    return this.store.transaction(async (repos) => {
      await repos.members.lockAll(workspaceId);
      const member = await this.find(repos, workspaceId, userId);
      checkVersion(expected, member.version, `member ${member.email}`);
      if (member.role === 'owner' && role !== 'owner') await this.keepAnOwner(repos, workspaceId);
      if (!(await repos.members.updateRole(workspaceId, userId, role, member.version))) {
        throw new DomainError('precondition_failed', `Member ${member.email} was changed by someone else meanwhile. Reload and try again.`);
      }
      await audit(repos, workspaceId, { action: 'member.update', entityType: 'member', entityId: member.email, fields: member.role === role ? [] : ['role'], detail: `${member.role} → ${role}` });
      return { ...viewOf(member), role, version: member.version + 1 };
    });
  }

  async remove(workspaceId: string, userId: string, expected: Expected): Promise<void> {
    await this.store.transaction(async (repos) => {
      await repos.members.lockAll(workspaceId);
      const member = await this.find(repos, workspaceId, userId);
      checkVersion(expected, member.version, `member ${member.email}`);
      if (member.role === 'owner') await this.keepAnOwner(repos, workspaceId);
      if (!(await repos.members.delete(workspaceId, userId, member.version))) {
        throw new DomainError('precondition_failed', `Member ${member.email} was changed by someone else meanwhile. Reload and try again.`);
      }
      await audit(repos, workspaceId, { action: 'member.remove', entityType: 'member', entityId: member.email, fields: ['role'], detail: member.role });
    });
  }

  async get(workspaceId: string, userId: string): Promise<MemberView> {
    return viewOf(await this.find(this.store.repos, workspaceId, userId));
  }

  private async find(repos: Repositories, workspaceId: string, userId: string): Promise<MemberWithUser> {
    const member = await repos.members.find(workspaceId, userId);
    const user = member && (await repos.users.findById(userId));
    if (!member || !user) throw new DomainError('not_found', `There is no member "${userId}" in this workspace.`);
    return { ...member, email: user.email, name: user.name };
  }

  private async keepAnOwner(repos: Repositories, workspaceId: string): Promise<void> {
    if ((await repos.members.countOwners(workspaceId)) <= 1) {
      throw new DomainError('conflict', 'A workspace needs an owner: make someone else owner first.', [fieldError('role', 'last_owner', 'the last owner stays owner')]);
    }
  }
}
