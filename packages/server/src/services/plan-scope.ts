import { DomainError, type PlanDocument } from '@kurs/core';
import type { PlanRowData } from '../repositories/plans.repository.js';
import type { Repositories, Store } from '../repositories/repositories.js';
import type { PlanScope } from '../repositories/scope.js';
import type { WorkspaceRow } from '../repositories/workspaces.repository.js';

export interface ResolvedPlan {
  workspace: WorkspaceRow;
  plan: PlanRowData;
  scope: PlanScope;
}

/** The plan with this id in this workspace; a plan of another workspace is simply not found. */
export function resolvePlan(repos: Repositories, workspace: string, plan: string): Promise<ResolvedPlan> {
  return findPlan(repos, workspace, plan, (workspaceId) => repos.plans.findBySlug(workspaceId, plan));
}

/**
 * The plan, locked for a write until the transaction ends, as it is once the lock is held
 * (another writer may have changed or deleted it while this one waited): read once, by the lock.
 */
export function lockPlan(repos: Repositories, workspace: string, plan: string): Promise<ResolvedPlan> {
  return findPlan(repos, workspace, plan, (workspaceId) => repos.plans.lockBySlug(workspaceId, plan));
}

async function findPlan(
  repos: Repositories,
  workspace: string,
  plan: string,
  read: (workspaceId: string) => Promise<PlanRowData | undefined>,
): Promise<ResolvedPlan> {
  const ws = await repos.workspaces.findBySlug(workspace);
  if (!ws) throw new DomainError('not_found', `There is no workspace "${workspace}".`);
  const row = await read(ws.id);
  if (!row) throw new DomainError('not_found', `There is no plan "${plan}" in workspace "${workspace}".`);
  return { workspace: ws, plan: row, scope: { workspaceId: ws.id, planId: row.id } };
}

/**
 * The whole plan as a document, for the engine's computations, read at one moment: a plan
 * replaced meanwhile is read as one version, never the header of one and the entities of the
 * next (PostgreSQL's default sees each statement's own moment).
 */
export function readPlanDocument(store: Store, workspace: string, plan: string, options: { measurements: boolean }): Promise<PlanDocument> {
  return store.snapshot(async (repos) => {
    const { plan: row, scope } = await resolvePlan(repos, workspace, plan);
    return repos.documents.read(scope, row, options);
  });
}
