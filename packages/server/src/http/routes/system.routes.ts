import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { apiRoute, json } from '../route.js';

const require = createRequire(import.meta.url);
const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));

const DOCS_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

// The page loads only files of this server: no CDN, and no inline script (the CSP forbids it).
const DOCS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kurs API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="docs"></main>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true });`;

export function systemRoutes(app: OpenAPIHono, ready: () => Promise<void>): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/health',
      operationId: 'getHealth',
      tags: ['System'],
      action: 'public',
      summary: 'The process answers',
      responses: { 200: json(z.object({ status: z.literal('ok') }), 'Alive') },
    },
    (c) => c.json({ status: 'ok' as const }, 200),
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/ready',
      operationId: 'getReadiness',
      tags: ['System'],
      action: 'public',
      summary: 'The database answers',
      responses: { 200: json(z.object({ status: z.literal('ready') }), 'Ready'), 503: json(z.object({ status: z.literal('unavailable') }), 'The database does not answer') },
    },
    async (c) => {
      try {
        await ready();
        return c.json({ status: 'ready' as const }, 200);
      } catch {
        return c.json({ status: 'unavailable' as const }, 503);
      }
    },
  );

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Kurs API',
      version: '1',
      description: 'Build, run and review a digital strategy roadmap. Conventions (pagination, ETag/If-Match, problem+json errors) are described in docs/api.md.',
    },
  });

  app.get('/api/docs', (c) => c.html(DOCS_PAGE));
  app.get('/api/docs/init.js', (c) => c.body(DOCS_INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/api/docs/:asset', async (c) => {
    const asset = c.req.param('asset');
    const type = DOCS_ASSETS[asset];
    if (!type) return c.notFound();
    return c.body(await readFile(join(swaggerDir, asset)), 200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=86400' });
  });
}
