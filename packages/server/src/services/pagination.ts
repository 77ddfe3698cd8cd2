import { characterError, DomainError, fieldError } from '@kurs/core';
import type { ListOrder } from '../repositories/list-order.js';
import type { Key, Page } from '../repositories/scope.js';

export interface PageRequest {
  limit?: number;
  /** The `next_cursor` of the page before. */
  cursor?: string;
}

export interface PageResult<T> {
  items: T[];
  /** The cursor of the next page, or null on the last page. */
  next: string | null;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** The form of the cursors' text; a new form gets a new version, and cursors of another are refused. */
const CURSOR_VERSION = 'k1';

/** Opaque to clients: the list's name and the key of a page's last row, as base64url. */
const encodeCursor = (list: string, key: Key): string => Buffer.from(`${CURSOR_VERSION}:${JSON.stringify([list, ...key])}`).toString('base64url');

const unknownCursor = () => new DomainError('syntax', 'The cursor is not one this server gave out.', [fieldError('cursor', 'invalid', 'unknown cursor')]);

/** The key a cursor of this list carries; any other text (another list's, an older form, a changed one) is a 400. */
function cursorKey(cursor: string, order: ListOrder<never>): Key {
  const text = Buffer.from(cursor, 'base64url').toString();
  const prefix = `${CURSOR_VERSION}:`;
  let parts: unknown;
  try {
    parts = text.startsWith(prefix) ? JSON.parse(text.slice(prefix.length)) : undefined;
  } catch {
    throw unknownCursor();
  }
  if (!Array.isArray(parts) || parts[0] !== order.name) throw unknownCursor();
  const key = parts.slice(1) as unknown[];
  const fits =
    key.length === order.columns.length &&
    key.every((value, i) =>
      order.columns[i]!.type === 'number' ? Number.isSafeInteger(value) : typeof value === 'string' && !characterError('cursor', value),
    );
  // Only the text this server writes for that key: base64url allows other spellings of it.
  if (!fits || encodeCursor(order.name, key as Key) !== cursor) throw unknownCursor();
  return key as Key;
}

/** One page of a list in its order, from the cursor on; reads one row more than asked, to know whether another page follows. */
export async function paginate<R, T>(
  request: PageRequest | undefined,
  order: ListOrder<NoInfer<R>>,
  read: (page: Page) => Promise<R[]>,
  present: (row: R) => T | Promise<T>,
): Promise<PageResult<T>> {
  const limit = Math.min(request?.limit ?? DEFAULT_LIMIT, MAX_LIMIT);
  const rows = await read({ limit: limit + 1, after: request?.cursor ? cursorKey(request.cursor, order) : undefined });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: await Promise.all(items.map(present)), next: rows.length > limit && last ? encodeCursor(order.name, order.keyOf(last)) : null };
}
