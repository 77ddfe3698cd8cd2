import type { Expected } from '../services/concurrency.js';

/** ETag of a row at a version: "3". The whole plan document uses "r<revision>". */
export const etagOf = (version: number, prefix = ''): string => `"${prefix}${version}"`;

/** The version an If-Match header names; a tag that is not ours can only be stale (-1). */
export function expectedFrom(header: string | undefined, prefix = ''): Expected {
  if (header === undefined || header.trim() === '') return undefined;
  if (header.trim() === '*') return 'any';
  const m = /^(?:W\/)?"([^"]*)"$/.exec(header.trim().split(',')[0]!.trim());
  if (!m || !m[1]!.startsWith(prefix)) return -1;
  const n = Number(m[1]!.slice(prefix.length));
  return Number.isInteger(n) && n >= 0 ? n : -1;
}
