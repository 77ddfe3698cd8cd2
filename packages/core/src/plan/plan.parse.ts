import { DomainError, describeFieldError, formatPath, type ErrorParams, type FieldError, type FieldErrorCode, type PathSegment } from '../shared/errors.js';
import { issueProblems } from '../shared/issues.js';
import { unstorablePlaces } from '../shared/storable.js';
import { introducedErrors } from './plan.change.js';
import { SCHEMA_PARSE } from './plan.issues.js';
import { readJson } from './plan.json.js';
import { checkPlanRules } from './plan.rules.js';
import { planDocumentSchema, type PlanDocument, writtenVersion } from './plan.schema.js';
import type { SourceDocument } from './plan.source.js';
import { readYaml } from './plan.yaml.js';

export type PlanFormat = 'yaml' | 'json';

export interface ReadPlanOptions {
  /** Without it, a text that starts with "{" is JSON and anything else YAML. */
  format?: PlanFormat;
}

/** A plan, or the errors that stop it: syntax errors, else schema and rule errors together. */
export interface PlanResult {
  plan?: PlanDocument;
  errors: FieldError[];
}

interface Checked extends PlanResult {
  stage: 'syntax' | 'invalid';
  /** The value as the schema read it, when it passed the schema (it may still break a rule). */
  parsed?: PlanDocument;
}

type Locate = SourceDocument['locate'];

export function detectPlanFormat(text: string): PlanFormat {
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}

/** Reads a plan file; never throws for bad input. Each error carries its line and column. */
export function readPlan(text: string, options: ReadPlanOptions = {}): PlanResult {
  const { plan, errors } = read(text, options);
  return plan ? { plan, errors } : { errors };
}

/** Checks an already parsed value (an HTTP JSON body): schema and rules, without positions. */
export function validatePlan(value: unknown): PlanResult {
  const { plan, errors } = check(value);
  return plan ? { plan, errors } : { errors };
}

/**
 * validatePlan of a plan after a change, judged against the plan before it: `errors` are only
 * those the change brings (plan.change.ts). A change that leaves an error of `before` as it was
 * gives the plan back, with that error still in it. `before` is checked only when `after` has
 * errors, so a change to a valid plan costs one validation, as validatePlan does.
 */
export function validateChange(before: unknown, after: unknown): PlanResult {
  const checked = check(after);
  if (checked.plan) return { plan: checked.plan, errors: [] };
  const errors = introducedErrors(check(before).errors, checked.errors);
  if (errors.length) return { errors };
  // A value that failed the schema only where `before` did has no read of it: it is kept as it is (its text untrimmed).
  return { plan: checked.parsed ?? (after as PlanDocument), errors: [] };
}

/** readPlan that returns the plan or throws DomainError 'syntax' or 'invalid' with every error. */
export function parsePlan(text: string, options: ReadPlanOptions = {}): PlanDocument {
  return planOrThrow(read(text, options));
}

/** validatePlan that returns the plan or throws DomainError 'invalid' with every error. */
export function assertValidPlan(value: unknown): PlanDocument {
  return planOrThrow(check(value));
}

function planOrThrow({ plan, errors, stage }: Checked): PlanDocument {
  if (plan) return plan;
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
  const what = stage === 'syntax' ? 'The plan file cannot be read' : 'The plan document is invalid';
  throw new DomainError(stage, `${what} (${count}); the first: ${describeFieldError(errors[0])}`, errors);
}

function read(text: string, options: ReadPlanOptions): Checked {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = options.format ?? detectPlanFormat(body);
  const source = format === 'json' ? readJson(body) : readYaml(body);
  if (source.errors.length > 0) return { errors: source.errors, stage: 'syntax' };
  const unstorable = unstorablePlaces(source.value).map(({ path, onKey, error }) => ({ ...error, path: formatPath(path), ...source.locate(path, onKey) }));
  if (unstorable.length > 0) return { errors: inTextOrder(unstorable), stage: 'invalid' };
  return check(source.value, source.locate);
}

function check(value: unknown, locate?: Locate): Checked {
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
  const schemaPaths = new Set(schemaErrors.map((error) => error.path));
  const ruleErrors = checkPlanRules((parsed.success ? parsed.data : value) as PlanDocument)
    .filter((error) => !schemaPaths.has(error.path))
    .map(({ path, ...error }) => place(segmentsOf(path), error));

  const errors = [...inTextOrder(schemaErrors), ...inTextOrder(ruleErrors)];
  if (parsed.success && errors.length === 0) return { plan: parsed.data, errors, stage: 'invalid' };
  return { errors, stage: 'invalid', ...(parsed.success && { parsed: parsed.data }) };
}

/** Errors in the order of the text they point at, when they point at one. */
function inTextOrder(errors: FieldError[]): FieldError[] {
  return errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function fieldOf(value: unknown, field: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
}

/** ["goals", 2, "kpi"] from "goals[2].kpi"; rule paths hold only the format's field names. */
function segmentsOf(path: string): PathSegment[] {
  return (path.match(/[^.[\]]+|\[\d+\]/g) ?? []).map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}
