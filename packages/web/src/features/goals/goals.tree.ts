import { HORIZONS_LONG_FIRST, type GoalLike } from './goals.types';

export interface GoalNode<G extends GoalLike> {
  goal: G;
  children: GoalNode<G>[];
}

/**
 * The goals shown as a tree: a goal sits under its parent when the parent is shown too, and
 * at the top otherwise. `shown` narrows the tree (e.g. to one horizon); sub-goals keep plan
 * order. A parent cycle (which the plan rules refuse) cannot make the tree endless: each goal
 * appears once.
 */
export function goalTree<G extends GoalLike>(goals: readonly G[], shown: (goal: G) => boolean = () => true): GoalNode<G>[] {
  const visible = goals.filter(shown);
  const ids = new Set(visible.map((g) => g.id));
  const childrenOf = new Map<string, G[]>();
  for (const goal of visible) {
    if (goal.parent === undefined || !ids.has(goal.parent) || goal.parent === goal.id) continue;
    childrenOf.set(goal.parent, [...(childrenOf.get(goal.parent) ?? []), goal]);
  }
  const placed = new Set<string>();
  const node = (goal: G): GoalNode<G> => {
    placed.add(goal.id);
    const children = (childrenOf.get(goal.id) ?? []).filter((c) => !placed.has(c.id));
    return { goal, children: children.map(node) };
  };
  const roots = visible.filter((g) => g.parent === undefined || !ids.has(g.parent) || g.parent === g.id).map(node);
  // Goals caught in a cycle have no root above them; they are shown at the top rather than lost.
  for (const goal of visible) if (!placed.has(goal.id)) roots.push(node(goal));
  return roots;
}

/** The top of the tree grouped by horizon, long term first, as the seeds set goals: long-term first, then shorter. */
export function byHorizon<G extends GoalLike>(roots: readonly GoalNode<G>[]) {
  return HORIZONS_LONG_FIRST.map((horizon) => ({ horizon, roots: roots.filter((r) => r.goal.horizon === horizon) })).filter(
    (group) => group.roots.length > 0,
  );
}

/** A goal and every goal below it: what may not become its parent. */
export function descendantsOf(goals: readonly GoalLike[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const goal of goals) {
      if (goal.parent !== undefined && found.has(goal.parent) && !found.has(goal.id)) {
        found.add(goal.id);
        grew = true;
      }
    }
  }
  return found;
}

/** The tree in reading order, each goal with its depth (0 at the top). */
export function flattenTree<G extends GoalLike>(nodes: readonly GoalNode<G>[], depth = 0): { goal: G; depth: number }[] {
  return nodes.flatMap((node) => [{ goal: node.goal, depth }, ...flattenTree(node.children, depth + 1)]);
}
