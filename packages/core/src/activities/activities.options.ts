import { isoDateSchema } from '../plan/plan.schema.js';
import { fieldError, type FieldError } from '../shared/errors.js';

/** Errors for the named options that are given but are not ISO dates (options come from URLs and forms). */
export function dateOptionErrors<K extends string>(options: Partial<Record<K, string>>, keys: readonly K[]): FieldError[] {
  return keys
    .filter((key) => options[key] !== undefined && !isoDateSchema.safeParse(options[key]).success)
    .map((key) => fieldError(key, 'invalid_date', 'must be a date written YYYY-MM-DD', { value: String(options[key]) }));
}
