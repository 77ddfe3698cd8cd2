import type { z } from 'zod';
import type { PathSegment } from './plan.source.js';

/** A schema error before it is placed in a text: the path as segments, and whether it names a field's key. */
export interface SchemaProblem {
  path: PathSegment[];
  message: string;
  onKey: boolean;
}

/** Words for the issues that the schema leaves to zod's defaults. */
export const schemaErrorWords = (issue: z.core.$ZodRawIssue): string | undefined => {
  if (issue.code === 'invalid_type' && issue.expected === 'object') {
    return (issue.path ?? []).length === 0
      ? 'the plan document must be an object with the fields "kurs" and "plan"'
      : 'must be an object with fields';
  }
  return undefined;
};

/**
 * zod issues as the format's own words: an unknown field is named on the field itself, and a
 * field that is not there is "required" (the schema's "must be text" would puzzle).
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], value: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: [...path, key], message: `unknown field "${key}"`, onKey: true });
    } else if (issue.code === 'invalid_type' && path.length > 0 && valueAt(value, path) === undefined) {
      problems.push({ path, message: 'required', onKey: false });
    } else {
      problems.push({ path, message: issue.message, onKey: false });
    }
  }
  return problems;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let at = value;
  for (const segment of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, segment)) return undefined;
    at = (at as Record<PathSegment, unknown>)[segment];
  }
  return at;
}
