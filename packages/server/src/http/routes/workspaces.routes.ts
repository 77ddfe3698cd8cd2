import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Locale } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { WorkspaceRow } from '../../repositories/workspaces.repository.js';
import { workspaceCreateSchema, workspacePatchSchema } from '../../services/workspaces.service.js';
import { principalOf } from '../access.js';
import { expectedFrom } from '../etag.js';
import { listBody, withEtag } from '../request.js';
import { apiRoute, ifMatchHeader, json, pageQuery, problems } from '../route.js';
import { listOf, workspaceSchema } from '../schemas.js';

const present = (w: WorkspaceRow) => ({
  id: w.slug,
  name: w.name,
  locale: w.locale as Locale | null,
  currency: w.currency,
  version: w.version,
  created_at: w.created_at,
  updated_at: w.updated_at,
});
const params = z.object({ ws: z.string() });
const tags = ['Workspaces'];

export function workspacesRoutes(app: OpenAPIHono, services: Services): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/workspaces',
      operationId: 'listWorkspaces',
      tags,
      action: 'workspace.list',
      summary: 'List workspaces',
      request: { query: pageQuery },
      responses: { 200: json(listOf(workspaceSchema, 'WorkspaceList'), 'The workspaces'), ...problems(400) },
    },
    async (c) => c.json(listBody(await services.workspaces.list(c.req.valid('query'), await services.access.visibleWorkspaceIds(principalOf(c))), present), 200),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/workspaces',
      operationId: 'createWorkspace',
      tags,
      action: 'workspace.create',
      subject: 'The workspace',
      summary: 'Create a workspace',
      request: { body: { content: { 'application/json': { schema: workspaceCreateSchema } } } },
      responses: { 201: json(workspaceSchema, 'Created'), ...problems(400, 409, 422) },
    },
    async (c) => {
      const row = await services.workspaces.create(c.req.valid('json'));
      withEtag(c, row.version);
      c.header('Location', `/api/v1/workspaces/${encodeURIComponent(row.slug)}`);
      return c.json(present(row), 201);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/workspaces/{ws}',
      operationId: 'getWorkspace',
      tags,
      action: 'workspace.read',
      summary: 'Read a workspace',
      request: { params },
      responses: { 200: json(workspaceSchema, 'The workspace'), ...problems(404) },
    },
    async (c) => {
      const row = await services.workspaces.get(c.req.valid('param').ws);
      withEtag(c, row.version);
      return c.json(present(row), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'patch',
      path: '/api/v1/workspaces/{ws}',
      operationId: 'updateWorkspace',
      tags,
      action: 'workspace.update',
      subject: 'The workspace',
      summary: 'Rename a workspace, set its defaults for new plans',
      description: 'The fields to change: `name`, `locale` (en, nb, sv, da) and `currency` (ISO 4217), the language and currency new plans start with; null clears `locale` or `currency`.',
      request: { params, headers: ifMatchHeader, body: { content: { 'application/json': { schema: workspacePatchSchema } } } },
      responses: { 200: json(workspaceSchema, 'The workspace'), ...problems(400, 404, 412, 422, 428) },
    },
    async (c) => {
      const row = await services.workspaces.update(c.req.valid('param').ws, c.req.valid('json'), expectedFrom(c.req.valid('header')['if-match']));
      withEtag(c, row.version);
      return c.json(present(row), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path: '/api/v1/workspaces/{ws}',
      operationId: 'deleteWorkspace',
      tags,
      action: 'workspace.delete',
      summary: 'Delete a workspace and all its plans',
      request: { params, headers: ifMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...problems(404, 412, 428) },
    },
    async (c) => {
      await services.workspaces.delete(c.req.valid('param').ws, expectedFrom(c.req.valid('header')['if-match']));
      return c.body(null, 204);
    },
  );
}
