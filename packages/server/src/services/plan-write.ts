import type { PlanDocument } from '@kurs/core';
import type { Repositories, Store } from '../repositories/repositories.js';
import { lockPlan, type ResolvedPlan } from './plan-scope.js';

/**
 * One write transaction on a locked plan, with the plan as it is now: the work validates the
 * plan as it would be after its change, and the plan's revision moves on when it succeeds.
 */
export function writePlan<T>(
  store: Store,
  workspace: string,
  plan: string,
  work: (repos: Repositories, resolved: ResolvedPlan, doc: PlanDocument) => Promise<T>,
): Promise<T> {
  return store.transaction(async (repos) => {
    const resolved = await lockPlan(repos, workspace, plan);
    const doc = await repos.documents.read(resolved.scope, resolved.plan, { measurements: false });
    const result = await work(repos, resolved, doc);
    await repos.plans.touch(resolved.plan.id);
    return result;
  });
}
