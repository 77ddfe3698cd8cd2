import type { PlanDocument } from '@kurs/core';
import { PlanDocumentsRepository } from '../repositories/plan-documents.repository.js';
import type { Store } from '../repositories/repositories.js';

/**
 * Writes a plan document into a new plan as it is, through the repositories, without the
 * checks of an import: a plan as it was stored before a rule that it breaks existed.
 */
export async function storePlanAsIs(store: Store, workspace: string, id: string, doc: PlanDocument): Promise<void> {
  await store.transaction(async (repos) => {
    const ws = await repos.workspaces.findBySlug(workspace);
    if (!ws) throw new Error(`no workspace "${workspace}"`);
    const row = await repos.plans.insert(ws.id, id, PlanDocumentsRepository.planColumns(doc));
    await repos.documents.write({ workspaceId: ws.id, planId: row.id }, doc);
  });
}
