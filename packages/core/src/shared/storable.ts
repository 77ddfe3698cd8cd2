import { fieldError, type FieldError, type PathSegment } from './errors.js';

/*
 * What no database of Kurs can hold, refused where input is read (plan files, JSON bodies,
 * measurement files, paths and queries) rather than per route: a NUL character (PostgreSQL's
 * text has none, so SQLite would store what a backup cannot restore), a lone UTF-16 surrogate
 * (it has no UTF-8, so it would be stored as U+FFFD behind a success), and a number that is not
 * finite (a 310-digit value reads as Infinity, which JSON cannot write back).
 */

const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The field error of a text with such a character (named "U+0000"), or undefined when it can be stored. */
export function characterError(path: string, text: string): FieldError | undefined {
  const found = UNSTORABLE.exec(text);
  if (!found) return undefined;
  const character = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return fieldError(path, 'invalid_character', `contains the character ${character}, which cannot be stored; remove it`, { character });
}

function numberTooLarge(path: string): FieldError {
  return fieldError(path, 'number_too_large', 'the number is too large to be stored (or not a finite number)');
}

/** A place in a parsed value that cannot be stored: `onKey` when it is a field's name. */
export interface UnstorablePlace {
  path: PathSegment[];
  onKey: boolean;
  error: FieldError;
}

/** At most this many places are named: a body full of them needs no thousand messages. */
const MAX_PLACES = 20;

interface Visit {
  value: unknown;
  key: PathSegment | undefined;
  parent: Visit | undefined;
}

function pathOf(visit: Visit): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Visit | undefined = visit; at?.key !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Every string, field name and number in a parsed JSON or YAML value that cannot be stored.
 * Walked without recursion (the caller has limited the depth), and without building a path
 * for each value, since a plan can hold a hundred thousand. Error paths are formatted by the
 * caller (`error.path` is empty), which knows whether it can point at a line.
 */
export function unstorablePlaces(value: unknown): UnstorablePlace[] {
  const found: UnstorablePlace[] = [];
  const stack: Visit[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0 && found.length < MAX_PLACES) {
    const visit = stack.pop()!;
    const node = visit.value;
    if (typeof node === 'string') {
      const error = characterError('', node);
      if (error) found.push({ path: pathOf(visit), onKey: false, error });
    } else if (typeof node === 'number') {
      if (!Number.isFinite(node)) found.push({ path: pathOf(visit), onKey: false, error: numberTooLarge('') });
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], key: i, parent: visit });
    } else if (typeof node === 'object' && node !== null) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const child: Visit = { value: (node as Record<string, unknown>)[key], key, parent: visit };
        const error = characterError('', key);
        if (error) found.push({ path: pathOf(child), onKey: true, error });
        else stack.push(child);
      }
    }
  }
  return found;
}
