/**
 * The set with `item` in it, or without it: the same set when that is so already, so that React
 * state holding it changes (and renders) only when its members do.
 */
export function withMember<T>(set: ReadonlySet<T>, item: T, member: boolean): ReadonlySet<T> {
  if (set.has(item) === member) return set;
  const next = new Set(set);
  if (member) next.add(item);
  else next.delete(item);
  return next;
}
