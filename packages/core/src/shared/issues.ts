import type { z } from 'zod';
import { FIELD_ERROR_CODES, formatPath, type ErrorParams, type FieldError, type FieldErrorCode, type PathSegment } from './errors.js';
import { FORMAT_PATTERNS } from './plan-values.js';

/*
 * zod issues as field errors with a code and the facts of the code (shared/errors.ts), so that
 * the web app can word them in the reader's language. The English message stays the schema's own.
 * Parse with `{ reportInput: true }`: a missing field is then told from a wrong one.
 */

/** An issue before it is placed in a text: the path as segments, and whether it names a field's key. */
export interface IssueProblem {
  path: PathSegment[];
  code: FieldErrorCode;
  params?: ErrorParams;
  message: string;
  onKey: boolean;
}

/** The name of each written form the schema checks, by its pattern as a zod issue gives it ("/^\d{4}-Q[1-4]$/"). */
const FORMAT_OF_PATTERN = new Map<string, string>(Object.entries(FORMAT_PATTERNS).map(([format, pattern]) => [String(pattern), format]));

const KNOWN_CODES = new Set<string>(FIELD_ERROR_CODES);

export function issueProblems(issues: readonly z.core.$ZodIssue[]): IssueProblem[] {
  const problems: IssueProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));
    const problem = (code: FieldErrorCode, params?: ErrorParams, message = issue.message): void => {
      problems.push(params ? { path, code, params, message, onKey: false } : { path, code, message, onKey: false });
    };
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          problems.push({ path: [...path, key], code: 'unknown_field', params: { field: key }, message: `unknown field "${key}"`, onKey: true });
        }
        break;
      case 'invalid_type':
        // The schema's "must be text" would puzzle for a field that is not there at all.
        if (missing(issue, path)) problem('required', undefined, 'required');
        else problem('invalid_type', { expected: issue.expected });
        break;
      case 'too_small':
        problem('too_small', { minimum: Number(issue.minimum), origin: issue.origin, inclusive: issue.inclusive !== false });
        break;
      case 'too_big':
        problem('too_big', { maximum: Number(issue.maximum), origin: issue.origin, inclusive: issue.inclusive !== false });
        break;
      case 'invalid_value':
        if (missing(issue, path)) problem('required');
        else problem('not_in_list', { options: issue.values.map(String) });
        break;
      case 'invalid_format':
        problem('invalid_format', { format: issue.format === 'regex' && issue.pattern ? formatOfPattern(issue.pattern) : issue.format });
        break;
      case 'custom':
        custom(issue, problem);
        break;
      default:
        problem('invalid');
    }
  }
  return problems;
}

/** A field that is not there at all (known only when the parse reported inputs). */
function missing(issue: z.core.$ZodIssue, path: readonly PathSegment[]): boolean {
  return path.length > 0 && 'input' in issue && issue.input === undefined;
}

/** Field errors of zod issues, their paths below `prefix`. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], prefix: readonly PathSegment[] = []): FieldError[] {
  return issueProblems(issues).map(({ path, onKey: _onKey, ...rest }) => ({ path: formatPath([...prefix, ...path]), ...rest }));
}

/** A refinement names its code in its params (`{ params: { code: 'invalid_date' } }`); the input becomes `value`. */
function custom(issue: z.core.$ZodIssueCustom, problem: (code: FieldErrorCode, params?: ErrorParams) => void): void {
  const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
  if (typeof code !== 'string' || !KNOWN_CODES.has(code)) return problem('invalid');
  const facts: ErrorParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') facts[key] = value;
  }
  if (typeof issue.input === 'string') facts.value = issue.input;
  problem(code as FieldErrorCode, Object.keys(facts).length > 0 ? facts : undefined);
}

/** The name of the written form a pattern asks for: one of FORMAT_PATTERNS, else 'other'. */
export function formatOfPattern(pattern: string): string {
  return FORMAT_OF_PATTERN.get(pattern) ?? 'other';
}
