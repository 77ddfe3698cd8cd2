import { z } from 'zod';
import { DomainError } from '../shared/errors.js';
import { fieldErrorsOf } from '../shared/issues.js';
import { SCHEMA_PARSE } from './plan.issues.js';
import { normalizePlan } from './plan.normalize.js';
import type { PlanFormat } from './plan.parse.js';
import { isoDateSchema, planDocumentSchema, type PlanDocument } from './plan.schema.js';
import { libraryYaml, writeSimpleYaml } from './plan.yaml-writer.js';

/** The identifier of the generated JSON Schema; editors use it to tell schemas apart. */
export const PLAN_JSON_SCHEMA_ID = 'urn:kurs:plan-document:1';

/**
 * The canonical text of a plan: normalised (every id given, one measurement per KPI and date),
 * fields in the schema's order, YAML in block style with no folded lines, JSON with a 2-space
 * indent; both end with a newline. Reading the text back and exporting again gives the same bytes.
 */
export function exportPlan(plan: PlanDocument, format: PlanFormat): string {
  const normalized = normalizePlan(plan);
  // Parsing through the schema puts every object's fields in the schema's order.
  const parsed = planDocumentSchema.safeParse(normalized, SCHEMA_PARSE);
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error.issues);
    throw new DomainError('invalid', 'The plan breaks the plan document format and cannot be exported', errors);
  }
  if (format === 'json') return `${JSON.stringify(parsed.data, null, 2)}\n`;
  return writeSimpleYaml(parsed.data) ?? libraryYaml(parsed.data);
}

/** The JSON Schema (draft 2020-12) of the plan document, for editors and `kurs schema`. */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    // The calendar check is a refinement, which JSON Schema cannot carry: say what it can.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === isoDateSchema) Object.assign(jsonSchema, { format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    },
  });
  return { ...schema, $id: PLAN_JSON_SCHEMA_ID, title: 'Kurs plan document' };
}
