import { DomainError, idSchema, slugify } from '@kurs/core';
import { z } from 'zod';
import type { WorkspaceRow } from '../repositories/workspaces.repository.js';
import type { Store } from '../repositories/repositories.js';
import { checkVersion, type Expected } from './concurrency.js';
import { parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

const name = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const createSchema = z.strictObject({ id: idSchema.optional(), name });
const renameSchema = z.strictObject({ name });

export class WorkspacesService {
  constructor(private readonly store: Store) {}

  list(page?: PageRequest): Promise<PageResult<WorkspaceRow>> {
    return paginate(page, (p) => this.store.repos.workspaces.list(p));
  }

  async get(slug: string): Promise<WorkspaceRow> {
    const row = await this.store.repos.workspaces.findBySlug(slug);
    if (!row) throw new DomainError('not_found', `There is no workspace "${slug}".`);
    return row;
  }

  async create(body: unknown): Promise<WorkspaceRow> {
    const { id, name } = parseInput(createSchema, body, 'The workspace');
    const slug = id ?? parseInput(idSchema, slugify(name) || 'workspace', 'The workspace id');
    return this.store.transaction(async (repos) => {
      if (await repos.workspaces.findBySlug(slug)) {
        throw new DomainError('conflict', `A workspace with id "${slug}" already exists.`, [
          { path: 'id', message: `"${slug}" is taken` },
        ]);
      }
      return repos.workspaces.insert({ slug, name });
    });
  }

  /** The workspace with this id, created when it does not exist yet (for imports). */
  async ensure(slug: string): Promise<WorkspaceRow> {
    return (await this.store.repos.workspaces.findBySlug(slug)) ?? this.create({ id: slug, name: slug });
  }

  async rename(slug: string, body: unknown, expected: Expected): Promise<WorkspaceRow> {
    const { name } = parseInput(renameSchema, body, 'The workspace');
    const row = await this.get(slug);
    const updated = await this.store.repos.workspaces.update(row.id, { name }, checkVersion(expected, row.version, `workspace "${slug}"`));
    if (!updated) throw new DomainError('precondition_failed', `Workspace "${slug}" was changed by someone else meanwhile. Reload it and try again.`);
    return updated;
  }

  async delete(slug: string, expected: Expected): Promise<void> {
    const row = await this.get(slug);
    const deleted = await this.store.repos.workspaces.delete(row.id, checkVersion(expected, row.version, `workspace "${slug}"`));
    if (!deleted) throw new DomainError('precondition_failed', `Workspace "${slug}" was changed by someone else meanwhile. Reload it and try again.`);
  }
}
