import { DomainError } from '@kurs/core';
import type { Actor } from '../auth/auth.actor.js';
import { CLI_ACTOR, SYSTEM_ACTOR } from '../auth/auth.actor.js';
import { type Action, lowerRole, POLICY, type Policy, type Role, roleMay } from '../auth/auth.policy.js';
import type { Principal } from '../auth/auth.principal.js';
import { hashToken, kindOfToken } from '../auth/auth.secrets.js';
import type { Store } from '../repositories/repositories.js';
import type { WorkspaceRow } from '../repositories/workspaces.repository.js';
import { now } from '../repositories/scope.js';

/** The path parameters authorisation looks at. */
export interface AccessTarget {
  ws?: string;
  plan?: string;
}

export interface Granted {
  actor: Actor;
  /** The caller's role in the workspace of the path, when the route has one. */
  role?: Role;
  workspace?: WorkspaceRow;
}

const unauthenticated = () => new DomainError('unauthenticated', 'Sign in first, or send an API token (Authorization: Bearer …).');
const forbidden = (action: Action) => new DomainError('forbidden', `Your role does not allow this (${action}).`);
const noWorkspace = (ws: string) => new DomainError('not_found', `There is no workspace "${ws}".`);

const TOKEN_TOUCH_MS = 5 * 60 * 1000;

/**
 * Decides whether a caller may do an action, by the policy table. A workspace the caller
 * does not belong to does not exist for them (404); a role that may not act gets 403.
 */
export class AccessService {
  constructor(private readonly store: Store) {}

  /** The caller a bearer token stands for; an unknown, expired or revoked token is a 401. */
  async fromBearer(token: string): Promise<Principal> {
    const kind = kindOfToken(token);
    const hash = hashToken(token);
    const stamp = now();
    if (kind === 'pat') {
      const row = await this.store.repos.apiTokens.findByHash(hash);
      if (row && !row.revoked_at && (!row.expires_at || row.expires_at > stamp)) {
        const user = await this.store.repos.users.findById(row.user_id);
        if (user) {
          if (!row.last_used_at || Date.parse(stamp) - Date.parse(row.last_used_at) > TOKEN_TOUCH_MS) await this.store.repos.apiTokens.touch(row.id);
          return { kind: 'token', user, tokenId: row.id, workspaceId: row.workspace_id, role: row.role };
        }
      }
    } else if (kind === 'share') {
      const row = await this.store.repos.shareLinks.findByHash(hash);
      if (row && !row.revoked_at && (!row.expires_at || row.expires_at > stamp)) {
        return { kind: 'share', linkId: row.id, workspaceId: row.workspace_id, planId: row.plan_id };
      }
    }
    throw new DomainError('unauthenticated', 'The token is not valid: unknown, expired or revoked.');
  }

  /** Checks the action for the caller and the path; returns the actor for the audit log. */
  async authorize(principal: Principal, action: Action, target: AccessTarget): Promise<Granted> {
    const policy: Policy = POLICY[action];
    if (policy.scope === 'public') return { actor: actorOf(principal) };
    if (principal.kind === 'admin') {
      if (policy.scope === 'share') throw forbidden(action);
      if (policy.scope !== 'workspace' || target.ws === undefined) return { actor: CLI_ACTOR };
      const workspace = await this.store.repos.workspaces.findBySlug(target.ws);
      if (!workspace) throw noWorkspace(target.ws);
      return { actor: CLI_ACTOR, role: 'owner', workspace };
    }
    if (principal.kind === 'anonymous') throw unauthenticated();
    if (policy.scope === 'share') {
      if (principal.kind !== 'share') throw forbidden(action);
      return { actor: actorOf(principal) };
    }
    if (policy.scope === 'account') {
      if (principal.kind !== 'session') throw new DomainError('forbidden', 'This needs a signed-in person; tokens and share links cannot do it.');
      return { actor: actorOf(principal) };
    }
    if (policy.scope === 'user') {
      if (principal.kind === 'share') throw forbidden(action);
      return { actor: actorOf(principal) };
    }
    if (target.ws === undefined) throw new Error(`action ${action} needs a {ws} path parameter`);
    const workspace = await this.store.repos.workspaces.findBySlug(target.ws);
    if (!workspace) throw noWorkspace(target.ws);
    const role = await this.roleIn(principal, workspace, target);
    if (role === undefined) throw noWorkspace(target.ws);
    if (principal.kind === 'share') {
      if (!policy.share) throw forbidden(action);
      return { actor: actorOf(principal), workspace };
    }
    if (!roleMay(action, role)) throw forbidden(action);
    return { actor: actorOf(principal), role, workspace };
  }

  /** The caller's role in the workspace; undefined when it is not theirs. */
  private async roleIn(principal: Principal, workspace: WorkspaceRow, target: AccessTarget): Promise<Role | undefined> {
    switch (principal.kind) {
      case 'session':
        return (await this.store.repos.members.find(workspace.id, principal.user.id))?.role;
      case 'token': {
        if (principal.workspaceId !== workspace.id) return undefined;
        const member = await this.store.repos.members.find(workspace.id, principal.user.id);
        return member ? lowerRole(member.role, principal.role) : undefined;
      }
      case 'share': {
        if (principal.workspaceId !== workspace.id || target.plan === undefined) return principal.workspaceId === workspace.id ? 'viewer' : undefined;
        const plan = await this.store.repos.plans.findBySlug(workspace.id, target.plan);
        return plan?.id === principal.planId ? 'viewer' : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The ids of the workspaces the caller may see; undefined means all of them (the CLI). */
  async visibleWorkspaceIds(principal: Principal): Promise<string[] | undefined> {
    switch (principal.kind) {
      case 'admin':
        return undefined;
      case 'session':
        return this.store.repos.members.workspaceIdsOf(principal.user.id);
      case 'token':
        return (await this.store.repos.members.find(principal.workspaceId, principal.user.id)) ? [principal.workspaceId] : [];
      default:
        return [];
    }
  }
}

export function actorOf(principal: Principal): Actor {
  switch (principal.kind) {
    case 'session':
      return { userId: principal.user.id, label: principal.user.email, via: 'session' };
    case 'token':
      return { userId: principal.user.id, label: principal.user.email, via: 'token' };
    case 'admin':
      return CLI_ACTOR;
    default:
      return SYSTEM_ACTOR;
  }
}
