import { formatPath, type ErrorParams, type FieldError, type FieldErrorCode, type PathSegment } from '../shared/errors.js';
import { issueProblems } from '../shared/issues.js';
import { introducedErrors } from './plan.change.js';
import { SCHEMA_PARSE } from './plan.issues.js';
import { checkPlanRules } from './plan.rules.js';
import { planDocumentSchema, type PlanDocument, writtenVersion } from './plan.schema.js';
import type { SourceDocument } from './plan.source.js';

/*
 * A value judged as a plan document: the schema and the rules, every error at once. The whole
 * plan (plan.parse.ts) or the plan after one change (plan.edit.ts) is judged here.
 */

/** A plan, or the errors that stop it: syntax errors, else schema and rule errors together. */
export interface PlanResult {
  plan?: PlanDocument;
  errors: FieldError[];
}

export interface Checked extends PlanResult {
  stage: 'syntax' | 'invalid';
  /** The value as the schema read it, when it passed the schema (it may still break a rule). */
  parsed?: PlanDocument;
}

type Locate = SourceDocument['locate'];

/**
 * A change judged by the errors it brings (plan.change.ts): `checked` is the plan after it, and
 * the errors before it are asked for only when that plan has errors. `clean` says that the plan
 * after it has no error at all.
 */
export function judgeChange(errorsBefore: () => readonly FieldError[], after: unknown, checked: Checked): PlanResult & { clean: boolean } {
  if (checked.plan) return { plan: checked.plan, errors: [], clean: true };
  const errors = introducedErrors(errorsBefore(), checked.errors);
  if (errors.length) return { errors, clean: false };
  // A value that failed the schema only where `before` did has no read of it: it is kept as it is (its text untrimmed).
  return { plan: checked.parsed ?? (after as PlanDocument), errors: [], clean: false };
}

/** Schema errors first, then the rule errors at paths the schema did not already name. */
export function withRuleErrors(schemaErrors: FieldError[], ruleErrors: readonly FieldError[]): FieldError[] {
  const schemaPaths = new Set(schemaErrors.map((error) => error.path));
  return [...schemaErrors, ...ruleErrors.filter((error) => !schemaPaths.has(error.path))];
}

export function check(value: unknown, locate?: Locate): Checked {
  const place = (
    path: readonly PathSegment[],
    error: { code: FieldErrorCode; params?: ErrorParams; message: string },
    onKey = false,
  ): FieldError => ({ path: formatPath(path), ...error, ...locate?.(path, onKey) });

  if (value === null || value === undefined) {
    const message = 'the document is empty; a plan starts with "kurs: 1" and "plan"';
    return { errors: [place([], { code: 'empty_document', message })], stage: 'invalid' };
  }
  // Another version's fields mean other things: its version is the only error worth naming.
  const kurs = fieldOf(value, 'kurs');
  const version = planDocumentSchema.shape.kurs.safeParse(kurs);
  if (!version.success && kurs !== undefined) {
    const error = { code: 'unsupported_version', params: { version: writtenVersion(kurs) }, message: version.error.issues[0].message } as const;
    return { errors: [place(['kurs'], error)], stage: 'invalid' };
  }

  const parsed = planDocumentSchema.safeParse(value, SCHEMA_PARSE);
  const schemaErrors = parsed.success
    ? []
    : issueProblems(parsed.error.issues).map(({ path, onKey, ...error }) => place(path, error, onKey));
  // The rules read defensively, so they also run on a document that failed the schema.
  const ruleErrors = checkPlanRules((parsed.success ? parsed.data : value) as PlanDocument).map(({ path, ...error }) => place(segmentsOf(path), error));
  const errors = withRuleErrors(inTextOrder(schemaErrors), inTextOrder(ruleErrors));
  if (parsed.success && errors.length === 0) return { plan: parsed.data, errors, stage: 'invalid' };
  return { errors, stage: 'invalid', ...(parsed.success && { parsed: parsed.data }) };
}

/** Errors in the order of the text they point at, when they point at one. */
export function inTextOrder(errors: FieldError[]): FieldError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function fieldOf(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

/** ["goals", 2, "kpi"] from "goals[2].kpi"; rule paths hold only the format's field names. */
function segmentsOf(path: string): PathSegment[] {
  return (path.match(/[^.[\]]+|\[\d+\]/g) ?? []).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}
