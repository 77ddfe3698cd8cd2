import { DomainError } from '@kurs/core';

/**
 * What a database error says about a clash with a transaction that ran at the same moment:
 * a key taken meanwhile, a row referred to that was deleted meanwhile, or a deadlock or
 * serialisation failure (the database chose this transaction to give way).
 */
export type Clash = 'unique' | 'gone' | 'give_way';

const CLASHES: Record<string, Clash> = {
  '23505': 'unique',
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  '23503': 'gone',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'gone',
  '40P01': 'give_way',
  '40001': 'give_way',
  SQLITE_BUSY: 'give_way',
};

export function clashOf(error: unknown): Clash | undefined {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? CLASHES[code] : undefined;
}

const MESSAGES: Record<Clash, DomainError> = {
  unique: new DomainError('conflict', 'Someone else stored the same thing at the same moment. Reload and try again.'),
  gone: new DomainError('not_found', 'What this change belongs to was deleted at the same moment.'),
  give_way: new DomainError('conflict', 'This change met another one made at the same moment. Try again.'),
};

/** The clash as the answer a caller can act on (409 or 404); any other error as it is. */
export function asDomainError(error: unknown): unknown {
  const clash = clashOf(error);
  if (!clash) return error;
  const { code, message } = MESSAGES[clash];
  return new DomainError(code, message);
}
