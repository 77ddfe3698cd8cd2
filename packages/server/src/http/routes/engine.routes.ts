import type { OpenAPIHono } from '@hono/zod-openapi';
import { GRAINS, LOCALES, RANK_METHODS } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { jsonBody } from '../request.js';
import {
  healthReportSchema,
  kpiSeriesSchema,
  prioritiesSchema,
  progressReportSchema,
  quarterPlanSchema,
  roadmapModelSchema,
  statusReportSchema,
  themeBudgetsSchema,
} from '../engine.schemas.js';
import { json, problems, route } from '../route.js';

const PLAN = '/api/v1/workspaces/{ws}/plans/{plan}';
const params = z.object({ ws: z.string(), plan: z.string() });
const today = z.string().optional().meta({ description: 'Compute as of this date (YYYY-MM-DD); default today' });

export function engineRoutes(app: OpenAPIHono, services: Services): void {
  const ids = (c: { req: { param: (k: string) => string | undefined } }) => [c.req.param('ws')!, c.req.param('plan')!] as const;

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/health`,
      tags: ['Engine'],
      action: 'plan.dashboard', summary: 'The health check: findings against the method, and scores per step',
      request: { params, query: z.object({ locale: z.enum(LOCALES).optional(), today }) },
      responses: { 200: json(healthReportSchema, 'The report'), ...problems(404, 422) },
    },
    async (c) => c.json(await services.health.check(...ids(c), { locale: c.req.query('locale'), today: c.req.query('today') })),
  );

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/kpis/{kpi}/series`,
      tags: ['Engine'],
      action: 'plan.dashboard', summary: "A KPI's values by period, rolled up by its aggregation",
      request: { params: params.extend({ kpi: z.string() }), query: z.object({ grain: z.enum(GRAINS).optional(), from: z.string().optional(), to: z.string().optional() }) },
      responses: { 200: json(kpiSeriesSchema, 'The series'), ...problems(404, 422) },
    },
    async (c) =>
      c.json(await services.progress.series(...ids(c), c.req.param('kpi')!, { grain: c.req.query('grain'), from: c.req.query('from'), to: c.req.query('to') })),
  );

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/progress`,
      tags: ['Engine'],
      action: 'plan.dashboard', summary: 'Progress, status and forecast of every goal; the KPI overview',
      request: { params, query: z.object({ today }) },
      responses: { 200: json(progressReportSchema, 'The progress'), ...problems(404, 422) },
    },
    async (c) => c.json(await services.progress.progress(...ids(c), c.req.query('today'))),
  );

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/status`,
      action: 'plan.dashboard',
      tags: ['Engine'],
      summary: 'The status report: the plan header, goal progress and forecasts, KPI overview, the next milestones, names by id',
      request: { params, query: z.object({ today }) },
      responses: { 200: json(statusReportSchema, 'The report'), ...problems(404, 422) },
    },
    async (c) => c.json(await services.progress.status(...ids(c), c.req.query('today'))),
  );

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/priorities`,
      tags: ['Engine'],
      action: 'plan.read', summary: 'The ranked backlog with scores and the reason for each place',
      request: { params, query: z.object({ method: z.enum(RANK_METHODS).optional(), today }) },
      responses: { 200: json(prioritiesSchema, 'The backlog'), ...problems(404, 422) },
    },
    async (c) => c.json({ items: await services.planning.priorities(...ids(c), { method: c.req.query('method'), today: c.req.query('today') }) }),
  );

  route(
    app,
    {
      method: 'post',
      path: `${PLAN}/quarter-plan`,
      tags: ['Engine'],
      action: 'plan.read', summary: 'Choose the activities of the next 90 days: work in progress, then urgent and important work, work serving a goal and the most valuable within the capacity; proposes only missing dates',
      request: {
        params,
        body: {
          content: {
            'application/json': {
              schema: z
                .object({
                  from: z.string().optional(),
                  capacity_hours: z.union([z.number(), z.record(z.string(), z.number())]),
                  today: z.string().optional(),
                })
                .meta({ id: 'QuarterPlanRequest' }),
            },
          },
        },
      },
      responses: { 200: json(quarterPlanSchema, 'The proposal'), ...problems(400, 404, 422) },
    },
    async (c) => c.json(await services.planning.quarterPlan(...ids(c), await jsonBody(c))),
  );

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/theme-budgets`,
      tags: ['Engine'],
      action: 'plan.read', summary: 'Hours planned and spent against each theme budget, per quarter; the maintenance share',
      request: { params, query: z.object({ today }) },
      responses: { 200: json(themeBudgetsSchema, 'The budgets'), ...problems(404, 422) },
    },
    async (c) => c.json(await services.planning.themeBudgets(...ids(c), c.req.query('today'))),
  );

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/roadmap`,
      tags: ['Engine'],
      action: 'plan.dashboard', summary: 'The roadmap model the web app draws: lanes, packed rows, milestones, quarters, links, now/next/later',
      request: { params, query: z.object({ from: z.string().optional(), to: z.string().optional(), today }) },
      responses: { 200: json(roadmapModelSchema, 'The roadmap'), ...problems(404, 422) },
    },
    async (c) => c.json(await services.planning.roadmap(...ids(c), { from: c.req.query('from'), to: c.req.query('to'), today: c.req.query('today') })),
  );
}
