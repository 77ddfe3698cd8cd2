import { DomainError } from '@kurs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Container } from '../container.js';
import { postgresAvailable, TEST_DATABASES, testContainer } from '../testing/databases.js';

describe.each(TEST_DATABASES)('transactions of the store on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let c: Container;
  let ids: { a: string; b: string };

  beforeAll(async () => {
    if (skip) return;
    c = await testContainer(kind);
    const a = await c.services.workspaces.create({ id: 'a', name: 'A' });
    const b = await c.services.workspaces.create({ id: 'b', name: 'B' });
    ids = { a: a.id, b: b.id };
  });
  afterAll(async () => {
    await c?.close();
  });

  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  };

  run('a key taken is a conflict and a row that is not there is not found, not a database error', async () => {
    const { store } = c;
    expect(await refusal(store.transaction((repos) => repos.workspaces.insert({ slug: 'a', name: 'Again' })))).toBe('conflict');
    expect(await refusal(store.transaction((repos) => repos.plans.insert('no-such-workspace', 'p', { name: 'P', period_start: '2027-01-01', period_end: '2027-12-31' })))).toBe('not_found');
    expect(await store.repos.workspaces.findBySlug('a')).toMatchObject({ name: 'A' });
  });

  run('the transaction the database picks to break a deadlock runs once more, and both changes are made', async () => {
    if (kind === 'sqlite') return; // one writer at a time: SQLite cannot deadlock in one process
    const { store } = c;
    let waiting = 2;
    let bothHoldOne!: () => void;
    const held = new Promise<void>((resolve) => (bothHoldOne = resolve));
    let runs = 0;
    // Each takes one workspace row and then wants the other's: a deadlock on the first run.
    const crossed = (first: string, second: string, name: string) =>
      store.transaction(async (repos) => {
        runs++;
        const row = await repos.workspaces.lock(first);
        if (--waiting === 0) bothHoldOne();
        await held;
        await repos.workspaces.lock(second);
        await repos.workspaces.update(first, { name }, row!.version);
      });
    await Promise.all([crossed(ids.a, ids.b, 'A1'), crossed(ids.b, ids.a, 'B1')]);
    expect(runs).toBe(3);
    expect((await c.store.repos.workspaces.list({ limit: 10 })).map((w) => w.name)).toEqual(['A1', 'B1']);
  });
});
