import { DomainError, describeFieldError, formatPath } from '../shared/errors.js';
import { unstorablePlaces } from '../shared/storable.js';
import { check, type Checked, inTextOrder, judgeChange, type PlanResult } from './plan.check.js';
import { readJson } from './plan.json.js';
import type { PlanDocument } from './plan.schema.js';
import { readYaml } from './plan.yaml.js';

export type { PlanResult } from './plan.check.js';

export type PlanFormat = 'yaml' | 'json';

export interface ReadPlanOptions {
  /** Without it, a text that starts with "{" is JSON and anything else YAML. */
  format?: PlanFormat;
}


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
  const { plan, errors } = judgeChange(() => check(before).errors, after, check(after));
  return plan ? { plan, errors } : { errors };
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
