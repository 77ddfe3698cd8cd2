import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
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

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);
const gzipped = promisify(gzip);

/** Each file's gzip, made once per version of the file (by its modification time). */
const gzipCache = new Map<string, { mtimeMs: number; body: Uint8Array<ArrayBuffer> }>();

async function gzipOf(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const { mtimeMs } = await stat(file);
  const cached = gzipCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = new Uint8Array(await gzipped(await readFile(file), { level: 9 }));
  gzipCache.set(file, { mtimeMs, body });
  return body;
}

/** The file as the browser asked for it: gzipped when it accepts that and the type gains from it. */
async function fileBody(file: string, acceptEncoding: string | undefined): Promise<{ body: Uint8Array<ArrayBuffer>; headers: Record<string, string> }> {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(acceptEncoding ?? '')) {
    return { body: await gzipOf(file), headers: { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } };
  }
  return { body: new Uint8Array(await readFile(file)), headers: { 'Content-Type': type, Vary: 'Accept-Encoding' } };
}

function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** A prefix test would let `/..%2fdist-private/…` out of `…/dist`; the relative path cannot. */
function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** packages/web/dist, beside this package (src/http or dist/http alike). */
export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../../web/dist', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Kurs</title>
<p>The web app is not built yet. Run <code>npm run build</code> (or <code>npm start</code>, which builds first).</p></html>`;

/**
 * Serves the built single-page app: files by path, and index.html for every other page path
 * so that deep links work. Hashed assets are cached for a year; index.html never. Text files
 * go gzipped to a browser that accepts it (Kurs often runs without a proxy that would do it).
 */
export function serveWebApp(app: OpenAPIHono, webDir: string = DEFAULT_WEB_DIR): void {
  const root = resolve(webDir);
  app.get('*', async (c) => {
    const path = decodedPath(new URL(c.req.url).pathname);
    if (path === undefined) return c.text('The address has a malformed %-escape.', 400);
    if (path.startsWith('/api/')) return c.notFound();
    const file = join(root, path);
    if (isInside(root, file) && extname(file) && existsSync(file)) {
      const immutable = path.startsWith('/assets/');
      const { body, headers } = await fileBody(file, c.req.header('Accept-Encoding'));
      return c.body(body, 200, { ...headers, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    }
    const index = join(root, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT, 503);
    const { body, headers } = await fileBody(index, c.req.header('Accept-Encoding'));
    return c.body(body, 200, { ...headers, 'Cache-Control': 'no-cache' });
  });
}
