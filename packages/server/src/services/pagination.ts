import type { Page } from '../repositories/scope.js';

export interface PageRequest {
  limit?: number;
  offset?: number;
}

export interface PageResult<T> {
  items: T[];
  /** Offset of the next page, or null on the last page. */
  next: number | null;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export function pageOf(request: PageRequest = {}): Page {
  return { limit: Math.min(request.limit ?? DEFAULT_LIMIT, MAX_LIMIT), offset: request.offset ?? 0 };
}

/** Reads one row more than asked, to know whether another page follows. */
export async function paginate<T>(request: PageRequest | undefined, read: (page: Page) => Promise<T[]>): Promise<PageResult<T>> {
  const page = pageOf(request);
  const rows = await read({ limit: page.limit + 1, offset: page.offset });
  const more = rows.length > page.limit;
  return { items: rows.slice(0, page.limit), next: more ? page.offset + page.limit : null };
}
