import type { OpenAPIHono } from '@hono/zod-openapi';
import { situationSchema, strategySchema } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { PlanSummary } from '../../services/plans.service.js';
import { expectedFrom } from '../etag.js';
import { documentBody, listBody, withEtag } from '../request.js';
import { apiRoute, ifMatchHeader, json, pageQuery, problems } from '../route.js';
import { listOf, planDocumentOut, planPatchSchema, planSummarySchema } from '../schemas.js';

const present = (p: PlanSummary) => ({
  id: p.id,
  ...p.header,
  version: p.version,
  revision: p.revision,
  archived: p.archived_at !== null,
  archived_at: p.archived_at,
  created_at: p.created_at,
  updated_at: p.updated_at,
});
const wsParams = z.object({ ws: z.string() });
const planParams = z.object({ ws: z.string(), plan: z.string() });
const tags = ['Plans'];
const PLAN = '/api/v1/workspaces/{ws}/plans/{plan}';
const DOC_PREFIX = 'r';

/** A plan document comes as JSON or YAML: its handler reads it (documentBody), and the import names each error with its line. */
const documentContent = {
  'application/json': { schema: planDocumentOut },
  'application/yaml': { schema: z.string().meta({ description: 'The same document as YAML' }) },
};
const situationFields = situationSchema.pick({ usp: true, findings: true }).meta({ id: 'SituationFields' });
const strategyOut = strategySchema.meta({ id: 'Strategy' });
const listQuery = pageQuery.extend({
  archived: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .optional()
    .meta({ description: 'true: only the archived plans; false or left out: only the plans in use' }),
});
const documentQuery = z.object({
  format: z.enum(['yaml', 'json'], { error: 'must be yaml or json' }).optional().meta({ description: 'Else by Accept: YAML for application/yaml, else JSON' }),
  download: z.string().optional().meta({ description: 'Present (any value): answer as a file to save (Content-Disposition: attachment)' }),
});

export function plansRoutes(app: OpenAPIHono, services: Services): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/workspaces/{ws}/plans',
      operationId: 'listPlans',
      tags,
      action: 'plan.read',
      summary: 'List the plans of a workspace',
      description: 'The plans in use; `?archived=true` lists only the archived ones instead.',
      request: { params: wsParams, query: listQuery },
      responses: { 200: json(listOf(planSummarySchema, 'PlanList'), 'The plans'), ...problems(400, 404) },
    },
    async (c) => {
      const { archived, ...page } = c.req.valid('query');
      return c.json(listBody(await services.plans.list(c.req.valid('param').ws, page, { archived: archived === 'true' }), present), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/workspaces/{ws}/plans',
      operationId: 'importPlan',
      tags,
      action: 'plan.write',
      summary: 'Import a plan document as a new plan',
      description: 'The body is a whole plan document, JSON or YAML. Nothing is stored unless all of it is valid. `?id=` chooses the plan id; else it is made from the plan name.',
      request: { params: wsParams, query: z.object({ id: z.string().optional() }), body: { content: documentContent } },
      responses: { 201: json(planSummarySchema, 'Created'), ...problems(400, 404, 409, 413, 415, 422) },
    },
    async (c) => {
      const { ws } = c.req.valid('param');
      const plan = await services.plans.import(ws, await documentBody(c), { id: c.req.valid('query').id });
      withEtag(c, plan.version);
      c.header('Location', `/api/v1/workspaces/${encodeURIComponent(ws)}/plans/${encodeURIComponent(plan.id)}`);
      return c.json(present(plan), 201);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: PLAN,
      operationId: 'getPlan',
      tags,
      action: 'plan.dashboard',
      summary: 'Read a plan header',
      request: { params: planParams },
      responses: { 200: json(planSummarySchema, 'The plan'), ...problems(404) },
    },
    async (c) => {
      const { ws, plan: id } = c.req.valid('param');
      const plan = await services.plans.get(ws, id);
      withEtag(c, plan.version);
      return c.json(present(plan), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'patch',
      path: PLAN,
      operationId: 'updatePlan',
      tags,
      action: 'plan.write',
      subject: 'The plan',
      summary: 'Change a plan header, archive a plan',
      description:
        'JSON merge patch: the fields to change; null removes a field. `archived: true` archives the plan, `false` takes it back into use; it is not part of the plan document, and archiving alone leaves the document and its ETag as they are.',
      request: { params: planParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: planPatchSchema } } } },
      responses: { 200: json(planSummarySchema, 'The plan'), ...problems(400, 404, 412, 415, 422, 428) },
    },
    async (c) => {
      const { ws, plan: id } = c.req.valid('param');
      const plan = await services.plans.updateHeader(ws, id, c.req.valid('json'), expectedFrom(c.req.valid('header')['if-match']));
      withEtag(c, plan.version);
      return c.json(present(plan), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path: PLAN,
      operationId: 'deletePlan',
      tags,
      action: 'plan.delete',
      summary: 'Delete a plan',
      request: { params: planParams, headers: ifMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...problems(404, 412, 428) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      await services.plans.delete(ws, plan, expectedFrom(c.req.valid('header')['if-match']));
      return c.body(null, 204);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/document`,
      operationId: 'exportPlanDocument',
      tags: ['Plan documents'],
      action: 'plan.read',
      summary: 'Export the whole plan as a document',
      description: 'YAML with `Accept: application/yaml` or `?format=yaml`, else JSON. The ETag ("r<revision>") changes with any change in the plan.',
      request: { params: planParams, query: documentQuery },
      responses: { 200: { description: 'The plan document', content: documentContent }, ...problems(400, 404) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const query = c.req.valid('query');
      // Accept is content negotiation, which OpenAPI leaves out of the parameters.
      const format = query.format ?? (/yaml/i.test(c.req.header('accept') ?? '') ? 'yaml' : 'json');
      const { text, revision } = await services.plans.export(ws, plan, format);
      withEtag(c, revision, DOC_PREFIX);
      c.header('Content-Type', format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8');
      if (query.download !== undefined) c.header('Content-Disposition', `attachment; filename="${plan}.${format}"`);
      return c.body(text, 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'put',
      path: `${PLAN}/document`,
      operationId: 'replacePlanDocument',
      tags: ['Plan documents'],
      action: 'plan.write',
      summary: 'Replace the whole plan with a document',
      description: 'One transaction: a bad document changes nothing. Needs If-Match with the document ETag.',
      request: { params: planParams, headers: ifMatchHeader, body: { content: documentContent } },
      responses: { 200: json(planSummarySchema, 'The plan after the replace'), ...problems(400, 404, 412, 413, 415, 422, 428) },
    },
    async (c) => {
      const { ws, plan: id } = c.req.valid('param');
      const plan = await services.plans.replace(ws, id, await documentBody(c), expectedFrom(c.req.valid('header')['if-match'], DOC_PREFIX));
      withEtag(c, plan.revision, DOC_PREFIX);
      return c.json(present(plan), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/situation`,
      operationId: 'getSituation',
      tags: ['Situation'],
      action: 'plan.read',
      summary: 'Read the USP and findings of the situation',
      request: { params: planParams },
      responses: { 200: json(situationFields, 'The situation'), ...problems(404) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const { situation, version } = await services.plans.situation(ws, plan);
      withEtag(c, version);
      return c.json(situation, 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'put',
      path: `${PLAN}/situation`,
      operationId: 'replaceSituation',
      tags: ['Situation'],
      action: 'plan.write',
      subject: 'The situation',
      summary: 'Replace the USP and findings',
      description: 'Audiences, competitors, channels and campaigns are collections of their own. The ETag is the plan header\'s.',
      request: { params: planParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: situationFields } } } },
      responses: { 200: json(situationFields, 'The situation'), ...problems(400, 404, 412, 415, 422, 428) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const { situation, version } = await services.plans.replaceSituation(ws, plan, c.req.valid('json'), expectedFrom(c.req.valid('header')['if-match']));
      withEtag(c, version);
      return c.json(situation, 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/strategy`,
      operationId: 'getStrategy',
      tags: ['Strategy'],
      action: 'plan.read',
      summary: 'Read the strategy',
      request: { params: planParams },
      responses: { 200: json(strategyOut, 'The strategy'), ...problems(404) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const { strategy, version } = await services.plans.strategy(ws, plan);
      withEtag(c, version);
      return c.json(strategy, 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'put',
      path: `${PLAN}/strategy`,
      operationId: 'replaceStrategy',
      tags: ['Strategy'],
      action: 'plan.write',
      subject: 'The strategy',
      summary: 'Replace the strategy',
      request: { params: planParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: strategyOut } } } },
      responses: { 200: json(strategyOut, 'The strategy'), ...problems(400, 404, 412, 415, 422, 428) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      const { strategy, version } = await services.plans.replaceStrategy(ws, plan, c.req.valid('json'), expectedFrom(c.req.valid('header')['if-match']));
      withEtag(c, version);
      return c.json(strategy, 200);
    },
  );
}
