import type { OpenAPIHono } from '@hono/zod-openapi';
import { measurementSchema } from '@kurs/core';
import type { Context } from 'hono';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { MeasurementFilter } from '../../services/measurements.service.js';
import { jsonBody, listBody, pageRequest } from '../request.js';
import { json, pageQuery, problems, route } from '../route.js';
import { listOf } from '../schemas.js';

const params = z.object({ ws: z.string(), plan: z.string() });
const path = '/api/v1/workspaces/{ws}/plans/{plan}/measurements';
const tags = ['Measurements'];
const measurement = measurementSchema.meta({ id: 'Measurement' });
const filterQuery = z.object({
  kpi: z.string().optional().meta({ description: 'KPI ids, comma-separated' }),
  from: z.string().optional().meta({ description: 'First date, YYYY-MM-DD' }),
  to: z.string().optional().meta({ description: 'Last date, YYYY-MM-DD' }),
});

function filterOf(c: Context): MeasurementFilter {
  const kpi = c.req.query('kpi');
  return {
    kpi: kpi ? kpi.split(',').map((k) => k.trim()).filter(Boolean) : undefined,
    from: c.req.query('from'),
    to: c.req.query('to'),
  };
}

export function measurementsRoutes(app: OpenAPIHono, services: Services): void {
  route(
    app,
    {
      method: 'get',
      path,
      tags,
      action: 'plan.read', summary: 'List measurements, by KPI then date',
      request: { params, query: filterQuery.extend(pageQuery.shape) },
      responses: { 200: json(listOf(measurement, 'MeasurementList'), 'The measurements'), ...problems(400, 404, 422) },
    },
    async (c) => c.json(listBody(await services.measurements.list(c.req.param('ws')!, c.req.param('plan')!, filterOf(c), pageRequest(c)), (m) => m)),
  );

  route(
    app,
    {
      method: 'post',
      path,
      tags,
      action: 'plan.write', summary: 'Insert or replace measurements',
      description: 'All or nothing. A repeated KPI and date replaces the stored value, so sending the same data twice changes nothing.',
      request: { params, body: { content: { 'application/json': { schema: z.strictObject({ items: z.array(measurement) }).meta({ id: 'MeasurementUpsert' }) } } } },
      responses: { 200: json(z.object({ upserted: z.number().int() }), 'Stored'), ...problems(400, 404, 413, 422) },
    },
    async (c) => {
      return c.json(await services.measurements.upsert(c.req.param('ws')!, c.req.param('plan')!, await jsonBody(c)));
    },
  );

  route(
    app,
    {
      method: 'delete',
      path,
      tags,
      action: 'plan.write', summary: 'Delete measurements of KPIs in a date range',
      request: { params, query: filterQuery },
      responses: { 200: json(z.object({ deleted: z.number().int() }), 'Deleted'), ...problems(400, 404, 422) },
    },
    async (c) => c.json(await services.measurements.delete(c.req.param('ws')!, c.req.param('plan')!, filterOf(c))),
  );
}
