import {
  assertValidPlan,
  DomainError,
  exportPlan,
  fieldError,
  fieldErrorsOf,
  idSchema,
  normalizePlan,
  parsePlan,
  type PlanDocument,
  type PlanHeader,
  type Situation,
  slugify,
  type Strategy,
} from '@kurs/core';
import { z } from 'zod';
import { PlanDocumentsRepository } from '../repositories/plan-documents.repository.js';
import { PLAN_ORDER, type PlanRowData } from '../repositories/plans.repository.js';
import type { Repositories, Store } from '../repositories/repositories.js';
import { audit, changedFields } from './audit.js';
import { checkVersion, type Expected } from './concurrency.js';
import { freeSlug } from './free-slug.js';
import { parseInput } from './input.js';
import { mergePatch } from './merge-patch.js';
import { type PageRequest, type PageResult, paginate } from './pagination.js';
import { lockPlan, resolvePlan } from './plan-scope.js';
import { lockedPlanIndex } from './plan-document-cache.js';
import { assertValidChange } from './plan-validation.js';

/** A plan document as text (a file, a request body) or as an already parsed value. */
export type PlanInput = { text: string; format?: 'yaml' | 'json' } | { value: unknown };

export type DocumentFormat = 'yaml' | 'json';

export interface PlanSummary {
  id: string;
  header: PlanHeader;
  version: number;
  revision: number;
  created_at: string;
  updated_at: string;
  /** When the plan was archived; null while it is in use. Not part of the plan document. */
  archived_at: string | null;
}

export type SituationFields = Pick<Situation, 'usp' | 'findings'>;
export type StrategyFields = Strategy;

function summaryOf(row: PlanRowData, header: PlanHeader): PlanSummary {
  return {
    id: row.slug,
    header,
    version: row.version,
    revision: row.revision,
    created_at: row.created_at,
    updated_at: row.updated_at,
    archived_at: row.archived_at,
  };
}

function planOf(input: PlanInput): PlanDocument {
  return normalizePlan('text' in input ? parsePlan(input.text, { format: input.format }) : assertValidPlan(input.value));
}

export class PlansService {
  constructor(private readonly store: Store) {}

  /** The workspace's plans; `archived` true: only the archived ones, false: only those in use, left out: all. */
  async list(workspace: string, page?: PageRequest, filter: { archived?: boolean } = {}): Promise<PageResult<PlanSummary>> {
    const ws = await this.store.repos.workspaces.findBySlug(workspace);
    if (!ws) throw new DomainError('not_found', `There is no workspace "${workspace}".`);
    return paginate(page, PLAN_ORDER, (p) => this.store.repos.plans.list(ws.id, p, filter.archived), (row) => summaryOf(row, headerOf(row)));
  }

  async get(workspace: string, plan: string): Promise<PlanSummary> {
    const { plan: row } = await resolvePlan(this.store.repos, workspace, plan);
    return summaryOf(row, headerOf(row));
  }

  /** Creates a plan from a whole document in one transaction: a bad document creates nothing. */
  async import(workspace: string, input: PlanInput, options: { id?: string } = {}): Promise<PlanSummary> {
    const doc = planOf(input);
    if (options.id !== undefined) {
      const parsed = idSchema.safeParse(options.id);
      if (!parsed.success) throw new DomainError('invalid', 'The plan id is not valid.', fieldErrorsOf(parsed.error.issues.slice(0, 1), ['id']));
    }
    return this.store.transaction(async (repos) => {
      // Plans are created one at a time per workspace: each sees the ids the one before took.
      const found = await repos.workspaces.findBySlug(workspace);
      const ws = found && (await repos.workspaces.lock(found.id));
      if (!ws) throw new DomainError('not_found', `There is no workspace "${workspace}".`);
      let slug = options.id;
      if (slug !== undefined) {
        if (await repos.plans.findBySlug(ws.id, slug)) {
          throw new DomainError('conflict', `Workspace "${workspace}" already has a plan "${slug}".`, [fieldError('id', 'id_taken', `"${slug}" is taken`, { value: slug })]);
        }
      } else {
        slug = await freeSlug(slugify(doc.plan.name) || 'plan', (id) => repos.plans.findBySlug(ws.id, id));
      }
      const row = await repos.plans.insert(ws.id, slug, PlanDocumentsRepository.planColumns(doc));
      await repos.documents.write({ workspaceId: ws.id, planId: row.id }, doc);
      await audit(repos, ws.id, { action: 'plan.create', entityType: 'plan', entityId: slug, plan: slug, fields: ['document'], detail: doc.plan.name });
      return summaryOf(row, doc.plan);
    });
  }

  /** The whole plan as it was at one moment, with the revision of that moment. */
  document(workspace: string, plan: string): Promise<{ document: PlanDocument; revision: number }> {
    return this.store.snapshot(async (repos) => {
      const { plan: row, scope } = await resolvePlan(repos, workspace, plan);
      return { document: await repos.documents.read(scope, row, { measurements: true }), revision: row.revision };
    });
  }

  async export(workspace: string, plan: string, format: DocumentFormat): Promise<{ text: string; revision: number }> {
    const { document, revision } = await this.document(workspace, plan);
    return { text: exportPlan(document, format), revision };
  }

  /** Replaces everything in the plan with the document, in one transaction. */
  async replace(workspace: string, plan: string, input: PlanInput, expectedRevision: Expected): Promise<PlanSummary> {
    const doc = planOf(input);
    return this.store.transaction(async (repos) => {
      const { plan: row, scope } = await lockPlan(repos, workspace, plan);
      checkVersion(expectedRevision, row.revision, `plan "${plan}"`);
      await repos.documents.clear(scope);
      const updated = await repos.plans.update(row.id, PlanDocumentsRepository.planColumns(doc), row.version);
      if (!updated) throw new DomainError('precondition_failed', `Plan "${plan}" was changed by someone else meanwhile. Reload it and try again.`);
      await repos.documents.write(scope, doc);
      await audit(repos, scope.workspaceId, { action: 'plan.replace', entityType: 'plan', entityId: plan, plan, fields: ['document'] });
      return summaryOf(updated, doc.plan);
    });
  }

  /**
   * A merge patch of the plan header, and `archived` (true or false) besides it, which archives
   * the plan or takes it back into use. Archiving alone leaves the document as it is (its
   * revision too): it is not part of the plan document.
   */
  async updateHeader(workspace: string, plan: string, patch: unknown, expected: Expected): Promise<PlanSummary> {
    const { archived, header } = archivedOf(patch);
    if (archived !== undefined && Object.keys(header as object).length === 0) return this.setArchived(workspace, plan, archived, expected);
    return this.changePlanRow(workspace, plan, expected, (doc) => ({ ...doc, plan: mergePatch(doc.plan, header) }), 'plan', 'The plan', undefined, archived);
  }

  private setArchived(workspace: string, plan: string, archived: boolean, expected: Expected): Promise<PlanSummary> {
    return this.store.transaction(async (repos) => {
      const { plan: row, scope } = await lockPlan(repos, workspace, plan);
      checkVersion(expected, row.version, `plan "${plan}"`);
      const updated = await repos.plans.setArchived(row.id, archivedAtOf(row, archived), row.version);
      if (!updated) throw new DomainError('precondition_failed', `Plan "${plan}" was changed by someone else meanwhile. Reload it and try again.`);
      const fields = archivedChanges(row, archived) ? ['archived'] : [];
      await audit(repos, scope.workspaceId, { action: 'plan.update', entityType: 'plan', entityId: plan, plan, fields });
      return summaryOf(updated, headerOf(updated));
    });
  }

  async situation(workspace: string, plan: string): Promise<{ situation: SituationFields; version: number }> {
    const { plan: row, scope } = await resolvePlan(this.store.repos, workspace, plan);
    const findings = await this.store.repos.lists.findings(scope);
    return { situation: { ...situationOf(row), ...(findings.length ? { findings } : {}) }, version: row.version };
  }

  async replaceSituation(workspace: string, plan: string, body: unknown, expected: Expected): Promise<{ situation: SituationFields; version: number }> {
    const fields = assertObject(body, ['usp', 'findings']);
    const summary = await this.changePlanRow(
      workspace,
      plan,
      expected,
      (doc) => ({ ...doc, situation: { ...doc.situation, usp: undefined, findings: undefined, ...fields } }),
      'situation',
      'The situation',
      async (repos, scope, doc) => repos.lists.replaceFindings(scope, doc.situation?.findings ?? []),
    );
    return { ...(await this.situation(workspace, plan)), version: summary.version };
  }

  async strategy(workspace: string, plan: string): Promise<{ strategy: StrategyFields; version: number }> {
    const { plan: row, scope } = await resolvePlan(this.store.repos, workspace, plan);
    const journey = await this.store.repos.lists.journey(scope);
    return { strategy: { ...strategyOf(row), ...(journey.length ? { journey } : {}) }, version: row.version };
  }

  async replaceStrategy(workspace: string, plan: string, body: unknown, expected: Expected): Promise<{ strategy: StrategyFields; version: number }> {
    const summary = await this.changePlanRow(
      workspace,
      plan,
      expected,
      (doc) => ({ ...doc, strategy: body as Strategy }),
      'strategy',
      'The strategy',
      async (repos, scope, doc) => repos.lists.replaceJourney(scope, doc.strategy?.journey ?? []),
    );
    return { ...(await this.strategy(workspace, plan)), version: summary.version };
  }

  async delete(workspace: string, plan: string, expected: Expected): Promise<void> {
    await this.store.transaction(async (repos) => {
      const { plan: row } = await lockPlan(repos, workspace, plan);
      checkVersion(expected, row.version, `plan "${plan}"`);
      if (!(await repos.plans.delete(row.id, row.version))) {
        throw new DomainError('precondition_failed', `Plan "${plan}" was changed by someone else meanwhile. Reload it and try again.`);
      }
      await audit(repos, row.workspace_id, { action: 'plan.delete', entityType: 'plan', entityId: plan, plan });
    });
  }

  /** A change to the plan row (header, situation or strategy), validated against the whole plan. */
  private changePlanRow(
    workspace: string,
    plan: string,
    expected: Expected,
    change: (doc: PlanDocument) => unknown,
    focus: string,
    what: string,
    alsoWrite?: (repos: Repositories, scope: { workspaceId: string; planId: string }, doc: PlanDocument) => Promise<void>,
    archived?: boolean,
  ): Promise<PlanSummary> {
    return this.store.transaction(async (repos) => {
      const resolved = await lockPlan(repos, workspace, plan);
      const { plan: row, scope } = resolved;
      checkVersion(expected, row.version, `plan "${plan}"`);
      const current = (await lockedPlanIndex(this.store, repos, resolved)).plan;
      const next = assertValidChange(current, change(current), what, focus);
      const columns = { ...PlanDocumentsRepository.planColumns(next), ...(archived !== undefined && { archived_at: archivedAtOf(row, archived) }) };
      const updated = await repos.plans.update(row.id, columns, row.version);
      if (!updated) throw new DomainError('precondition_failed', `Plan "${plan}" was changed by someone else meanwhile. Reload it and try again.`);
      await alsoWrite?.(repos, scope, next);
      const fields = changedFields(partOf(current, focus), partOf(next, focus));
      if (archivedChanges(row, archived)) fields.push('archived');
      await audit(repos, scope.workspaceId, { action: `${focus}.update`, entityType: focus, entityId: plan, plan, fields: fields.sort() });
      return summaryOf(updated, next.plan);
    });
  }
}

function assertObject(body: unknown, allowed: string[]): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid', 'The body must be a JSON object.', [fieldError('', 'invalid_type', 'must be an object', { expected: 'object' })]);
  }
  const unknown = Object.keys(body).filter((k) => !allowed.includes(k));
  if (unknown.length) {
    throw new DomainError('invalid', 'The body has fields that do not belong here.', unknown.map((k) => fieldError(k, 'unknown_field', `unknown field "${k}"`, { field: k })));
  }
  return body as Record<string, unknown>;
}

const archivedSchema = z.boolean({ error: 'must be true or false' });

/** `archived` taken out of a plan header patch (checked), and the rest of the patch, the header's. */
function archivedOf(patch: unknown): { archived?: boolean; header: unknown } {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch) || !('archived' in patch)) return { header: patch };
  const { archived, ...header } = patch as Record<string, unknown>;
  return { archived: parseInput(archivedSchema, archived, 'The plan', ['archived']), header };
}

/** Whether the flag archives a plan in use or takes an archived one back (for the audit log). */
function archivedChanges(row: PlanRowData, archived: boolean | undefined): boolean {
  return archived !== undefined && (row.archived_at !== null) !== archived;
}

/** The archived_at a plan gets: kept when it already was archived, so the moment stays the first one. */
function archivedAtOf(row: PlanRowData, archived: boolean): string | null {
  return archived ? (row.archived_at ?? new Date().toISOString()) : null;
}

/** The part of the plan a change of the plan row is about, to name its changed fields. */
function partOf(doc: PlanDocument, focus: string): Record<string, unknown> {
  if (focus === 'situation') return { usp: doc.situation?.usp, findings: doc.situation?.findings };
  if (focus === 'strategy') return { ...doc.strategy };
  return { ...doc.plan };
}

const headerOf = PlanDocumentsRepository.headerOf;
const situationOf = PlanDocumentsRepository.situationOf;
const strategyOf = PlanDocumentsRepository.strategyOf;
