import type { OpenAPIHono } from '@hono/zod-openapi';
import { fieldError, planDocumentSchema, situationSchema, strategySchema } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { PlanSummary } from '../../services/plans.service.js';
import { badRequest } from '../problem.js';
import { documentBody, ifMatch, jsonBody, listBody, pageRequest, withEtag } from '../request.js';
import { ifMatchHeader, json, pageQuery, problems, route } from '../route.js';
import { listOf, planPatchSchema, planSummarySchema } from '../schemas.js';

const present = (p: PlanSummary) => ({ id: p.id, ...p.header, version: p.version, revision: p.revision, created_at: p.created_at, updated_at: p.updated_at });
const wsParams = z.object({ ws: z.string() });
const planParams = z.object({ ws: z.string(), plan: z.string() });
const tags = ['Plans'];
const PLAN = '/api/v1/workspaces/{ws}/plans/{plan}';
const DOC_PREFIX = 'r';

const documentContent = {
  'application/json': { schema: planDocumentSchema.meta({ id: 'PlanDocument' }) },
  'application/yaml': { schema: z.string().meta({ description: 'The same document as YAML' }) },
};
const situationFields = situationSchema.pick({ usp: true, findings: true }).meta({ id: 'SituationFields' });
const strategyOut = strategySchema.meta({ id: 'Strategy' });

function formatOf(accept: string | undefined, query: string | undefined): 'yaml' | 'json' {
  if (query !== undefined) {
    if (query !== 'yaml' && query !== 'json') throw badRequest('Unknown format.', [fieldError('format', 'not_in_list', 'must be yaml or json', { options: ['yaml', 'json'] })]);
    return query;
  }
  return /yaml/i.test(accept ?? '') ? 'yaml' : 'json';
}

export function plansRoutes(app: OpenAPIHono, services: Services): void {
  route(
    app,
    { method: 'get', path: '/api/v1/workspaces/{ws}/plans', tags, action: 'plan.read', summary: 'List the plans of a workspace', request: { params: wsParams, query: pageQuery }, responses: { 200: json(listOf(planSummarySchema, 'PlanList'), 'The plans'), ...problems(400, 404) } },
    async (c) => c.json(listBody(await services.plans.list(c.req.param('ws')!, pageRequest(c)), present)),
  );

  route(
    app,
    {
      method: 'post',
      path: '/api/v1/workspaces/{ws}/plans',
      tags,
      action: 'plan.write', summary: 'Import a plan document as a new plan',
      description: 'The body is a whole plan document, JSON or YAML. Nothing is stored unless all of it is valid. `?id=` chooses the plan id; else it is made from the plan name.',
      request: { params: wsParams, query: z.object({ id: z.string().optional() }), body: { content: documentContent } },
      responses: { 201: json(planSummarySchema, 'Created'), ...problems(400, 404, 409, 413, 415, 422) },
    },
    async (c) => {
      const plan = await services.plans.import(c.req.param('ws')!, await documentBody(c), { id: c.req.query('id') });
      withEtag(c, plan.version);
      c.header('Location', `/api/v1/workspaces/${encodeURIComponent(c.req.param('ws')!)}/plans/${encodeURIComponent(plan.id)}`);
      return c.json(present(plan), 201);
    },
  );

  route(
    app,
    { method: 'get', path: PLAN, tags, action: 'plan.dashboard', summary: 'Read a plan header', request: { params: planParams }, responses: { 200: json(planSummarySchema, 'The plan'), ...problems(404) } },
    async (c) => {
      const plan = await services.plans.get(c.req.param('ws')!, c.req.param('plan')!);
      withEtag(c, plan.version);
      return c.json(present(plan));
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: PLAN,
      tags,
      action: 'plan.write', summary: 'Change a plan header',
      request: { params: planParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: planPatchSchema } } } },
      responses: { 200: json(planSummarySchema, 'The plan'), ...problems(400, 404, 412, 422, 428) },
    },
    async (c) => {
      const plan = await services.plans.updateHeader(c.req.param('ws')!, c.req.param('plan')!, await jsonBody(c), ifMatch(c));
      withEtag(c, plan.version);
      return c.json(present(plan));
    },
  );

  route(
    app,
    { method: 'delete', path: PLAN, tags, action: 'plan.delete', summary: 'Delete a plan', request: { params: planParams, headers: ifMatchHeader }, responses: { 204: { description: 'Deleted' }, ...problems(404, 412, 428) } },
    async (c) => {
      await services.plans.delete(c.req.param('ws')!, c.req.param('plan')!, ifMatch(c));
      return c.body(null, 204);
    },
  );

  route(
    app,
    {
      method: 'get',
      path: `${PLAN}/document`,
      tags: ['Plan documents'],
      action: 'plan.read', summary: 'Export the whole plan as a document',
      description: 'YAML with `Accept: application/yaml` or `?format=yaml`, else JSON. The ETag ("r<revision>") changes with any change in the plan.',
      request: { params: planParams, query: z.object({ format: z.enum(['yaml', 'json']).optional() }) },
      responses: { 200: { description: 'The plan document', content: documentContent }, ...problems(400, 404) },
    },
    async (c) => {
      const format = formatOf(c.req.header('accept'), c.req.query('format'));
      const { text, revision } = await services.plans.export(c.req.param('ws')!, c.req.param('plan')!, format);
      withEtag(c, revision, DOC_PREFIX);
      c.header('Content-Type', format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8');
      if (c.req.query('download') !== undefined) {
        c.header('Content-Disposition', `attachment; filename="${c.req.param('plan')}.${format === 'yaml' ? 'yaml' : 'json'}"`);
      }
      return c.body(text);
    },
  );

  route(
    app,
    {
      method: 'put',
      path: `${PLAN}/document`,
      tags: ['Plan documents'],
      action: 'plan.write', summary: 'Replace the whole plan with a document',
      description: 'One transaction: a bad document changes nothing. Needs If-Match with the document ETag.',
      request: { params: planParams, headers: ifMatchHeader, body: { content: documentContent } },
      responses: { 200: json(planSummarySchema, 'The plan after the replace'), ...problems(400, 404, 412, 413, 415, 422, 428) },
    },
    async (c) => {
      const plan = await services.plans.replace(c.req.param('ws')!, c.req.param('plan')!, await documentBody(c), ifMatch(c, DOC_PREFIX));
      withEtag(c, plan.revision, DOC_PREFIX);
      return c.json(present(plan));
    },
  );

  route(
    app,
    { method: 'get', path: `${PLAN}/situation`, tags: ['Situation'], action: 'plan.read', summary: 'Read the USP and findings of the situation', request: { params: planParams }, responses: { 200: json(situationFields, 'The situation'), ...problems(404) } },
    async (c) => {
      const { situation, version } = await services.plans.situation(c.req.param('ws')!, c.req.param('plan')!);
      withEtag(c, version);
      return c.json(situation);
    },
  );

  route(
    app,
    {
      method: 'put',
      path: `${PLAN}/situation`,
      tags: ['Situation'],
      action: 'plan.write', summary: 'Replace the USP and findings',
      description: 'Audiences, competitors, channels and campaigns are collections of their own. The ETag is the plan header\'s.',
      request: { params: planParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: situationFields } } } },
      responses: { 200: json(situationFields, 'The situation'), ...problems(400, 404, 412, 422, 428) },
    },
    async (c) => {
      const { situation, version } = await services.plans.replaceSituation(c.req.param('ws')!, c.req.param('plan')!, await jsonBody(c), ifMatch(c));
      withEtag(c, version);
      return c.json(situation);
    },
  );

  route(
    app,
    { method: 'get', path: `${PLAN}/strategy`, tags: ['Strategy'], action: 'plan.read', summary: 'Read the strategy', request: { params: planParams }, responses: { 200: json(strategyOut, 'The strategy'), ...problems(404) } },
    async (c) => {
      const { strategy, version } = await services.plans.strategy(c.req.param('ws')!, c.req.param('plan')!);
      withEtag(c, version);
      return c.json(strategy);
    },
  );

  route(
    app,
    {
      method: 'put',
      path: `${PLAN}/strategy`,
      tags: ['Strategy'],
      action: 'plan.write', summary: 'Replace the strategy',
      request: { params: planParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: strategyOut } } } },
      responses: { 200: json(strategyOut, 'The strategy'), ...problems(400, 404, 412, 422, 428) },
    },
    async (c) => {
      const { strategy, version } = await services.plans.replaceStrategy(c.req.param('ws')!, c.req.param('plan')!, await jsonBody(c), ifMatch(c));
      withEtag(c, version);
      return c.json(strategy);
    },
  );
}
