import { DomainError, fieldErrorsOf, TEXT_LIMITS, type PathSegment } from '@kurs/core';
import { z } from 'zod';

/** The body parsed by the schema, or a 422 that names every wrong field with its code. */
export function parseInput<T extends z.ZodType>(schema: T, body: unknown, what: string, path: PathSegment[] = []): z.infer<T> {
  const result = schema.safeParse(body, { reportInput: true });
  if (!result.success) throw new DomainError('invalid', `${what} is not valid.`, fieldErrorsOf(result.error.issues, path));
  return result.data;
}

/** A name a user gives (a workspace's, an account's, a token's, a share link's): as long as a name in a plan may be. */
export const nameField = z
  .string({ error: 'must be text' })
  .trim()
  .min(1, 'must not be empty')
  .max(TEXT_LIMITS.name, `must be at most ${TEXT_LIMITS.name} characters`);

/** How long a token lasts (an API token, a share link's): whole days up to a year, or null for never. */
export const expiresInDaysField = z
  .number({ error: 'must be a number of days' })
  .int('must be whole days')
  .min(1, 'must be at least 1')
  .max(365, 'must be at most 365')
  .nullable()
  .optional()
  .meta({ description: 'Default 90; null: never expires' });

/** When a token of `expires_in_days` days ends, from now: in 90 days when not given, never when null. */
export function expiryOf(days: number | null | undefined): string | null {
  if (days === null) return null;
  return new Date(Date.now() + (days ?? 90) * 24 * 60 * 60 * 1000).toISOString();
}
