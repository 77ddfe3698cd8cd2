import type { FieldError } from '@kurs/core';
import type { ApiError } from '../../shared/api/api.client';

/** The server's rules for a password (docs/api.md): 10 to 256 characters. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

export type PasswordProblem = 'short' | 'long';

export function passwordProblem(password: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN) return 'short';
  if (password.length > PASSWORD_MAX) return 'long';
  return null;
}

/** A first check before asking the server, which has the last word. */
export function looksLikeEmail(email: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
}

/** The server's message per field of a refused form (422), for the fields the form shows, in `say`'s words. */
export function fieldMessages(error: ApiError | null, fields: readonly string[], say: (error: FieldError) => string = (e) => e.message): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const e of error?.errors ?? []) {
    if (fields.includes(e.path) && !messages[e.path]) messages[e.path] = say(e);
  }
  return messages;
}
