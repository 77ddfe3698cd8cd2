import { assertValidPlan, DomainError, exportPlan, fieldError, type PlanDocument, slugify } from '@kurs/core';
import { z } from 'zod';
import { currentActor } from '../auth/auth.actor.js';
import { PLAN_TEMPLATE_ORDER, type PlanTemplateSummaryRow } from '../repositories/plan-templates.repository.js';
import type { Repositories, Store } from '../repositories/repositories.js';
import type { WorkspaceRow } from '../repositories/workspaces.repository.js';
import { audit } from './audit.js';
import { checkVersion, type Expected } from './concurrency.js';
import { freeSlug } from './free-slug.js';
import { parseInput } from './input.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';

export const templateCreateSchema = z
  .strictObject({
    name: z.string({ error: 'must be text' }).trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    description: z.string({ error: 'must be text' }).trim().max(5000, 'must be at most 5000 characters').optional(),
    from_plan: z.string({ error: 'must be a plan id' }).min(1, 'must not be empty').meta({ description: 'The id of the plan whose document becomes the template' }),
  })
  .meta({ id: 'TemplateCreate' });

export interface TemplateSummary {
  id: string;
  name: string;
  description: string | null;
  locale: string | null;
  version: number;
  created_at: string;
}

export interface Template extends TemplateSummary {
  document: PlanDocument;
}

const summaryOf = (row: PlanTemplateSummaryRow): TemplateSummary => ({
  id: row.slug,
  name: row.name,
  description: row.description,
  locale: row.locale,
  version: row.version,
  created_at: row.created_at,
});

/**
 * A workspace's templates: plan documents saved as starting points. A template keeps what a
 * new plan starts from (header, situation, goals, KPIs, strategy, themes, activities,
 * milestones) and leaves out what belongs to the plan's own run: measurements and reviews.
 * A plan is made from one by posting its document (with a new name and period) as a new plan.
 */
export class TemplatesService {
  constructor(private readonly store: Store) {}

  async list(workspace: string, page?: PageRequest): Promise<PageResult<TemplateSummary>> {
    const ws = await workspaceOf(this.store.repos, workspace);
    return paginate(page, PLAN_TEMPLATE_ORDER, (p) => this.store.repos.templates.list(ws.id, p), summaryOf);
  }

  async get(workspace: string, id: string): Promise<Template> {
    const ws = await workspaceOf(this.store.repos, workspace);
    const row = await this.store.repos.templates.findBySlug(ws.id, id);
    if (!row) throw new DomainError('not_found', `There is no template "${id}" in workspace "${workspace}".`);
    return { ...summaryOf(row), document: JSON.parse(row.document) as PlanDocument };
  }

  /** Saves the plan's document as it is now as a template, with an id made from the name. */
  async create(workspace: string, body: unknown): Promise<Template> {
    const input = parseInput(templateCreateSchema, body, 'The template');
    return this.store.transaction(async (repos) => {
      // Templates are made one at a time per workspace: each sees the ids the one before took.
      const found = await repos.workspaces.findBySlug(workspace);
      const ws = found && (await repos.workspaces.lock(found.id));
      if (!ws) throw new DomainError('not_found', `There is no workspace "${workspace}".`);
      const source = await repos.plans.findBySlug(ws.id, input.from_plan);
      if (!source) {
        throw new DomainError('invalid', `Workspace "${workspace}" has no plan "${input.from_plan}" to save as a template.`, [
          fieldError('from_plan', 'unknown_reference', `no plan with id "${input.from_plan}"`, { kind: 'plan', id: input.from_plan }),
        ]);
      }
      const { reviews: _, ...kept } = await repos.documents.read({ workspaceId: ws.id, planId: source.id }, source, { measurements: false });
      // Without reviews the document is still whole: nothing in a plan refers to a review.
      const document = assertValidPlan(kept);
      const slug = await freeSlug(slugify(input.name) || 'template', (id) => repos.templates.findBySlug(ws.id, id));
      const row = await repos.templates.insert(ws.id, {
        slug,
        name: input.name,
        description: input.description || null,
        locale: document.plan.locale ?? null,
        document: exportPlan(document, 'json'),
        createdBy: currentActor().userId,
      });
      await audit(repos, ws.id, { action: 'template.create', entityType: 'template', entityId: slug, fields: ['name', ...(row.description ? ['description'] : []), 'document'], detail: `from plan ${input.from_plan}` });
      return { ...summaryOf(row), document };
    });
  }

  async delete(workspace: string, id: string, expected: Expected): Promise<void> {
    await this.store.transaction(async (repos) => {
      const ws = await workspaceOf(repos, workspace);
      const row = await repos.templates.findBySlug(ws.id, id);
      if (!row) throw new DomainError('not_found', `There is no template "${id}" in workspace "${workspace}".`);
      if (!(await repos.templates.delete(ws.id, row.id, checkVersion(expected, row.version, `template "${id}"`)))) {
        throw new DomainError('precondition_failed', `Template "${id}" was changed by someone else meanwhile. Reload it and try again.`);
      }
      await audit(repos, ws.id, { action: 'template.delete', entityType: 'template', entityId: id, detail: row.name });
    });
  }
}

async function workspaceOf(repos: Repositories, workspace: string): Promise<WorkspaceRow> {
  const ws = await repos.workspaces.findBySlug(workspace);
  if (!ws) throw new DomainError('not_found', `There is no workspace "${workspace}".`);
  return ws;
}
