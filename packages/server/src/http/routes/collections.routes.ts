import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../repositories/collections.js';
import type { VersionedEntity } from '../../services/collections.service.js';
import { expectedFrom } from '../etag.js';
import { listBody, withEtag } from '../request.js';
import { apiRoute, ifMatchHeader, json, pageQuery, problems } from '../route.js';
import { entityOut, listOf, patchOf } from '../schemas.js';

/** The lists the stakeholder view (and so a share link) reads, for names on the dashboard. */
const DASHBOARD_LISTS = new Set<CollectionName>(['goals', 'kpis', 'milestones']);

const REVIEW_QUARTER =
  'One review per quarter (its period, else the quarter of its date): a second review of a quarter is answered 409 with `existing`, the id and path of the review that is there.';

const present = ({ entity, version }: VersionedEntity) => ({ ...entity, version });

/** Each collection's entity name, for schema ids and tags; its plural is the collection's name (the operationIds: listGoals, createGoal…). */
const TYPE_NAMES: Record<CollectionName, string> = {
  audiences: 'Audience',
  competitors: 'Competitor',
  channels: 'Channel',
  campaigns: 'Campaign',
  goals: 'Goal',
  kpis: 'Kpi',
  themes: 'Theme',
  activities: 'Activity',
  milestones: 'Milestone',
  reviews: 'Review',
};

const listParams = z.object({ ws: z.string(), plan: z.string() });
const itemParams = listParams.extend({ id: z.string() });

/** The same five routes for every collection of a plan, documented and checked with its core schema. */
export function collectionsRoutes(app: OpenAPIHono, services: Services): void {
  for (const name of COLLECTION_NAMES) {
    const { schema } = COLLECTIONS[name];
    const type = TYPE_NAMES[name];
    const plural = `${name[0]!.toUpperCase()}${name.slice(1)}`;
    const out = entityOut(schema, type);
    const base = `/api/v1/workspaces/{ws}/plans/{plan}/${name}`;
    const item = `${base}/{id}`;
    const tags = [type];
    const subject = `The ${type.toLowerCase()}`;

    apiRoute(
      app,
      {
        method: 'get',
        path: base,
        operationId: `list${plural}`,
        tags,
        action: DASHBOARD_LISTS.has(name) ? 'plan.dashboard' : 'plan.read',
        summary: `List ${name}`,
        request: { params: listParams, query: pageQuery },
        responses: { 200: json(listOf(out, `${type}List`), `The ${name}`), ...problems(400, 404) },
      },
      async (c) => {
        const { ws, plan } = c.req.valid('param');
        return c.json(listBody(await services.collections.list(ws, plan, name, c.req.valid('query')), present), 200);
      },
    );

    apiRoute(
      app,
      {
        method: 'post',
        path: base,
        operationId: `create${type}`,
        tags,
        action: 'plan.write',
        subject,
        summary: `Create a ${type.toLowerCase()}`,
        ...(name === 'reviews' ? { description: REVIEW_QUARTER } : {}),
        request: { params: listParams, body: { content: { 'application/json': { schema } } } },
        responses: { 201: json(out, 'Created'), ...problems(400, 404, 409, 415, 422) },
      },
      async (c) => {
        const { ws, plan } = c.req.valid('param');
        const created = await services.collections.create(ws, plan, name, c.req.valid('json'));
        withEtag(c, created.version);
        c.header('Location', c.req.path.replace(/\/$/, '') + `/${encodeURIComponent(String(created.entity.id))}`);
        return c.json(present(created), 201);
      },
    );

    apiRoute(
      app,
      {
        method: 'get',
        path: item,
        operationId: `get${type}`,
        tags,
        action: 'plan.read',
        summary: `Read a ${type.toLowerCase()}`,
        request: { params: itemParams },
        responses: { 200: json(out, `The ${type.toLowerCase()}`), ...problems(404) },
      },
      async (c) => {
        const { ws, plan, id } = c.req.valid('param');
        const found = await services.collections.get(ws, plan, name, id);
        withEtag(c, found.version);
        return c.json(present(found), 200);
      },
    );

    apiRoute(
      app,
      {
        method: 'patch',
        path: item,
        operationId: `update${type}`,
        tags,
        action: 'plan.write',
        subject,
        summary: `Change a ${type.toLowerCase()}`,
        description: ['JSON merge patch: the fields to change; null removes a field.', ...(name === 'reviews' ? [REVIEW_QUARTER] : [])].join('\n\n'),
        request: { params: itemParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: patchOf(schema, `${type}Patch`) } } } },
        responses: { 200: json(out, `The ${type.toLowerCase()}`), ...problems(400, 404, 412, 415, 422, 428), ...(name === 'reviews' ? problems(409) : {}) },
      },
      async (c) => {
        const { ws, plan, id } = c.req.valid('param');
        const updated = await services.collections.update(ws, plan, name, id, c.req.valid('json'), expectedFrom(c.req.valid('header')['if-match']));
        withEtag(c, updated.version);
        return c.json(present(updated), 200);
      },
    );

    apiRoute(
      app,
      {
        method: 'delete',
        path: item,
        operationId: `delete${type}`,
        tags,
        action: 'plan.write',
        summary: `Delete a ${type.toLowerCase()}`,
        request: { params: itemParams, headers: ifMatchHeader },
        responses: { 204: { description: 'Deleted' }, ...problems(404, 409, 412, 428) },
      },
      async (c) => {
        const { ws, plan, id } = c.req.valid('param');
        await services.collections.delete(ws, plan, name, id, expectedFrom(c.req.valid('header')['if-match']));
        return c.body(null, 204);
      },
    );
  }
}
