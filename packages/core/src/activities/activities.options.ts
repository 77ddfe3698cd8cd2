import { isoDateSchema } from '../plan/plan.schema.js';
import type { FieldError } from '../shared/errors.js';

/** Errors for the named options that are given but are not ISO dates (options come from URLs and forms). */
export function dateOptionErrors<K extends string>(options: Partial<Record<K, string>>, keys: readonly K[]): FieldError[] {
  return keys
    .filter((key) => options[key] !== undefined && !isoDateSchema.safeParse(options[key]).success)
    .map((key) => ({ path: key, message: 'must be a date written YYYY-MM-DD' }));
}
