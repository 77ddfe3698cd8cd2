import { PlanIndex } from '@kurs/core';
import type { Repositories, Store } from '../repositories/repositories.js';
import type { ResolvedPlan } from './plan-scope.js';

/*
 * The plan document a write judges its change against (without measurements), kept in this
 * process between writes with the index of its ids, so that a write neither reads the whole plan
 * from the database nor passes over it (issue 14). An entry holds the document of one revision
 * of one plan; the revision, read in the locked plan row, tells whether it is still the stored
 * one, so another server process (or any write that moves the revision) simply makes it miss.
 */

/** Plans kept per store; a large plan's document takes some megabytes. */
const MAX_PLANS = 8;

interface Entry {
  revision: number;
  index: PlanIndex;
}

/** One cache per store: plan ids are unique only within one database. */
const caches = new WeakMap<Store, Map<string, Entry>>();

function cacheOf(store: Store): Map<string, Entry> {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  return cache;
}

/**
 * The plan as stored at the revision of its locked row: from the cache, or read from the
 * database and kept (it is the committed document of that revision, whatever the write does).
 */
export async function lockedPlanIndex(store: Store, repos: Repositories, resolved: ResolvedPlan): Promise<PlanIndex> {
  const { id, revision } = resolved.plan;
  const hit = cacheOf(store).get(id);
  if (hit?.revision === revision) {
    remember(store, id, revision, hit.index);
    return hit.index;
  }
  const index = PlanIndex.of(await repos.documents.read(resolved.scope, resolved.plan, { measurements: false }));
  remember(store, id, revision, index);
  return index;
}

/** Keeps a plan's document of a revision (the newest kept last; the oldest plan goes first). Call it only with a committed revision. */
export function remember(store: Store, planId: string, revision: number, index: PlanIndex): void {
  const cache = cacheOf(store);
  cache.delete(planId);
  cache.set(planId, { revision, index });
  if (cache.size > MAX_PLANS) cache.delete(cache.keys().next().value!);
}
