import type { ErrorParam, FieldError } from '../shared/errors.js';

/*
 * A change to a stored plan is judged by the errors it brings. A plan can hold an error that a
 * rule newer than the plan found in it (two reviews of one quarter, stored before "one review per
 * quarter" existed); a write that leaves that error as it was must not be refused for it, or
 * the user is locked out of their own plan. The health check names such an error instead.
 */

/** Params that hold a path into the plan: their list indices move like the error's own path. */
const PATH_PARAMS = new Set(['first']);

const withoutIndices = (path: string): string => path.replace(/\[\d+\]/g, '[]');

/**
 * An error told apart by its code, its params and its path with list indices left out: deleting
 * an item moves the errors after it to other indices, and they are still the same errors.
 */
function keyOf(error: FieldError): string {
  const params = Object.entries(error.params ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]): [string, ErrorParam] => [name, PATH_PARAMS.has(name) && typeof value === 'string' ? withoutIndices(value) : value]);
  return JSON.stringify([error.code, withoutIndices(error.path), params]);
}

/**
 * The errors of `after` that `before` did not have, in the order of `after`. Equal errors are
 * counted: two in `before` excuse two in `after`, not a third.
 */
export function introducedErrors(before: readonly FieldError[], after: readonly FieldError[]): FieldError[] {
  const old = new Map<string, number>();
  for (const error of before) old.set(keyOf(error), (old.get(keyOf(error)) ?? 0) + 1);
  return after.filter((error) => {
    const key = keyOf(error);
    const left = old.get(key) ?? 0;
    if (left === 0) return true;
    old.set(key, left - 1);
    return false;
  });
}
