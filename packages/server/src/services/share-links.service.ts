import { DomainError } from '@kurs/core';
import { z } from 'zod';
import { hashToken, newToken } from '../auth/auth.secrets.js';
import type { Store } from '../repositories/repositories.js';
import { SHARE_LINK_ORDER, type ShareLinkRow } from '../repositories/share-links.repository.js';
import { audit } from './audit.js';
import { expiresInDaysField, expiryOf, nameField, parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';
import { resolvePlan } from './plan-scope.js';

export const shareLinkCreateSchema = z
  .strictObject({
    label: nameField.meta({ description: 'Who the link is for, e.g. "Board of directors"' }),
    expires_in_days: expiresInDaysField,
  })
  .meta({ id: 'ShareLinkCreate' });

export interface ShareLinkView {
  id: string;
  label: string;
  status: 'active' | 'revoked' | 'expired';
  expires_at: string | null;
  created_at: string;
  revoked_at: string | null;
}

const viewOf = (row: ShareLinkRow, at = new Date().toISOString()): ShareLinkView => ({
  id: row.id,
  label: row.label,
  status: row.revoked_at ? 'revoked' : row.expires_at && row.expires_at <= at ? 'expired' : 'active',
  expires_at: row.expires_at,
  created_at: row.created_at,
  revoked_at: row.revoked_at,
});

/** Read-only links to a plan's stakeholder view (dashboard and roadmap), for people without an account. */
export class ShareLinksService {
  constructor(
    private readonly store: Store,
    private readonly linkBase: string,
  ) {}

  async list(workspace: string, plan: string, page?: PageRequest): Promise<PageResult<ShareLinkView>> {
    const { scope } = await resolvePlan(this.store.repos, workspace, plan);
    return paginate(page, SHARE_LINK_ORDER, (p) => this.store.repos.shareLinks.list(scope, p), (row) => viewOf(row));
  }

  /** The token is in the answer once; only its hash is stored. Default expiry: 90 days; null: never. */
  async create(workspace: string, plan: string, body: unknown, createdBy: string | null): Promise<ShareLinkView & { token: string; url: string }> {
    const input = parseInput(shareLinkCreateSchema, body, 'The share link');
    const token = newToken('share');
    const expiresAt = expiryOf(input.expires_in_days);
    const row = await this.store.transaction(async (repos) => {
      const { scope } = await resolvePlan(repos, workspace, plan);
      const created = await repos.shareLinks.insert(scope, { tokenHash: hashToken(token), label: input.label, expiresAt, createdBy });
      await audit(repos, scope.workspaceId, { action: 'share_link.create', entityType: 'share_link', entityId: created.id, plan, fields: ['label', 'expires_at'], detail: input.label });
      return created;
    });
    return { ...viewOf(row), token, url: `${this.linkBase}/shared#${token}` };
  }

  async revoke(workspace: string, plan: string, id: string): Promise<void> {
    await this.store.transaction(async (repos) => {
      const { scope } = await resolvePlan(repos, workspace, plan);
      if (!(await repos.shareLinks.revoke(scope, id))) throw new DomainError('not_found', `There is no active share link "${id}" for plan "${plan}".`);
      await audit(repos, scope.workspaceId, { action: 'share_link.revoke', entityType: 'share_link', entityId: id, plan, fields: ['revoked_at'] });
    });
  }

  /** What a share link opens: the workspace and plan ids for the stakeholder view's requests. */
  async describe(linkId: string, workspaceId: string, planId: string): Promise<{ workspace: { id: string; name: string }; plan: { id: string; name: string }; expires_at: string | null }> {
    const ws = await this.store.repos.workspaces.findById(workspaceId);
    const plan = ws && (await this.store.repos.plans.findById(workspaceId, planId));
    const link = plan && (await this.store.repos.shareLinks.find({ workspaceId, planId }, linkId));
    if (!ws || !plan || !link) throw new DomainError('not_found', 'This share link is not valid.');
    return { workspace: { id: ws.slug, name: ws.name }, plan: { id: plan.slug, name: plan.name }, expires_at: link.expires_at };
  }
}
