import type { OpenAPIHono } from '@hono/zod-openapi';
import { toCsv } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { AUDIT_COLUMNS, type AuditEntryView } from '../../services/audit.service.js';
import { workspaceOf } from '../access.js';
import { listBody } from '../request.js';
import { apiRoute, pageQuery, problems } from '../route.js';
import { listOf } from '../schemas.js';

const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ id: z.string().nullable(), label: z.string(), via: z.enum(['session', 'token', 'cli', 'system']) }),
    action: z.string().meta({ description: 'e.g. goal.update, member.remove, plan.create' }),
    entity_type: z.string(),
    entity_id: z.string(),
    plan: z.string().nullable(),
    changed_fields: z.array(z.string()),
    detail: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const csvRow = (e: AuditEntryView) => [e.at, e.actor.label, e.actor.via, e.action, e.entity_type, e.entity_id, e.plan, e.changed_fields.join(' '), e.detail];

export function auditRoutes(app: OpenAPIHono, services: Services): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/workspaces/{ws}/audit',
      operationId: 'listAuditEntries',
      action: 'audit.read',
      tags: ['Audit log'],
      summary: "The workspace's audit log, newest first",
      description: 'Every write, with who, what, which entity, when and the changed fields. `?format=csv` gives the page as CSV (cells that could run as formulas are escaped).',
      request: {
        params: z.object({ ws: z.string() }),
        query: pageQuery.extend({
          entity_type: z.string().optional().meta({ description: 'goal, kpi, plan, member, …' }),
          entity_id: z.string().optional(),
          user: z.string().optional().meta({ description: 'The user id of the actor' }),
          format: z.enum(['json', 'csv']).optional(),
        }),
      },
      responses: { 200: { description: 'The entries', content: { 'application/json': { schema: listOf(auditEntrySchema, 'AuditLog') }, 'text/csv': { schema: z.string() } } }, ...problems(400, 404, 422) },
    },
    async (c) => {
      const { format = 'json', entity_type, entity_id, user, ...page } = c.req.valid('query');
      const entries = await services.audit.list(workspaceOf(c).id, { entityType: entity_type, entityId: entity_id, actorId: user }, page);
      if (format === 'csv') {
        return c.body(toCsv(AUDIT_COLUMNS, entries.items.map(csvRow)), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="audit.csv"' });
      }
      return c.json(listBody(entries, (e) => e), 200);
    },
  );
}
