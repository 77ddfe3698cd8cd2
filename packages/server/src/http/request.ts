import { characterError, describeFieldError, DomainError, fieldError, formatPath, unstorablePlaces } from '@kurs/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { PageResult } from '../services/pagination.js';
import { etagOf } from './etag.js';
import { badRequest } from './problem.js';

const JSON_TYPES = ['application/json', 'application/merge-patch+json'];

function mediaType(c: Context): string {
  const [type = '', ...parameters] = (c.req.header('content-type') ?? '').split(';');
  const charset = parameters.map((p) => /^\s*charset\s*=\s*"?([^"\s]*)"?\s*$/i.exec(p)?.[1]).find(Boolean);
  // The body is read as UTF-8: text in another encoding would be stored garbled.
  if (charset && !/^utf-?8$/i.test(charset)) throw new DomainError('unsupported', `Send the body as UTF-8 (got charset=${charset}).`);
  return type.trim().toLowerCase();
}

/** Nothing Kurs takes nests this deep; deeper bodies would overflow the stack of the recursive code that reads them. */
export const MAX_JSON_DEPTH = 64;

/** Whether objects and arrays nest deeper than `max` levels (looked at without recursion). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [object, number][] = typeof value === 'object' && value !== null ? [[value, 1]] : [];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    for (const child of Object.values(node)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** The body as text; bytes that are not UTF-8 are a 400, never read as U+FFFD and stored. */
async function bodyText(c: Context): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
  } catch (error) {
    if (error instanceof TypeError) throw badRequest('The body is not UTF-8 text.');
    throw error;
  }
}

/**
 * The request body as JSON; a body that is not JSON, or nests too deep, is a 400 naming why.
 * A text or number in it that cannot be stored (shared/storable.ts) is a 422 naming its field.
 */
export async function jsonBody(c: Context): Promise<unknown> {
  const type = mediaType(c);
  if (!JSON_TYPES.includes(type)) {
    throw new DomainError('unsupported', `Send the body as application/json (got ${type || 'no Content-Type'}).`);
  }
  const text = await bodyText(c);
  if (!text.trim()) throw badRequest('The request has no body; send a JSON object.');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw badRequest(`The body is not valid JSON: ${(error as Error).message}`);
  }
  if (nestsDeeperThan(body, MAX_JSON_DEPTH)) throw badRequest(`The body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels.`);
  const unstorable = unstorablePlaces(body);
  if (unstorable.length > 0) {
    const errors = unstorable.map(({ path, error }) => ({ ...error, path: formatPath(path) }));
    throw new DomainError('invalid', `The body holds a value that cannot be stored; the first: ${describeFieldError(errors[0]!)}`, errors);
  }
  return body;
}

/** One part of a path or query, decoded; a bad escape or a text that cannot be stored is a 400 naming it. */
function decodedPart(part: string, name: string): string {
  let text: string;
  try {
    text = decodeURIComponent(part);
  } catch {
    throw badRequest(`The ${name} has an escape that is not UTF-8: ${part}`, [fieldError(name, 'invalid_format', 'not a valid %-escape', { format: 'url' })]);
  }
  const error = characterError(name, text);
  if (error) throw badRequest(`The ${name} ${error.message}.`, [error]);
  return text;
}

/**
 * Paths and query parameters whose text no database can hold (a NUL, or an escape that is not
 * UTF-8) are refused before anything reads them: an id, a filter or a sign-in lookup with one
 * would fail in PostgreSQL and pass in SQLite.
 */
export const storableUrl: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const queryAt = url.indexOf('?');
  const path = new URL(url).pathname;
  for (const segment of path.split('/')) if (segment.includes('%')) decodedPart(segment, 'path');
  if (queryAt !== -1) {
    for (const pair of url.slice(queryAt + 1).split('#')[0]!.split('&')) {
      const [name = '', value = ''] = pair.split(/=(.*)/s).map((part) => part.replace(/\+/g, ' '));
      const key = decodedPart(name, 'query');
      decodedPart(value, key || 'query');
    }
  }
  await next();
};

const YAML_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml'];

/** A plan document body: JSON or YAML by Content-Type (YAML when the type says nothing else). */
export async function documentBody(c: Context): Promise<{ text: string; format?: 'yaml' | 'json' }> {
  const type = mediaType(c);
  const format = type === 'application/json' ? 'json' : YAML_TYPES.includes(type) ? 'yaml' : undefined;
  if (type && !format && type !== 'text/plain' && type !== 'application/octet-stream') {
    throw new DomainError('unsupported', `Send the plan document as application/json or application/yaml (got ${type}).`);
  }
  const text = await bodyText(c);
  if (!text.trim()) throw badRequest('The request has no body; send a plan document.');
  return { text, format };
}

export function listBody<T, U>(result: PageResult<T>, present: (item: T) => U): { items: U[]; next_cursor: string | null } {
  return { items: result.items.map(present), next_cursor: result.next };
}

export function withEtag(c: Context, version: number, prefix = ''): void {
  c.header('ETag', etagOf(version, prefix));
}
