import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Services } from '../../container.js';
import type { WorkspaceRow } from '../../repositories/workspaces.repository.js';
import { principalOf } from '../access.js';
import { ifMatch, jsonBody, listBody, pageRequest, withEtag } from '../request.js';
import { ifMatchHeader, json, pageQuery, problems, route } from '../route.js';
import { listOf, workspaceCreateSchema, workspacePatchSchema, workspaceSchema } from '../schemas.js';

const present = (w: WorkspaceRow) => ({ id: w.slug, name: w.name, version: w.version, created_at: w.created_at, updated_at: w.updated_at });
const params = z.object({ ws: z.string() });
const tags = ['Workspaces'];

export function workspacesRoutes(app: OpenAPIHono, services: Services): void {
  route(
    app,
    { method: 'get', path: '/api/v1/workspaces', tags, action: 'workspace.list', summary: 'List workspaces', request: { query: pageQuery }, responses: { 200: json(listOf(workspaceSchema, 'WorkspaceList'), 'The workspaces'), ...problems(400) } },
    async (c) => c.json(listBody(await services.workspaces.list(pageRequest(c), await services.access.visibleWorkspaceIds(principalOf(c))), present)),
  );

  route(
    app,
    {
      method: 'post',
      path: '/api/v1/workspaces',
      tags,
      action: 'workspace.create', summary: 'Create a workspace',
      request: { body: { content: { 'application/json': { schema: workspaceCreateSchema } } } },
      responses: { 201: json(workspaceSchema, 'Created'), ...problems(400, 409, 422) },
    },
    async (c) => {
      const row = await services.workspaces.create(await jsonBody(c));
      withEtag(c, row.version);
      c.header('Location', `/api/v1/workspaces/${encodeURIComponent(row.slug)}`);
      return c.json(present(row), 201);
    },
  );

  route(
    app,
    { method: 'get', path: '/api/v1/workspaces/{ws}', tags, action: 'workspace.read', summary: 'Read a workspace', request: { params }, responses: { 200: json(workspaceSchema, 'The workspace'), ...problems(404) } },
    async (c) => {
      const row = await services.workspaces.get(c.req.param('ws')!);
      withEtag(c, row.version);
      return c.json(present(row));
    },
  );

  route(
    app,
    {
      method: 'patch',
      path: '/api/v1/workspaces/{ws}',
      tags,
      action: 'workspace.update', summary: 'Rename a workspace',
      request: { params, headers: ifMatchHeader, body: { content: { 'application/json': { schema: workspacePatchSchema } } } },
      responses: { 200: json(workspaceSchema, 'The workspace'), ...problems(400, 404, 412, 422, 428) },
    },
    async (c) => {
      const row = await services.workspaces.rename(c.req.param('ws')!, await jsonBody(c), ifMatch(c));
      withEtag(c, row.version);
      return c.json(present(row));
    },
  );

  route(
    app,
    { method: 'delete', path: '/api/v1/workspaces/{ws}', tags, action: 'workspace.delete', summary: 'Delete a workspace and all its plans', request: { params, headers: ifMatchHeader }, responses: { 204: { description: 'Deleted' }, ...problems(404, 412, 428) } },
    async (c) => {
      await services.workspaces.delete(c.req.param('ws')!, ifMatch(c));
      return c.body(null, 204);
    },
  );
}
