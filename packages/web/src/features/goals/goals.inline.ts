import type { GoalPoint } from '@kurs/core';

/**
 * A goal's baseline or target with one part changed in place: the value or the date, keeping
 * the other; null (remove it) when neither is left.
 */
export function pointWith(point: GoalPoint | undefined, part: 'value', next: number | null): GoalPoint | null;
export function pointWith(point: GoalPoint | undefined, part: 'date', next: string | null): GoalPoint | null;
export function pointWith(point: GoalPoint | undefined, part: 'value' | 'date', next: number | string | null): GoalPoint | null {
  const merged: Record<string, unknown> = { ...point, [part]: next ?? undefined };
  const kept = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  return Object.keys(kept).length > 0 ? (kept as GoalPoint) : null;
}

/** The people who own something in the plan, to choose an owner from. */
export function ownersOf(...lists: readonly (readonly { owner?: string }[])[]): string[] {
  return [...new Set(lists.flat().flatMap((e) => (e.owner?.trim() ? [e.owner.trim()] : [])))].sort((a, b) => a.localeCompare(b));
}
