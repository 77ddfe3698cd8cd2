import { DomainError, fieldError, idSchema, planHeaderSchema, slugify } from '@kurs/core';
import { z } from 'zod';
import { WORKSPACE_ORDER, type WorkspaceChange, type WorkspaceRow } from '../repositories/workspaces.repository.js';
import type { Store } from '../repositories/repositories.js';
import { currentActor } from '../auth/auth.actor.js';
import { audit, changedFields } from './audit.js';
import { checkVersion, type Expected } from './concurrency.js';
import { nameField, parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

const name = nameField;
// A workspace's defaults for new plans, checked as a plan header checks them; null clears one.
const locale = planHeaderSchema.shape.locale
  .unwrap()
  .nullable()
  .optional()
  .meta({ description: 'The language of new plans (en, nb, sv, da); null: not set' });
const currency = planHeaderSchema.shape.currency
  .unwrap()
  .nullable()
  .optional()
  .meta({ description: 'The currency of new plans, ISO 4217 (NOK, EUR…); null: not set' });
export const workspaceCreateSchema = z
  .strictObject({ id: idSchema.optional().meta({ description: 'Default: made from the name' }), name, locale, currency })
  .meta({ id: 'WorkspaceCreate' });
export const workspacePatchSchema = z
  .strictObject({ name: name.optional(), locale, currency })
  .meta({ id: 'WorkspacePatch', description: 'The fields to change; null clears locale or currency' });

export class WorkspacesService {
  constructor(private readonly store: Store) {}

  /** Every workspace, or only those with these ids (the caller's). */
  list(page?: PageRequest, visibleIds?: readonly string[]): Promise<PageResult<WorkspaceRow>> {
    return paginate(page, WORKSPACE_ORDER, (p) => this.store.repos.workspaces.list(p, visibleIds), (row) => row);
  }

  async get(slug: string): Promise<WorkspaceRow> {
    const row = await this.store.repos.workspaces.findBySlug(slug);
    if (!row) throw new DomainError('not_found', `There is no workspace "${slug}".`);
    return row;
  }

  async create(body: unknown): Promise<WorkspaceRow> {
    const { id, name, locale = null, currency = null } = parseInput(workspaceCreateSchema, body, 'The workspace');
    const slug = id ?? parseInput(idSchema, slugify(name) || 'workspace', 'The workspace id');
    return this.store.transaction(async (repos) => {
      if (await repos.workspaces.findBySlug(slug)) {
        throw new DomainError('conflict', `A workspace with id "${slug}" already exists.`, [
          fieldError('id', 'id_taken', `"${slug}" is taken`, { value: slug }),
        ]);
      }
      const row = await repos.workspaces.insert({ slug, name, locale, currency });
      // Whoever creates a workspace owns it; the CLI and the first-run demo leave it to the first account.
      const { userId } = currentActor();
      if (userId) await repos.members.insert(row.id, userId, 'owner');
      const fields = ['id', 'name', ...(locale ? ['locale'] : []), ...(currency ? ['currency'] : [])];
      await audit(repos, row.id, { action: 'workspace.create', entityType: 'workspace', entityId: slug, fields });
      return row;
    });
  }

  /** The workspace with this id, created when it does not exist yet (for imports). */
  async ensure(slug: string): Promise<WorkspaceRow> {
    return (await this.store.repos.workspaces.findBySlug(slug)) ?? this.create({ id: slug, name: slug });
  }

  /** Changes the name and the defaults for new plans (locale, currency; null clears them). */
  async update(slug: string, body: unknown, expected: Expected): Promise<WorkspaceRow> {
    const change: WorkspaceChange = parseInput(workspacePatchSchema, body, 'The workspace');
    const row = await this.get(slug);
    return this.store.transaction(async (repos) => {
      const updated = await repos.workspaces.update(row.id, change, checkVersion(expected, row.version, `workspace "${slug}"`));
      if (!updated) throw new DomainError('precondition_failed', `Workspace "${slug}" was changed by someone else meanwhile. Reload it and try again.`);
      const fields = changedFields({ name: row.name, locale: row.locale, currency: row.currency }, { name: updated.name, locale: updated.locale, currency: updated.currency });
      await audit(repos, row.id, { action: 'workspace.update', entityType: 'workspace', entityId: slug, fields });
      return updated;
    });
  }

  async delete(slug: string, expected: Expected): Promise<void> {
    const row = await this.get(slug);
    await this.store.transaction(async (repos) => {
      const deleted = await repos.workspaces.delete(row.id, checkVersion(expected, row.version, `workspace "${slug}"`));
      if (!deleted) throw new DomainError('precondition_failed', `Workspace "${slug}" was changed by someone else meanwhile. Reload it and try again.`);
      await audit(repos, row.id, { action: 'workspace.delete', entityType: 'workspace', entityId: slug });
    });
  }
}
