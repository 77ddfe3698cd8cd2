import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { COLLECTION_NAMES, COLLECTIONS, type CollectionName } from '../../repositories/collections.js';
import type { VersionedEntity } from '../../services/collections.service.js';
import { ifMatch, jsonBody, listBody, pageRequest, withEtag } from '../request.js';
import { ifMatchHeader, json, pageQuery, problems, route } from '../route.js';
import { entityOut, listOf, patchOf } from '../schemas.js';

/** The lists the stakeholder view (and so a share link) reads, for names on the dashboard. */
const DASHBOARD_LISTS = new Set<CollectionName>(['goals', 'kpis', 'milestones']);

const REVIEW_QUARTER =
  'One review per quarter (its period, else the quarter of its date): a second review of a quarter is answered 409 with `existing`, the id and path of the review that is there.';

const present = ({ entity, version }: VersionedEntity) => ({ ...entity, version });

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

/** The same five routes for every collection of a plan, documented with its core schema. */
export function collectionsRoutes(app: OpenAPIHono, services: Services): void {
  for (const name of COLLECTION_NAMES) {
    const { schema } = COLLECTIONS[name];
    const type = TYPE_NAMES[name];
    const out = entityOut(schema, type);
    const base = `/api/v1/workspaces/{ws}/plans/{plan}/${name}`;
    const item = `${base}/{id}`;
    const listParams = z.object({ ws: z.string(), plan: z.string() });
    const itemParams = listParams.extend({ id: z.string() });
    const tags = [type];
    const ids = (c: { req: { param: (k: string) => string | undefined } }) => [c.req.param('ws')!, c.req.param('plan')!] as const;

    route(
      app,
      { method: 'get', path: base, tags, action: DASHBOARD_LISTS.has(name) ? 'plan.dashboard' : 'plan.read', summary: `List ${name}`, request: { params: listParams, query: pageQuery }, responses: { 200: json(listOf(out, `${type}List`), `The ${name}`), ...problems(400, 404) } },
      async (c) => c.json(listBody(await services.collections.list(...ids(c), name, pageRequest(c)), present)),
    );

    route(
      app,
      {
        method: 'post',
        path: base,
        tags,
        action: 'plan.write', summary: `Create a ${type.toLowerCase()}`,
        ...(name === 'reviews' ? { description: REVIEW_QUARTER } : {}),
        request: { params: listParams, body: { content: { 'application/json': { schema } } } },
        responses: { 201: json(out, 'Created'), ...problems(400, 404, 409, 422) },
      },
      async (c) => {
        const created = await services.collections.create(...ids(c), name, await jsonBody(c));
        withEtag(c, created.version);
        c.header('Location', c.req.path.replace(/\/$/, '') + `/${encodeURIComponent(String(created.entity.id))}`);
        return c.json(present(created), 201);
      },
    );

    route(
      app,
      { method: 'get', path: item, tags, action: 'plan.read', summary: `Read a ${type.toLowerCase()}`, request: { params: itemParams }, responses: { 200: json(out, `The ${type.toLowerCase()}`), ...problems(404) } },
      async (c) => {
        const found = await services.collections.get(...ids(c), name, c.req.param('id')!);
        withEtag(c, found.version);
        return c.json(present(found));
      },
    );

    route(
      app,
      {
        method: 'patch',
        path: item,
        tags,
        action: 'plan.write', summary: `Change a ${type.toLowerCase()}`,
        description: ['JSON merge patch: the fields to change; null removes an optional field.', ...(name === 'reviews' ? [REVIEW_QUARTER] : [])].join('\n\n'),
        request: { params: itemParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: patchOf(schema, `${type}Patch`) } } } },
        responses: { 200: json(out, `The ${type.toLowerCase()}`), ...problems(400, 404, 412, 422, 428), ...(name === 'reviews' ? problems(409) : {}) },
      },
      async (c) => {
        const updated = await services.collections.update(...ids(c), name, c.req.param('id')!, await jsonBody(c), ifMatch(c));
        withEtag(c, updated.version);
        return c.json(present(updated));
      },
    );

    route(
      app,
      {
        method: 'delete',
        path: item,
        tags,
        action: 'plan.write', summary: `Delete a ${type.toLowerCase()}`,
        request: { params: itemParams, headers: ifMatchHeader },
        responses: { 204: { description: 'Deleted' }, ...problems(404, 409, 412, 428) },
      },
      async (c) => {
        await services.collections.delete(...ids(c), name, c.req.param('id')!, ifMatch(c));
        return c.body(null, 204);
      },
    );
  }
}
