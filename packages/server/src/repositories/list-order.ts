import { type SelectQueryBuilder, sql } from 'kysely';
import type { Key, Page } from './scope.js';

/**
 * The order of a list that is read page by page. Its columns together are unique and run in one
 * direction, so a row's values of them (its key) place it for good: the next page starts after
 * the last key seen (a keyset), where an offset would be shifted by rows added meanwhile.
 */
export interface ListOrder<R> {
  /** Names the list in its cursors, so that one list's cursor is refused by another. */
  name: string;
  direction: 'asc' | 'desc';
  columns: readonly { ref: string; type: 'string' | 'number' }[];
  keyOf(row: R): Key;
}

/** The query in the list's order; with a page, only the rows after its key, at most its limit. */
export function inOrder<QB extends SelectQueryBuilder<any, any, any>>(query: QB, order: ListOrder<never>, page?: Page): QB {
  let q: SelectQueryBuilder<any, any, any> = query;
  for (const { ref } of order.columns) q = q.orderBy(sql.ref(ref), order.direction);
  if (page?.after) {
    const columns = sql.join(order.columns.map(({ ref }) => sql.ref(ref)));
    const values = sql.join(page.after.map((value) => sql.val(value)));
    // A row-value comparison, which both databases answer from an index on the columns.
    q = q.where(sql<boolean>`(${columns}) ${sql.raw(order.direction === 'desc' ? '<' : '>')} (${values})`);
  }
  if (page) q = q.limit(page.limit);
  return q as QB;
}
