import { DOMAIN_ERROR_CODES, FIELD_ERROR_CODES, LOCALES, PROBLEM_REASONS, planDocumentSchema, planHeaderSchema } from '@kurs/core';
import { z } from 'zod';

/*
 * Shapes of requests and answers for the OpenAPI document. Entities are the core schemas
 * themselves, so the API and the plan document cannot drift apart.
 */

const version = z.number().int().min(1).meta({ description: 'Grows with every change; the ETag of the row' });
const timestamps = { created_at: z.string(), updated_at: z.string() };

const paramsSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
  .meta({ description: 'The facts of the code (dates as YYYY-MM-DD), for its words in the reader\'s language; docs/api.md lists them per code' });

export const fieldErrorSchema = z
  .object({
    path: z.string(),
    code: z.enum(FIELD_ERROR_CODES).meta({ description: 'What is wrong, from a closed list (docs/api.md)' }),
    params: paramsSchema.optional(),
    message: z.string().meta({ description: 'The same in English' }),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  })
  .meta({ id: 'FieldError' });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z
      .enum([...DOMAIN_ERROR_CODES, ...PROBLEM_REASONS])
      .meta({ description: 'What went wrong, from a closed list (docs/api.md): a precise reason where there is one, else the kind of error' }),
    params: paramsSchema,
    detail: z.string().meta({ description: 'The same in English' }),
    errors: z.array(fieldErrorSchema),
    existing: z
      .object({ id: z.string(), path: z.string() })
      .optional()
      .meta({ description: 'With a 409 for a second review of a quarter: the review of that quarter, its id and its API path' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details, with one entry per wrong field' });

export function entityOut(schema: z.ZodObject, id: string) {
  return schema.extend({ version }).meta({ id });
}

export function listOf(item: z.ZodType, id: string) {
  return z.object({ items: z.array(item), next_cursor: z.string().nullable() }).meta({ id });
}

/**
 * A JSON merge patch of an entity (RFC 7396), checked for its shape only: the known fields,
 * each of its type or null (null removes the field; a required one is then missing, which the
 * service answers), objects as patches of their own. Rules that span fields are the service's,
 * on the entity as it is after the patch.
 */
export function patchOf(schema: z.ZodObject, id?: string) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = (field as z.ZodType).def.type === 'optional' ? (field as z.ZodOptional<z.ZodType>).unwrap() : (field as z.ZodType);
    shape[key] = (value instanceof z.ZodObject ? patchOf(value) : value).nullable().optional();
  }
  // Unknown fields are refused as the entity refuses them (a strict object), not dropped.
  const patch = schema.def.catchall ? z.object(shape).catchall(schema.def.catchall) : z.object(shape);
  return id ? patch.meta({ id }) : patch;
}

export const workspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    locale: z.enum(LOCALES).nullable().meta({ description: 'The language of new plans; null: not set' }),
    currency: z.string().nullable().meta({ description: 'The currency of new plans (ISO 4217); null: not set' }),
    version,
    ...timestamps,
  })
  .meta({ id: 'Workspace' });

export const planSummarySchema = planHeaderSchema
  .extend({
    id: z.string(),
    version,
    revision: z.number().int().meta({ description: 'Grows with every change anywhere in the plan; the ETag of the document' }),
    archived: z.boolean().meta({ description: 'Whether the plan is archived (not part of the plan document)' }),
    archived_at: z.string().nullable().meta({ description: 'When the plan was archived; null while it is in use' }),
    ...timestamps,
  })
  .meta({ id: 'PlanSummary' });

export const planPatchSchema = patchOf(planHeaderSchema)
  .extend({
    archived: z
      .boolean({ error: 'must be true or false' })
      .optional()
      .meta({ description: 'true archives the plan, false takes it back into use; not part of the plan document' }),
  })
  .meta({ id: 'PlanPatch' });

/** The whole plan document, published once under its own name. */
export const planDocumentOut = planDocumentSchema.meta({ id: 'PlanDocument' });

const templateFields = {
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  locale: z.enum(LOCALES).nullable().meta({ description: "The language of the template's plan; null: not set" }),
  version,
  created_at: z.string(),
};

export const templateSummarySchema = z.object(templateFields).meta({ id: 'TemplateSummary' });

export const templateSchema = z
  .object({ ...templateFields, document: planDocumentOut })
  .meta({ id: 'Template' });
