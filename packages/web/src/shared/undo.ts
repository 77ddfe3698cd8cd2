import type { EntityPatch } from './api/api.resources';
import type { CollectionName } from './api/api.types';

/*
 * The last change made in place (a cell, a bulk edit), kept so that it can be taken back.
 * One for the whole app: Ctrl+Z undoes the newest change whichever table made it, and once.
 */

/** One entity's change: what to send back, and the version the change made (the undo's If-Match). */
export interface UndoChange<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  /** The version the change made: the undo is refused (412) if the entity has moved on since. */
  version: number;
  /** The changed fields as they were before, null for one that was absent. */
  before: EntityPatch<C>;
}

export interface UndoRecord {
  ws: string;
  plan: string;
  /** What the change was, in words, for the notice that offers the undo. */
  message: string;
  changes: UndoChange[];
}

/** The fields of `patch` as `entity` had them: the patch that brings them back (absent → null). */
export function previousValues<C extends CollectionName>(entity: Record<string, unknown>, patch: EntityPatch<C>): EntityPatch<C> {
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(patch)) before[key] = entity[key] ?? null;
  return before as EntityPatch<C>;
}

let last: UndoRecord | null = null;

export function rememberChange(record: UndoRecord): void {
  last = record.changes.length > 0 ? record : null;
}

/** What the last change was, without taking it: whether an "Undo" beside its summary still undoes it. */
export function lastChangeMessage(): string | null {
  return last?.message ?? null;
}

/** The last change, forgotten as it is handed out, so that it is undone at most once. */
export function takeLastChange(): UndoRecord | null {
  const record = last;
  last = null;
  return record;
}

const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** Whether a key press there types text (Ctrl+Z then undoes typing, not the last change). */
export function isTextField(target: EventTarget | null): boolean {
  const element = target as Partial<HTMLInputElement> | null;
  if (!element?.tagName) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  return tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !NOT_TYPED.has(element.type ?? 'text'));
}
