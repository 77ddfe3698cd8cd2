import type { OpenAPIHono } from '@hono/zod-openapi';
import { fieldError } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { badRequest } from '../problem.js';
import { apiRoute, json, problems } from '../route.js';
import { textOf } from '../../services/file-text.js';

export const IMPORT_PATH = '/api/v1/workspaces/{ws}/plans/{plan}/measurements/import';

const DRY_RUN = ['true', 'false', '1', '0', ''] as const;

function mappingOf(query: string | undefined): unknown {
  if (query === undefined || query === '') return undefined;
  try {
    return JSON.parse(query);
  } catch {
    throw badRequest('The mapping is not valid JSON.', [fieldError('mapping', 'invalid_type', 'must be a JSON object', { expected: 'object' })]);
  }
}

export function measurementImportRoutes(app: OpenAPIHono, services: Services, limitBytes: number): void {
  apiRoute(
    app,
    {
      method: 'post',
      path: IMPORT_PATH,
      operationId: 'importMeasurements',
      tags: ['Measurements'],
      action: 'plan.write',
      summary: 'Import measurements from a CSV file or a Google Analytics 4 export',
      description:
        'The body is the file (text/csv), read as it streams in. `mapping` (JSON) says how to read it: `{"format":"long","locale":"nb"}`, `{"format":"wide","columns":{"Visits":"visits"}}` or `{"format":"ga4","columns":{"Sessions":"visits"}}`; without it the mapping is guessed from the header. With `dry_run=true` nothing is stored and the answer has a preview and every error with its line. The real run is one transaction: a file with any error stores nothing. A repeated KPI and date replaces the value, so importing the same file twice changes nothing.',
      request: {
        params: z.object({ ws: z.string(), plan: z.string() }),
        query: z.object({
          mapping: z.string().optional().meta({ description: 'How to read the file, as JSON' }),
          dry_run: z.enum(DRY_RUN, { error: 'must be true or false' }).optional().meta({ description: 'true (or 1, or empty) checks the file and stores nothing' }),
        }),
        body: { content: { 'text/csv': { schema: z.string() } } },
      },
      responses: {
        200: json(z.looseObject({ dry_run: z.boolean(), stored: z.number() }).meta({ id: 'MeasurementImportReport', description: '{ dry_run, mapping, summary (rows, kpis, errors with lines), preview, stored }' }), 'The report'),
        ...problems(400, 404, 413, 422),
      },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const { mapping, dry_run } = c.req.valid('query');
      const report = await services.measurementImport.import(ws, plan, textOf(c.req.raw.body, limitBytes), {
        mapping: mappingOf(mapping),
        dryRun: dry_run === 'true' || dry_run === '1' || dry_run === '',
      });
      return c.json(report, 200);
    },
  );
}
