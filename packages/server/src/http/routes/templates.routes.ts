import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Locale } from '@kurs/core';
import { z } from 'zod';
import type { Services } from '../../container.js';
import { type Template, type TemplateSummary, templateCreateSchema } from '../../services/templates.service.js';
import { expectedFrom } from '../etag.js';
import { listBody, withEtag } from '../request.js';
import { apiRoute, ifMatchHeader, json, pageQuery, problems } from '../route.js';
import { listOf, templateSchema, templateSummarySchema } from '../schemas.js';

const summary = (t: TemplateSummary) => ({
  id: t.id,
  name: t.name,
  description: t.description,
  locale: t.locale as Locale | null,
  version: t.version,
  created_at: t.created_at,
});
const present = (t: Template) => ({ ...summary(t), document: t.document });
const wsParams = z.object({ ws: z.string() });
const templateParams = z.object({ ws: z.string(), id: z.string() });
const tags = ['Templates'];
const TEMPLATES = '/api/v1/workspaces/{ws}/templates';

export function templatesRoutes(app: OpenAPIHono, services: Services): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: TEMPLATES,
      operationId: 'listTemplates',
      tags,
      action: 'templates.read',
      summary: "List the workspace's templates",
      description: 'Without their documents; by id.',
      request: { params: wsParams, query: pageQuery },
      responses: { 200: json(listOf(templateSummarySchema, 'TemplateList'), 'The templates'), ...problems(400, 404) },
    },
    async (c) => c.json(listBody(await services.templates.list(c.req.valid('param').ws, c.req.valid('query')), summary), 200),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: TEMPLATES,
      operationId: 'createTemplate',
      tags,
      action: 'templates.write',
      subject: 'The template',
      summary: 'Save a plan as a template',
      description:
        "The plan's document as it is now becomes the template, without its measurements and reviews: a template is a starting point. Its id is made from the name; its locale is the plan's.",
      request: { params: wsParams, body: { content: { 'application/json': { schema: templateCreateSchema } } } },
      responses: { 201: json(templateSchema, 'Created'), ...problems(400, 404, 415, 422) },
    },
    async (c) => {
      const { ws } = c.req.valid('param');
      const template = await services.templates.create(ws, c.req.valid('json'));
      withEtag(c, template.version);
      c.header('Location', `/api/v1/workspaces/${encodeURIComponent(ws)}/templates/${encodeURIComponent(template.id)}`);
      return c.json(present(template), 201);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${TEMPLATES}/{id}`,
      operationId: 'getTemplate',
      tags,
      action: 'templates.read',
      summary: 'Read a template with its plan document',
      request: { params: templateParams },
      responses: { 200: json(templateSchema, 'The template'), ...problems(404) },
    },
    async (c) => {
      const { ws, id } = c.req.valid('param');
      const template = await services.templates.get(ws, id);
      withEtag(c, template.version);
      return c.json(present(template), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path: `${TEMPLATES}/{id}`,
      operationId: 'deleteTemplate',
      tags,
      action: 'templates.write',
      summary: 'Delete a template',
      description: 'Plans made from it are not touched.',
      request: { params: templateParams, headers: ifMatchHeader },
      responses: { 204: { description: 'Deleted' }, ...problems(404, 412, 428) },
    },
    async (c) => {
      const { ws, id } = c.req.valid('param');
      await services.templates.delete(ws, id, expectedFrom(c.req.valid('header')['if-match']));
      return c.body(null, 204);
    },
  );
}
