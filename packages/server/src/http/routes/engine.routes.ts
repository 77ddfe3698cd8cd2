import type { OpenAPIHono } from '@hono/zod-openapi';
import { LOCALES, RANK_METHODS, STEPS } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { HEALTH_TOP_MAX } from '../../services/derived-views.service.js';
import { quarterRequestSchema } from '../../services/planning.service.js';
import { viewAnswer } from '../etag.js';
import {
  healthReportSchema,
  healthSummaryAnswerSchema,
  kpiSeriesQuerySchema,
  kpiSeriesSchema,
  prioritiesSchema,
  progressReportSchema,
  quarterPlanSchema,
  roadmapModelSchema,
  statusReportSchema,
  themeBudgetsSchema,
} from '../engine.schemas.js';
import { apiRoute, json, problems } from '../route.js';

const PLAN = '/api/v1/workspaces/{ws}/plans/{plan}';
const params = z.object({ ws: z.string(), plan: z.string() });
// Dates are checked by the services (422 naming the field), as for the CLI.
const date = (description: string) => z.string().optional().meta({ description: `${description} (YYYY-MM-DD)` });
const today = date('Compute as of this date; default today');
const span = { from: date('First date'), to: date('Last date') };

const locale = z.enum(LOCALES).optional().meta({ description: "The language of the findings; default the plan's" });
// Derived views: cached by the plan's revision and revalidated with the ETag they answer.
const viewHeaders = z.object({ 'if-none-match': z.string().optional().meta({ description: 'The ETag of the answer you have: 304 when it is still the current one' }) });
const viewAnswered = <T extends z.ZodType>(schema: T, description: string) => ({
  200: {
    ...json(schema, description),
    headers: z.object({ ETag: z.string().meta({ description: "The plan's revision and what the answer depends on (weak)" }) }),
  },
  304: { description: 'Not modified: the If-None-Match names the current answer' },
});

export function engineRoutes(app: OpenAPIHono, services: Services): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/health`,
      operationId: 'getHealthReport',
      tags: ['Engine'],
      action: 'plan.dashboard',
      summary: 'The health check: findings against the method, and scores per step',
      request: {
        params,
        query: z.object({ locale, today, step: z.enum(STEPS).optional().meta({ description: "Only this step's findings (the scores stay the whole plan's)" }) }),
        headers: viewHeaders,
      },
      responses: { ...viewAnswered(healthReportSchema, 'The report'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return viewAnswer(c, await services.views.health(ws, plan, c.req.valid('query')));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/health/summary`,
      operationId: 'getHealthSummary',
      tags: ['Engine'],
      action: 'plan.dashboard',
      summary: "The health check's scores and its findings counted by severity, in all and per step; with top, its worst findings",
      request: {
        params,
        query: z.object({
          locale,
          today,
          top: z.string().optional().meta({ description: `Also the findings to fix first, this many (1–${HEALTH_TOP_MAX}), and each rule's count` }),
        }),
        headers: viewHeaders,
      },
      responses: { ...viewAnswered(healthSummaryAnswerSchema, 'The summary'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return viewAnswer(c, await services.views.healthSummary(ws, plan, c.req.valid('query')));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/kpis/{kpi}/series`,
      operationId: 'getKpiSeries',
      tags: ['Engine'],
      action: 'plan.dashboard',
      summary: "A KPI's values by period, rolled up by its aggregation, as columns reduced to a chart's width",
      request: { params: params.extend({ kpi: z.string() }), query: kpiSeriesQuerySchema },
      responses: { 200: json(kpiSeriesSchema, 'The series'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan, kpi } = c.req.valid('param');
      return c.json(await services.kpiSeries.series(ws, plan, kpi, c.req.valid('query')), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/progress`,
      operationId: 'getProgressReport',
      tags: ['Engine'],
      action: 'plan.dashboard',
      summary: 'Progress, status and forecast of every goal; the KPI overview',
      request: { params, query: z.object({ today }), headers: viewHeaders },
      responses: { ...viewAnswered(progressReportSchema, 'The progress'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return viewAnswer(c, await services.views.progress(ws, plan, c.req.valid('query').today));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/status`,
      operationId: 'getStatusReport',
      tags: ['Engine'],
      action: 'plan.dashboard',
      summary: 'The status report: the plan header, goal progress and forecasts, KPI overview, the next milestones, names by id',
      request: { params, query: z.object({ today }), headers: viewHeaders },
      responses: { ...viewAnswered(statusReportSchema, 'The report'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return viewAnswer(c, await services.views.status(ws, plan, c.req.valid('query').today));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/priorities`,
      operationId: 'rankBacklog',
      tags: ['Engine'],
      action: 'plan.read',
      summary: 'The ranked backlog with scores and the reason for each place',
      request: { params, query: z.object({ method: z.enum(RANK_METHODS).optional().meta({ description: 'The score to rank by; default ice' }), today }), headers: viewHeaders },
      responses: { ...viewAnswered(prioritiesSchema, 'The backlog'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return viewAnswer(c, await services.views.priorities(ws, plan, c.req.valid('query')));
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${PLAN}/quarter-plan`,
      operationId: 'proposeQuarterPlan',
      tags: ['Engine'],
      action: 'plan.read',
      subject: 'The quarter plan request',
      summary:
        'Choose the activities of the next 90 days: work in progress, then urgent and important work, work serving a goal and the most valuable within the capacity; proposes only missing dates',
      request: { params, body: { content: { 'application/json': { schema: quarterRequestSchema.meta({ id: 'QuarterPlanRequest' }) } } } },
      responses: { 200: json(quarterPlanSchema, 'The proposal'), ...problems(400, 404, 413, 415, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return c.json(await services.planning.quarterPlan(ws, plan, c.req.valid('json')), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/theme-budgets`,
      operationId: 'getThemeBudgets',
      tags: ['Engine'],
      action: 'plan.read',
      summary: 'Hours planned and spent against each theme budget, per quarter; the maintenance share',
      request: { params, query: z.object({ today }), headers: viewHeaders },
      responses: { ...viewAnswered(themeBudgetsSchema, 'The budgets'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return viewAnswer(c, await services.views.themeBudgets(ws, plan, c.req.valid('query').today));
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/roadmap`,
      operationId: 'getRoadmap',
      tags: ['Engine'],
      action: 'plan.dashboard',
      summary: 'The roadmap model the web app draws: lanes, packed rows, milestones, quarters, links, now/next/later',
      request: { params, query: z.object({ ...span, today }), headers: viewHeaders },
      responses: { ...viewAnswered(roadmapModelSchema, 'The roadmap'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return viewAnswer(c, await services.views.roadmap(ws, plan, c.req.valid('query')));
    },
  );
}
