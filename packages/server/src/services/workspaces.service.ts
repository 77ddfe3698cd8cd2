import { DomainError, fieldError, idSchema, slugify } from '@kurs/core';
import { z } from 'zod';
import { WORKSPACE_ORDER, type WorkspaceRow } from '../repositories/workspaces.repository.js';
import type { Store } from '../repositories/repositories.js';
import { currentActor } from '../auth/auth.actor.js';
import { audit } from './audit.js';
import { checkVersion, type Expected } from './concurrency.js';
import { parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

const name = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const workspaceCreateSchema = z
  .strictObject({ id: idSchema.optional().meta({ description: 'Default: made from the name' }), name })
  .meta({ id: 'WorkspaceCreate' });
export const workspaceRenameSchema = z.strictObject({ name }).meta({ id: 'WorkspacePatch' });

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
    const { id, name } = parseInput(workspaceCreateSchema, body, 'The workspace');
    const slug = id ?? parseInput(idSchema, slugify(name) || 'workspace', 'The workspace id');
    return this.store.transaction(async (repos) => {
      if (await repos.workspaces.findBySlug(slug)) {
        throw new DomainError('conflict', `A workspace with id "${slug}" already exists.`, [
          fieldError('id', 'id_taken', `"${slug}" is taken`, { value: slug }),
        ]);
      }
      const row = await repos.workspaces.insert({ slug, name });
      // Whoever creates a workspace owns it; the CLI and the first-run demo leave it to the first account.
      const { userId } = currentActor();
      if (userId) await repos.members.insert(row.id, userId, 'owner');
      await audit(repos, row.id, { action: 'workspace.create', entityType: 'workspace', entityId: slug, fields: ['id', 'name'] });
      return row;
    });
  }

  /** The workspace with this id, created when it does not exist yet (for imports). */
  async ensure(slug: string): Promise<WorkspaceRow> {
    return (await this.store.repos.workspaces.findBySlug(slug)) ?? this.create({ id: slug, name: slug });
  }

  async rename(slug: string, body: unknown, expected: Expected): Promise<WorkspaceRow> {
    const { name } = parseInput(workspaceRenameSchema, body, 'The workspace');
    const row = await this.get(slug);
    return this.store.transaction(async (repos) => {
      const updated = await repos.workspaces.update(row.id, { name }, checkVersion(expected, row.version, `workspace "${slug}"`));
      if (!updated) throw new DomainError('precondition_failed', `Workspace "${slug}" was changed by someone else meanwhile. Reload it and try again.`);
      await audit(repos, row.id, { action: 'workspace.update', entityType: 'workspace', entityId: slug, fields: row.name === name ? [] : ['name'] });
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
