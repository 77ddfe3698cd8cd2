import type { Context } from 'hono';
import type { Expected } from '../services/concurrency.js';
import type { OpenedView } from '../services/derived-views.service.js';

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

/** Whether If-None-Match names this tag (compared weakly: a gzipped answer's tag is weak) or is `*`. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined || header.trim() === '') return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * A derived view's answer with its ETag, or 304 when the client has it already (nothing is
 * computed or read then). `no-cache` makes the browser ask each time with If-None-Match (fetch
 * does that by itself and gives the page the kept answer as a 200).
 */
export async function viewAnswer(c: Context, view: OpenedView): Promise<Response> {
  const cacheControl = 'private, no-cache';
  if (noneMatch(c.req.header('if-none-match'), view.etag)) return c.body(null, 304, { ETag: view.etag, 'Cache-Control': cacheControl });
  const answer = await view.answer();
  const headers = { ETag: answer.etag, 'Cache-Control': cacheControl, 'Content-Type': 'application/json' };
  // As the compress middleware would (over 1 kB, to a client that takes gzip), from the copy kept with the answer.
  if (answer.body.length >= 1024 && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
    return c.body((await answer.gzipped()) as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
  }
  return c.body(answer.body, 200, headers);
}
