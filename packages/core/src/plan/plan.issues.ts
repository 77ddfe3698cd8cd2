import type { z } from 'zod';

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
 * How the plan document is parsed: with the format's own words, and with every issue's input,
 * so that a field that is not there reads "required" (shared/issues.ts).
 */
export const SCHEMA_PARSE = { error: schemaErrorWords, reportInput: true } as const;
