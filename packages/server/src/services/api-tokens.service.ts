import { DomainError, fieldError } from '@kurs/core';
import { z } from 'zod';
import { ROLE_RANK, ROLES, type Role } from '../auth/auth.policy.js';
import type { UserRef } from '../auth/auth.principal.js';
import { hashToken, newToken, tokenHint } from '../auth/auth.secrets.js';
import { API_TOKEN_ORDER, type ApiTokenRow } from '../repositories/api-tokens.repository.js';
import type { Store } from '../repositories/repositories.js';
import { audit } from './audit.js';
import { expiresInDaysField, expiryOf, nameField, parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

export const apiTokenCreateSchema = z
  .strictObject({
    name: nameField,
    workspace: z.string({ error: 'must be a workspace id' }).min(1).max(200),
    role: z.enum(ROLES, { error: 'must be owner, editor or viewer' }).meta({ description: 'At most your own role in the workspace' }),
    expires_in_days: expiresInDaysField,
  })
  .meta({ id: 'ApiTokenCreate' });

export interface ApiTokenView {
  id: string;
  name: string;
  workspace: string;
  role: Role;
  hint: string;
  status: 'active' | 'revoked' | 'expired';
  expires_at: string | null;
  created_at: string;
  last_used_at: string | null;
}

/** Personal API tokens for scripts and `kurs --server URL --token T`: one workspace, one role at most the user's own. */
export class ApiTokensService {
  constructor(private readonly store: Store) {}

  async list(user: UserRef, page?: PageRequest): Promise<PageResult<ApiTokenView>> {
    return paginate(page, API_TOKEN_ORDER, (p) => this.store.repos.apiTokens.listOfUser(user.id, p), (row) => this.viewOf(row));
  }

  /** The token is in the answer once; only its hash is stored. Default expiry: 90 days; null: never. */
  async create(user: UserRef, body: unknown): Promise<ApiTokenView & { token: string }> {
    const input = parseInput(apiTokenCreateSchema, body, 'The API token');
    const token = newToken('pat');
    const expiresAt = expiryOf(input.expires_in_days);
    const row = await this.store.transaction(async (repos) => {
      const ws = await repos.workspaces.findBySlug(input.workspace);
      const member = ws && (await repos.members.find(ws.id, user.id));
      if (!ws || !member) throw new DomainError('not_found', `There is no workspace "${input.workspace}".`, [fieldError('workspace', 'unknown_reference', 'not a workspace of yours', { kind: 'workspace', id: input.workspace })]);
      if (ROLE_RANK[input.role] > ROLE_RANK[member.role]) {
        throw new DomainError('forbidden', `A token cannot have more rights than you: your role in "${ws.slug}" is ${member.role}.`, [fieldError('role', 'role_above_own', `at most ${member.role}`, { role: member.role })]);
      }
      const created = await repos.apiTokens.insert({ userId: user.id, workspaceId: ws.id, name: input.name, role: input.role, tokenHash: hashToken(token), hint: tokenHint(token), expiresAt });
      await audit(repos, ws.id, { action: 'api_token.create', entityType: 'api_token', entityId: created.id, fields: ['name', 'role', 'expires_at'], detail: `${input.name} (${input.role})` });
      return created;
    });
    return { ...(await this.viewOf(row)), token };
  }

  async revoke(user: UserRef, id: string): Promise<void> {
    await this.store.transaction(async (repos) => {
      const row = await repos.apiTokens.findOfUser(user.id, id);
      if (!row || !(await repos.apiTokens.revoke(user.id, id))) throw new DomainError('not_found', `You have no active API token "${id}".`);
      await audit(repos, row.workspace_id, { action: 'api_token.revoke', entityType: 'api_token', entityId: id, fields: ['revoked_at'], detail: row.name });
    });
  }

  private async viewOf(row: ApiTokenRow, at = new Date().toISOString()): Promise<ApiTokenView> {
    const ws = await this.store.repos.workspaces.findById(row.workspace_id);
    return {
      id: row.id,
      name: row.name,
      workspace: ws?.slug ?? '',
      role: row.role,
      hint: row.hint,
      status: row.revoked_at ? 'revoked' : row.expires_at && row.expires_at <= at ? 'expired' : 'active',
      expires_at: row.expires_at,
      created_at: row.created_at,
      last_used_at: row.last_used_at,
    };
  }
}
