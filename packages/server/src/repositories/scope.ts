import { randomUUID } from 'node:crypto';

/** Every row of a plan is reached through its workspace and plan: the tenant boundary. */
export interface PlanScope {
  workspaceId: string;
  planId: string;
}

/** A row's values of the columns its list is ordered by (list-order.ts). */
export type Key = readonly (string | number)[];

/** At most `limit` rows, those after the row with the key `after` (from the start without one). */
export interface Page {
  limit: number;
  after?: Key;
}

export const newId = (): string => randomUUID();
export const now = (): string => new Date().toISOString();

/** Rows per INSERT so that rows × columns stays under SQLite's and PostgreSQL's parameter limits. */
export function batchSize(columnCount: number): number {
  return Math.max(1, Math.floor(30_000 / columnCount));
}

export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
