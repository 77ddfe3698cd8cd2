import { useState } from 'react';
import { idFromName } from './ids';

/*
 * Forms edit a draft: an entity's fields without its id and version. Saving a stored entity
 * sends only what changed (null removes a field, as PATCH asks); a new one gets an id from
 * its name. Empty texts and lists mean "not given": the plan format leaves such fields out.
 */

type Fields = Record<string, unknown>;
export type Draft<T> = Omit<T, 'id' | 'version'>;
/** A PATCH body: the changed fields, null for a removed one. */
export type Changes<T> = { [K in keyof Draft<T>]?: Draft<T>[K] | null };

function given(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

const clean = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);
const comparable = (value: unknown): unknown => (given(value) ? clean(value) : undefined);

export function draftOf<T extends { id: string }>(entity: T & { version?: number }): Draft<T> {
  const { id: _id, version: _version, ...draft } = entity;
  return draft as Draft<T>;
}

/** The fields that differ between the stored entity and the draft; an emptied field is null. */
export function changedFields<T extends object>(stored: T, draft: Draft<T>): Changes<T> {
  const before = draftOf(stored as T & { id: string }) as Fields;
  const after = draft as Fields;
  const patch: Fields = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = comparable(before[key]);
    const b = comparable(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) patch[key] = b === undefined ? null : b;
  }
  return patch as Changes<T>;
}

/** A new entity from a draft: the given fields, and an id made from `name` unique among `takenIds`. */
export function newEntity<T extends { id: string }>(draft: Draft<T>, name: string, takenIds: Iterable<string>, fallback: string): T {
  const entity: Fields = {};
  for (const [key, value] of Object.entries(draft as Fields)) {
    if (given(value)) entity[key] = clean(value);
  }
  return { ...entity, id: idFromName(name, takenIds, fallback) } as T;
}

/**
 * Whether a form's values differ from those it opened with, compared as JSON: input that
 * closing or leaving would drop. Give it what the form would save (trimmed, empties left out),
 * so that typing a space and deleting it again is no change.
 */
export function useEdited(values: unknown): boolean {
  const [opened] = useState(() => JSON.stringify(values));
  return JSON.stringify(values) !== opened;
}
