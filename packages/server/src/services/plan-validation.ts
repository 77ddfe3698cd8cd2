import { DomainError, type FieldError, type PlanDocument, validatePlan } from '@kurs/core';

/** Error paths relative to the part of the document the request changed ("goals[3].kpi" → "kpi"). */
export function relativeTo(errors: readonly FieldError[], focus: string): FieldError[] {
  if (!focus) return [...errors];
  return errors.map((e) => {
    if (e.path === focus) return { ...e, path: '' };
    if (e.path.startsWith(`${focus}.`)) return { ...e, path: e.path.slice(focus.length + 1) };
    if (e.path.startsWith(`${focus}[`)) return { ...e, path: e.path.slice(focus.length) };
    return e;
  });
}

/**
 * Validates the whole plan as it would be after a change (schema and every reference rule),
 * so that what is stored is always a valid plan document.
 */
export function assertValidChange(doc: unknown, focus: string, what: string): PlanDocument {
  const { plan, errors } = validatePlan(doc);
  if (errors.length || !plan) throw new DomainError('invalid', `${what} is not valid.`, relativeTo(errors, focus));
  return plan;
}
