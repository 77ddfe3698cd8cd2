import type { PlanDocument, PlanIndex } from '@kurs/core';
import type { Repositories, Store } from '../repositories/repositories.js';
import { lockedPlanIndex, remember } from './plan-document-cache.js';
import { lockPlan, type ResolvedPlan } from './plan-scope.js';

/** The plan a write works on, indexed, and how it tells the plan it leaves behind. */
export interface PlanWrite {
  index: PlanIndex;
  /**
   * The plan after this write's change (index.edited), made once the write is committed (an
   * edited index shares parts with this one): the next write starts from it instead of reading
   * the plan again.
   */
  leaves(next: () => PlanIndex): void;
}

/**
 * One write transaction on a locked plan, with the plan as it is now: the work validates the
 * plan as it would be after its change, and the plan's revision moves on when it succeeds.
 * The plan comes from the document cache when it holds the locked revision; a write that tells
 * the plan it leaves puts that in the cache once committed (a rolled-back one changes nothing).
 */
export async function writePlan<T>(
  store: Store,
  workspace: string,
  plan: string,
  work: (repos: Repositories, resolved: ResolvedPlan, doc: PlanDocument, write: PlanWrite) => Promise<T>,
): Promise<T> {
  let left: { planId: string; revision: number; next: () => PlanIndex } | undefined;
  const result = await store.transaction(async (repos) => {
    left = undefined;
    const resolved = await lockPlan(repos, workspace, plan);
    const index = await lockedPlanIndex(store, repos, resolved);
    let next: (() => PlanIndex) | undefined;
    const result = await work(repos, resolved, index.plan, { index, leaves: (plan) => (next = plan) });
    const revision = await repos.plans.touch(resolved.plan.id);
    if (next) left = { planId: resolved.plan.id, revision, next };
    return result;
  });
  if (left) remember(store, left.planId, left.revision, left.next());
  return result;
}
