import { DomainError, fieldErrorsOf, type PathSegment } from '@kurs/core';
import type { z } from 'zod';

/** The body parsed by the schema, or a 422 that names every wrong field with its code. */
export function parseInput<T extends z.ZodType>(schema: T, body: unknown, what: string, path: PathSegment[] = []): z.infer<T> {
  const result = schema.safeParse(body, { reportInput: true });
  if (!result.success) throw new DomainError('invalid', `${what} is not valid.`, fieldErrorsOf(result.error.issues, path));
  return result.data;
}
