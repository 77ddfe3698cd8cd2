import { DomainError, type FieldError, formatPath } from '@kurs/core';
import type { z } from 'zod';

/** Field errors of a zod failure, one per field, unknown fields named by their own path. */
export function fieldErrors(error: z.ZodError, prefix: (string | number)[] = []): FieldError[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: formatPath([...prefix, ...issue.path, key]), message: `unknown field "${key}"` }))
      : [{ path: formatPath([...prefix, ...issue.path]), message: issue.message }],
  );
}

/** The body parsed by the schema, or a 422 that names every wrong field. */
export function parseInput<T extends z.ZodType>(schema: T, body: unknown, what: string, path: (string | number)[] = []): z.infer<T> {
  const result = schema.safeParse(body);
  if (!result.success) throw new DomainError('invalid', `${what} is not valid.`, fieldErrors(result.error, path));
  return result.data;
}
