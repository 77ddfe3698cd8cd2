import { DomainError, fieldError } from '@kurs/core';
import { z } from 'zod';
import { ROLES, type Role } from '../auth/auth.policy.js';
import type { UserRef } from '../auth/auth.principal.js';
import { hashToken, newToken } from '../auth/auth.secrets.js';
import { INVITATION_ORDER, type InvitationRow } from '../repositories/invitations.repository.js';
import type { Store } from '../repositories/repositories.js';
import { audit } from './audit.js';
import { parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const invitationCreateSchema = z
  .strictObject({
    role: z.enum(ROLES, { error: 'must be owner, editor or viewer' }),
    email: z
      .email({ error: 'must be an email address' })
      .max(254)
      .transform((e) => e.toLowerCase())
      .optional()
      .meta({ description: 'Only this address may use the link' }),
    expires_in_days: z.number({ error: 'must be a number of days' }).int('must be whole days').min(1, 'must be at least 1').max(30, 'must be at most 30').optional().meta({ description: 'Default 7' }),
  })
  .meta({ id: 'InvitationCreate' });

/** The token of an invitation link, sent in the body so that it stays out of logs. */
export const invitationTokenSchema = z.strictObject({ token: z.string().max(200) }).meta({ id: 'InvitationToken' });

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export interface InvitationView {
  id: string;
  role: Role;
  email: string | null;
  status: InvitationStatus;
  expires_at: string;
  created_at: string;
  accepted_at: string | null;
}

export const statusOf = (row: InvitationRow, at = new Date().toISOString()): InvitationStatus =>
  row.revoked_at ? 'revoked' : row.accepted_at ? 'accepted' : row.expires_at <= at ? 'expired' : 'open';

export const viewOf = (row: InvitationRow): InvitationView => ({
  id: row.id,
  role: row.role,
  email: row.email,
  status: statusOf(row),
  expires_at: row.expires_at,
  created_at: row.created_at,
  accepted_at: row.accepted_at,
});

/** Invitations by link: a token with a role and an expiry, used once. */
export class InvitationsService {
  constructor(
    private readonly store: Store,
    private readonly linkBase: string,
  ) {}

  /** The link is shown once: only the token's hash is stored. */
  async create(workspaceId: string, body: unknown, createdBy: string | null): Promise<InvitationView & { token: string; url: string }> {
    const input = parseInput(invitationCreateSchema, body, 'The invitation');
    const token = newToken('inv');
    const expiresAt = new Date(Date.now() + (input.expires_in_days ?? 7) * DAY_MS).toISOString();
    const row = await this.store.transaction(async (repos) => {
      const created = await repos.invitations.insert({ workspaceId, tokenHash: hashToken(token), role: input.role, email: input.email ?? null, expiresAt, createdBy });
      await audit(repos, workspaceId, { action: 'invitation.create', entityType: 'invitation', entityId: created.id, fields: ['role', 'email', 'expires_at'], detail: input.role });
      return created;
    });
    return { ...viewOf(row), token, url: `${this.linkBase}/invitations#${token}` };
  }

  list(workspaceId: string, page?: PageRequest): Promise<PageResult<InvitationView>> {
    return paginate(page, INVITATION_ORDER, (p) => this.store.repos.invitations.list(workspaceId, p), viewOf);
  }

  async revoke(workspaceId: string, id: string): Promise<void> {
    await this.store.transaction(async (repos) => {
      if (!(await repos.invitations.revoke(workspaceId, id))) throw new DomainError('not_found', `There is no open invitation "${id}".`);
      await audit(repos, workspaceId, { action: 'invitation.revoke', entityType: 'invitation', entityId: id, fields: ['revoked_at'] });
    });
  }

  /** What an invitation link offers, for the page that opens it; never the workspace's contents. */
  async preview(body: unknown): Promise<{ workspace: { id: string; name: string }; role: Role; email: string | null; expires_at: string }> {
    const { token } = parseInput(invitationTokenSchema, body, 'The invitation');
    const row = await this.open(token);
    const ws = await this.store.repos.workspaces.findById(row.workspace_id);
    if (!ws) throw new DomainError('not_found', 'This invitation is not valid.');
    return { workspace: { id: ws.slug, name: ws.name }, role: row.role, email: row.email, expires_at: row.expires_at };
  }

  /** The open invitation of a token; used, revoked, expired or unknown ones are all "not valid". */
  async open(token: string, email?: string): Promise<InvitationRow> {
    const row = await this.store.repos.invitations.findByHash(hashToken(token));
    if (!row || statusOf(row) !== 'open') throw new DomainError('not_found', 'This invitation is not valid: unknown, used, revoked or expired.');
    if (email !== undefined && row.email !== null && row.email !== email) {
      throw new DomainError('forbidden', `This invitation is for ${row.email}.`, [fieldError('email', 'not_invited_address', 'is not the invited address')]);
    }
    return row;
  }

  /** A signed-in person accepts an invitation link and joins its workspace. */
  async acceptToken(body: unknown, user: UserRef): Promise<{ workspace: string; role: Role }> {
    const { token } = parseInput(invitationTokenSchema, body, 'The invitation');
    return this.accept(await this.open(token, user.email), user);
  }

  async accept(row: InvitationRow, user: UserRef): Promise<{ workspace: string; role: Role }> {
    return this.store.transaction(async (repos) => {
      const ws = await repos.workspaces.findById(row.workspace_id);
      if (!ws) throw new DomainError('not_found', 'This invitation is not valid.');
      if (await repos.members.find(ws.id, user.id)) throw new DomainError('conflict', `You are a member of workspace "${ws.slug}" already.`);
      if (!(await repos.invitations.accept(row.id, user.id))) throw new DomainError('not_found', 'This invitation is not valid any more.');
      await repos.members.insert(ws.id, user.id, row.role);
      await audit(repos, ws.id, { action: 'invitation.accept', entityType: 'member', entityId: user.email, fields: ['role'], detail: row.role });
      return { workspace: ws.slug, role: row.role };
    });
  }
}
