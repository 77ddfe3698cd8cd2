import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { shareLinkCreateSchema } from '../../services/share-links.service.js';
import { actorId } from '../access.js';
import { listBody } from '../request.js';
import { apiRoute, json, pageQuery, problems } from '../route.js';
import { listOf } from '../schemas.js';

const PLAN = '/api/v1/workspaces/{ws}/plans/{plan}';
const tags = ['Share links'];
const shareLinkSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    status: z.enum(['active', 'revoked', 'expired']),
    expires_at: z.string().nullable(),
    created_at: z.string(),
    revoked_at: z.string().nullable(),
  })
  .meta({ id: 'ShareLink' });
const shareLinkCreatedSchema = shareLinkSchema
  .extend({
    token: z.string().meta({ description: 'Shown this once; only its hash is stored' }),
    url: z.string().meta({ description: '<KURS_PUBLIC_URL>/shared#<token> (a path when KURS_PUBLIC_URL is not set)' }),
  })
  .meta({ id: 'ShareLinkCreated' });

/** Read-only links to a plan's stakeholder view. */
export function shareLinksRoutes(app: OpenAPIHono, services: Services): void {
  const params = z.object({ ws: z.string(), plan: z.string() });

  apiRoute(
    app,
    {
      method: 'get',
      path: `${PLAN}/share-links`,
      operationId: 'listShareLinks',
      action: 'share_links.manage',
      tags,
      summary: "The plan's share links (never their tokens)",
      request: { params, query: pageQuery },
      responses: { 200: json(listOf(shareLinkSchema, 'ShareLinkList'), 'The links'), ...problems(400, 404) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return c.json(listBody(await services.shareLinks.list(ws, plan, c.req.valid('query')), (l) => l), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${PLAN}/share-links`,
      operationId: 'createShareLink',
      action: 'share_links.manage',
      tags,
      subject: 'The share link',
      summary: "Create a read-only link to the plan's dashboard and roadmap",
      description:
        'Whoever has the link reads, with `Authorization: Bearer <token>`, only the routes of action `plan.dashboard` of this plan (header, progress, health, roadmap, KPI series, goals, KPIs, milestones) and GET /api/v1/share; nothing else.',
      request: { params, body: { content: { 'application/json': { schema: shareLinkCreateSchema } } } },
      responses: { 201: json(shareLinkCreatedSchema, 'Created'), ...problems(400, 404, 422) },
    },
    async (c) => {
      const { ws, plan } = c.req.valid('param');
      return c.json(await services.shareLinks.create(ws, plan, c.req.valid('json'), actorId(c)), 201);
    },
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path: `${PLAN}/share-links/{id}`,
      operationId: 'revokeShareLink',
      action: 'share_links.manage',
      tags,
      summary: 'Revoke a share link; it stops working at once',
      request: { params: params.extend({ id: z.string() }) },
      responses: { 204: { description: 'Revoked' }, ...problems(404) },
    },
    async (c) => {
      const { ws, plan, id } = c.req.valid('param');
      await services.shareLinks.revoke(ws, plan, id);
      return c.body(null, 204);
    },
  );
}
