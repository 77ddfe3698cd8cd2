import type { OpenAPIHono } from '@hono/zod-openapi';
import { measurementSchema } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { type MeasurementFilter, measurementUpsertSchema } from '../../services/measurements.service.js';
import { listBody } from '../request.js';
import { apiRoute, json, pageQuery, problems } from '../route.js';
import { listOf } from '../schemas.js';

const params = z.object({ ws: z.string(), plan: z.string() });
const path = '/api/v1/workspaces/{ws}/plans/{plan}/measurements';
const tags = ['Measurements'];
const measurement = measurementSchema.meta({ id: 'Measurement' });
// The dates are checked by the service (422 naming the field), as for the CLI.
const filterQuery = z.object({
  kpi: z.string().optional().meta({ description: 'KPI ids, comma-separated' }),
  from: z.string().optional().meta({ description: 'First date, YYYY-MM-DD' }),
  to: z.string().optional().meta({ description: 'Last date, YYYY-MM-DD' }),
});

function filterOf({ kpi, from, to }: z.infer<typeof filterQuery>): MeasurementFilter {
  return { kpi: kpi ? kpi.split(',').map((k) => k.trim()).filter(Boolean) : undefined, from, to };
}

export function measurementsRoutes(app: OpenAPIHono, services: Services): void {
  apiRoute(
    app,
    {
      method: 'get',
      path,
      operationId: 'listMeasurements',
      tags,
      action: 'plan.read',
      summary: 'List measurements, by KPI then date',
      request: { params, query: filterQuery.extend(pageQuery.shape) },
      responses: { 200: json(listOf(measurement, 'MeasurementList'), 'The measurements'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const { limit, cursor, ...filter } = c.req.valid('query');
      return c.json(listBody(await services.measurements.list(ws, plan, filterOf(filter), { limit, cursor }), (m) => m), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path,
      operationId: 'upsertMeasurements',
      tags,
      action: 'plan.write',
      subject: 'The measurements',
      summary: 'Insert or replace measurements',
      description: 'All or nothing. A repeated KPI and date replaces the stored value, so sending the same data twice changes nothing.',
      request: { params, body: { content: { 'application/json': { schema: measurementUpsertSchema.meta({ id: 'MeasurementUpsert' }) } } } },
      responses: { 200: json(z.object({ upserted: z.number().int() }), 'Stored'), ...problems(400, 404, 413, 415, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return c.json(await services.measurements.upsert(ws, plan, c.req.valid('json')), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path,
      operationId: 'deleteMeasurements',
      tags,
      action: 'plan.write',
      summary: 'Delete measurements of KPIs in a date range',
      request: { params, query: filterQuery },
      responses: { 200: json(z.object({ deleted: z.number().int() }), 'Deleted'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return c.json(await services.measurements.delete(ws, plan, filterOf(c.req.valid('query'))), 200);
    },
  );
}
