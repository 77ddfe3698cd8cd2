import { DomainError, type EditResult, fieldError, type FieldError, type PlanDocument, type PlanEdit, type PlanIndex, validateChange } from '@kurs/core';

/** Error paths relative to the part of the document the request changed ("goals[3].kpi" → "kpi"). */
function relativeTo(errors: readonly FieldError[], focus: string): FieldError[] {
  if (!focus) return [...errors];
  return errors.map((e) => {
    if (e.path === focus) return { ...e, path: '' };
    if (e.path.startsWith(`${focus}.`)) return { ...e, path: e.path.slice(focus.length + 1) };
    if (e.path.startsWith(`${focus}[`)) return { ...e, path: e.path.slice(focus.length) };
    return e;
  });
}

/** How a refusal names its errors: relative to the part of the plan the request wrote, or mapped to the request's own fields. */
export type RequestPaths = string | ((errors: readonly FieldError[]) => FieldError[]);

/**
 * Every write to a stored plan passes here: the whole plan as it would be after the change
 * (schema and every rule), judged against the plan before it. A write is refused only for the
 * errors it brings; an error the stored plan already had (found by a rule newer than the plan)
 * does not lock the user out of unrelated writes. The health check names such an error.
 */
export function assertValidChange(before: PlanDocument, after: unknown, what: string, paths: RequestPaths): PlanDocument {
  return accepted(validateChange(before, after), what, paths);
}

/**
 * The same for a change to one item of a list, judged by the rules it can break (core's
 * PlanIndex.validate gives validateChange's answer): the plan after it, and whether that plan
 * is clean (for the next write's index).
 */
export function assertValidEdit(index: PlanIndex, edit: PlanEdit, what: string, paths: RequestPaths): { plan: PlanDocument; clean: boolean } {
  const result = index.validate(edit);
  return { plan: accepted(result, what, paths), clean: result.clean };
}

function accepted({ plan, errors }: { plan?: PlanDocument; errors: FieldError[] }, what: string, paths: RequestPaths): PlanDocument {
  if (!plan) throw new DomainError('invalid', `${what} is not valid.`, typeof paths === 'string' ? relativeTo(errors, paths) : paths(errors));
  return plan;
}

/**
 * The same for a delete from a list. The errors it brings are, as a rule, the places that still refer to
 * what goes: then it is "still used elsewhere" (409), each place named with code `uses`. Any
 * other error it would bring is reported as what it is (422).
 */
export function assertValidDelete(index: PlanIndex, edit: PlanEdit & { kind: 'delete' }, what: { label: string; id: string }): EditResult {
  const result = index.validate(edit);
  const { errors } = result;
  if (errors.length === 0) return result;
  const isUse = (e: FieldError) => e.code === 'unknown_reference' && e.params?.id === what.id;
  const named = errors.map((e) => (isUse(e) ? fieldError(e.path, 'uses', `uses the ${e.params!.kind} "${what.id}"`, e.params) : e));
  if (errors.every(isUse)) {
    throw new DomainError('conflict', `The ${what.label} "${what.id}" is still used elsewhere in the plan. Remove those links first.`, named, {
      reason: 'in_use',
      params: { id: what.id },
    });
  }
  throw new DomainError('invalid', `Deleting the ${what.label} "${what.id}" would leave the plan invalid.`, named);
}
