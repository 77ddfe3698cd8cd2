import { describe, expect, it } from 'vitest';
import { byHorizon, descendantsOf, flattenTree, goalTree, type GoalNode } from './goals.tree';
import type { GoalLike } from './goals.types';

const goals: GoalLike[] = [
  { id: 'q-alone', horizon: 'quarter' },
  { id: 'visits', horizon: 'quarter', parent: 'books' },
  { id: 'books', horizon: 'year', parent: 'share' },
  { id: 'share', horizon: 'long' },
  { id: 'conversion', horizon: 'quarter', parent: 'books' },
];

const shape = (nodes: GoalNode<GoalLike>[]): unknown => nodes.map((n) => (n.children.length ? { [n.goal.id]: shape(n.children) } : n.goal.id));

describe('goalTree', () => {
  it('puts sub-goals under their parents in plan order', () => {
    expect(shape(goalTree(goals))).toEqual(['q-alone', { share: [{ books: ['visits', 'conversion'] }] }]);
  });

  it('puts a goal whose parent is not shown at the top', () => {
    expect(shape(goalTree(goals, (g) => g.horizon === 'quarter'))).toEqual(['q-alone', 'visits', 'conversion']);
  });

  it('shows each goal once, even when parents form a cycle', () => {
    const cycle: GoalLike[] = [
      { id: 'a', horizon: 'year', parent: 'b' },
      { id: 'b', horizon: 'year', parent: 'a' },
      { id: 'c', horizon: 'year', parent: 'c' },
    ];
    const ids = (nodes: GoalNode<GoalLike>[]): string[] => nodes.flatMap((n) => [n.goal.id, ...ids(n.children)]);
    expect(ids(goalTree(cycle)).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('byHorizon', () => {
  it('groups the top of the tree long-term first and leaves out empty horizons', () => {
    const groups = byHorizon(goalTree(goals));
    expect(groups.map((g) => [g.horizon, g.roots.map((r) => r.goal.id)])).toEqual([
      ['long', ['share']],
      ['quarter', ['q-alone']],
    ]);
  });
});

describe('descendantsOf', () => {
  it('is the goal and everything below it, at any depth', () => {
    expect([...descendantsOf(goals, 'share')].sort()).toEqual(['books', 'conversion', 'share', 'visits']);
    expect([...descendantsOf(goals, 'visits')]).toEqual(['visits']);
  });
});

describe('flattenTree', () => {
  it('lists the tree in reading order with each goal’s depth', () => {
    expect(flattenTree(goalTree(goals)).map(({ goal, depth }) => `${depth}:${goal.id}`)).toEqual([
      '0:q-alone',
      '0:share',
      '1:books',
      '2:visits',
      '2:conversion',
    ]);
  });
});
