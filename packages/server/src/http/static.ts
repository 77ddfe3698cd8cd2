import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** packages/web/dist, beside this package (src/http or dist/http alike). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Kurs</title>
<p>The web app is not built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds first).</p></html>`;

/**
 * Serves the built single-page app: files by path, and index.html for every other page path
 * so that deep links work. Hashed assets are cached for a year; index.html never.
 */
export function serveWebApp(app: OpenAPIHono, webDir: string = DEFAULT_WEB_DIR): void {
  const root = resolve(webDir);
  app.get('*', async (c) => {
    const path = decodeURIComponent(new URL(c.req.url).pathname);
    if (path.startsWith('/api/')) return c.notFound();
    const file = normalize(join(root, path));
    if (file.startsWith(root) && extname(file) && existsSync(file)) {
      const immutable = path.startsWith('/assets/');
      return c.body(await readFile(file), 200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    const index = join(root, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT, 503);
    return c.body(await readFile(index), 200, { 'Content-Type': TYPES['.html']!, 'Cache-Control': 'no-cache' });
  });
}
