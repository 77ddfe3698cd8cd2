import { DomainError, type PlanDocument } from '@kurs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Container } from '../container.js';
import { postgresAvailable, TEST_DATABASES, testContainer } from '../testing/databases.js';
import { SMALL_PLAN } from '../testing/fixtures.js';
import { lockedPlanIndex } from './plan-document-cache.js';
import { lockPlan } from './plan-scope.js';

/*
 * A write starts from the plan document kept since the last write (issue 14). What it keeps
 * must be what the database holds: after each kind of write, after a refused one, and after a
 * write that another server process made (which only the revision tells).
 */

describe.each(TEST_DATABASES)('the plan document a write starts from, on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let c: Container;

  beforeAll(async () => {
    if (skip) return;
    c = await testContainer(kind);
    await c.services.workspaces.create({ id: 'acme', name: 'Acme' });
    await c.services.plans.import('acme', { text: SMALL_PLAN }, { id: 'small' });
  });
  afterAll(async () => {
    await c?.close();
  });

  /** The document the next write would start from, and the one the database holds, read in one transaction. */
  const both = () =>
    c.store.transaction(async (repos) => {
      const resolved = await lockPlan(repos, 'acme', 'small');
      const kept = (await lockedPlanIndex(c.store, repos, resolved)).plan;
      return { kept, stored: await repos.documents.read(resolved.scope, resolved.plan, { measurements: false }) };
    });

  const expectKeptAsStored = async (): Promise<PlanDocument> => {
    const { kept, stored } = await both();
    expect(kept).toEqual(stored);
    return kept;
  };

  run('is the stored plan after creates, updates, deletes and a refused write', async () => {
    const { collections, plans } = c.services;
    await collections.create('acme', 'small', 'goals', { id: 'grow', title: 'Grow', horizon: 'long', parent: 'sell-books' });
    await collections.update('acme', 'small', 'activities', 'checkout', { title: 'Faster checkout', depends_on: [] }, 'any');
    await collections.create('acme', 'small', 'milestones', { title: 'Halfway', date: '2027-06-01', goals: ['grow'] });
    await expect(collections.update('acme', 'small', 'goals', 'grow', { parent: 'grow' }, 'any')).rejects.toBeInstanceOf(DomainError);
    await collections.delete('acme', 'small', 'milestones', 'halfway', 'any');
    await collections.create('acme', 'small', 'themes', { id: 'content', name: 'Content', budget_hours: 10, quarters: [{ quarter: '2027-Q2', hours: 10 }] });
    const kept = await expectKeptAsStored();
    expect(kept.goals?.map((g) => g.id)).toEqual(['sell-books', 'grow']);
    expect(kept.activities?.[0]?.title).toBe('Faster checkout');

    await plans.replaceStrategy('acme', 'small', { positioning: 'The crime bookshop' }, 'any');
    expect((await expectKeptAsStored()).strategy?.positioning).toBe('The crime bookshop');
  });

  run('sees a write that another process made, by the revision it moved', async () => {
    await c.services.collections.update('acme', 'small', 'goals', 'sell-books', { title: 'Sell more books' }, 'any');
    await c.store.transaction(async (repos) => {
      const resolved = await lockPlan(repos, 'acme', 'small');
      const goal = (await repos.collection('goals').find(resolved.scope, 'grow'))!;
      await repos.collection('goals').update(resolved.scope, goal, { ...goal.entity, title: 'Written elsewhere' });
      await repos.plans.touch(resolved.plan.id);
    });
    const kept = await expectKeptAsStored();
    expect(kept.goals?.find((g) => g.id === 'grow')?.title).toBe('Written elsewhere');
    // The next write judges the plan as it is now: the goal the other process changed is there.
    await expect(c.services.collections.delete('acme', 'small', 'goals', 'grow', 'any')).resolves.toBeUndefined();
    await expectKeptAsStored();
  });
});
