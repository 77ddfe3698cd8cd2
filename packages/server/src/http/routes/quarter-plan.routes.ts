import type { OpenAPIHono } from '@hono/zod-openapi';
import { type Activity, activitySchema } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { acceptQuarterPlanSchema } from '../../services/planning.service.js';
import { apiRoute, json, problems } from '../route.js';

const params = z.object({ ws: z.string(), plan: z.string() });
const accepted = z
  .object({ items: z.array(activitySchema.extend({ version: z.number().int().min(1) })) })
  .meta({ id: 'AcceptedQuarterPlan', description: 'The activities as stored now, each with its new version' });

/** Accepting the 90-day plan that POST …/quarter-plan proposed. */
export function quarterPlanRoutes(app: OpenAPIHono, services: Services): void {
  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/workspaces/{ws}/plans/{plan}/quarter-plan/accept',
      operationId: 'acceptQuarterPlan',
      tags: ['Engine'],
      action: 'plan.write',
      subject: 'The accepted quarter plan',
      summary: 'Accept a quarter plan: the chosen activities become planned, keeping their dates, all or nothing',
      description:
        'Each activity is named with the version you read, and with only the dates to write: `start`/`end` where the quarter plan proposed one because the activity had none (`proposed`), and the `change` the user ticked. A date the request does not name is never changed. Each activity becomes `planned` (an activity in progress stays `in_progress`), in one transaction; one with nothing to change is not written. The audit log records each change old → new. 412 when any version is stale; 422 names the wrong fields by their place in the request (`activities[2].end`).',
      request: { params, body: { content: { 'application/json': { schema: acceptQuarterPlanSchema } } } },
      responses: { 200: json(accepted, 'The accepted activities'), ...problems(400, 404, 412, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const updated = await services.planning.acceptQuarterPlan(ws, plan, c.req.valid('json'));
      // The entities accepting returns are the plan's activities.
      return c.json({ items: updated.map(({ entity, version }) => ({ ...(entity as Activity), version })) }, 200);
    },
  );
}
