import type { Activity } from '@kurs/core';
import { ACTIVITY_STATUSES } from '@kurs/core/browser';

/*
 * The backlog table's filters and sort order. Rows keep their place in the plan (`index`),
 * which names them in the health check's findings (`activities[3]`).
 */

/** A filter value that asks for the activities that have none (no theme, no owner…). */
export const NONE = '__none__';

export interface BacklogFilters {
  theme: string | null;
  status: string | null;
  owner: string | null;
  goal: string | null;
  team: string | null;
}

export const NO_FILTERS: BacklogFilters = { theme: null, status: null, owner: null, goal: null, team: null };

export const SORT_KEYS = ['title', 'status', 'owner', 'start', 'estimate_hours', 'value'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface BacklogSort {
  key: SortKey;
  direction: 'asc' | 'desc';
}

export interface BacklogRow<A extends Activity = Activity> {
  activity: A;
  /** The place in the plan document. */
  index: number;
}

function matches(value: string | undefined, filter: string | null): boolean {
  if (filter === null) return true;
  return filter === NONE ? value === undefined || value === '' : value === filter;
}

export function filterBacklog<A extends Activity>(activities: readonly A[], filters: BacklogFilters): BacklogRow<A>[] {
  return activities
    .map((activity, index) => ({ activity, index }))
    .filter(({ activity: a }) => {
      const goals = a.goals ?? [];
      const goalOk = filters.goal === null || (filters.goal === NONE ? goals.length === 0 : goals.includes(filters.goal));
      return (
        goalOk &&
        matches(a.theme, filters.theme) &&
        matches(a.status, filters.status) &&
        matches(a.owner, filters.owner) &&
        matches(a.team, filters.team)
      );
    });
}

const STATUS_ORDER = new Map<string, number>(ACTIVITY_STATUSES.map((s, i) => [s, i]));

/** Sorted by one column; rows without a value come last whichever the direction, and ties keep plan order. */
export function sortBacklog<A extends Activity>(rows: readonly BacklogRow<A>[], sort: BacklogSort, locale: string): BacklogRow<A>[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sortValue = (a: Activity): string | number | undefined =>
    sort.key === 'status' ? (a.status === undefined ? undefined : STATUS_ORDER.get(a.status)) : a[sort.key];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = sortValue(x.activity);
    const b = sortValue(y.activity);
    if (a === undefined || b === undefined) {
      if (a !== b) return a === undefined ? 1 : -1;
      return x.index - y.index;
    }
    const order = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return order === 0 ? x.index - y.index : sign * order;
  });
}

/** The distinct non-empty values of a text field, sorted for a filter's options. */
export function distinctValues(activities: readonly Activity[], field: 'owner' | 'team', locale: string): string[] {
  const values = new Set<string>();
  for (const a of activities) if (a[field]) values.add(a[field]);
  return [...values].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare);
}
