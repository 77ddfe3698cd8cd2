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

/** The text of index.html, read once per version of the file. */
const indexCache = new Map<string, { mtimeMs: number; text: string }>();

async function indexText(file: string): Promise<string> {
  const { mtimeMs } = await stat(file);
  const cached = indexCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.text;
  const text = await readFile(file, 'utf8');
  indexCache.set(file, { mtimeMs, text });
  return text;
}

/** The id of the element that carries the session into the page (packages/web reads it). */
export const SESSION_ELEMENT = 'kurs-session';

/**
 * JSON that may stand inside a <script> element: no `<` (so no `</script>` or `<!--`), no `>`
 * or `&`, escaped as JSON escapes them, so JSON.parse reads the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * What `GET /api/v1/auth/session` answers this request's cookie, asked of the app itself so
 * that it is the same answer (and the same renewed cookie) the page would get by asking;
 * null when nobody is signed in.
 */
async function sessionOf(app: OpenAPIHono, request: Request): Promise<{ session: unknown; cookies: string[] }> {
  const cookie = request.headers.get('cookie');
  if (!cookie) return { session: null, cookies: [] };
  const headers = new Headers(request.headers);
  headers.delete('accept-encoding');
  headers.set('accept', 'application/json');
  const answer = await app.request(new URL('/api/v1/auth/session', request.url), { headers });
  const cookies = answer.headers.getSetCookie();
  return { session: answer.status === 200 ? await answer.json() : null, cookies };
}

/**
 * index.html with the session in it, so that the page need not ask for it before anything
 * else: a data block (`type="application/json"`, never run, so the Content-Security-Policy's
 * script-src is not involved) holding the session or `null`, first in the head, so that it is
 * there before any script of the page runs.
 */
export function withSession(html: string, session: unknown): string {
  const block = `<script type="application/json" id="${SESSION_ELEMENT}">${scriptSafeJson(session)}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  return head ? `${html.slice(0, head.index + head[0].length)}${block}${html.slice(head.index + head[0].length)}` : `${block}${html}`;
}

/**
 * Serves the built single-page app: files by path, and index.html for every other page path
 * so that deep links work. Hashed assets are cached for a year; index.html is never stored, as
 * it carries the signed-in session. Text files go gzipped to a browser that accepts it (Kurs
 * often runs without a proxy that would do it).
 */
export function serveWebApp(app: OpenAPIHono, webDir: string = DEFAULT_WEB_DIR): void {
  const root = resolve(webDir);
  app.get('*', async (c) => {
    const path = decodedPath(new URL(c.req.url).pathname);
    if (path === undefined) return c.text('The address has a malformed %-escape.', 400);
    if (path.startsWith('/api/')) return c.notFound();
    const file = join(root, path);
    if (isInside(root, file) && extname(file) && existsSync(file) && path !== '/index.html') {
      const immutable = path.startsWith('/assets/');
      const { body, headers } = await fileBody(file, c.req.header('Accept-Encoding'));
      return c.body(body, 200, { ...headers, 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    }
    const index = join(root, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT, 503);
    const { session, cookies } = await sessionOf(app, c.req.raw);
    const html = withSession(await indexText(index), session);
    const headers: Record<string, string> = { 'Content-Type': TYPES['.html']!, Vary: 'Accept-Encoding, Cookie', 'Cache-Control': 'no-store' };
    for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
    if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
      return c.body(new Uint8Array(await gzipped(html)), 200, { ...headers, 'Content-Encoding': 'gzip' });
    }
    return c.body(html, 200, headers);
  });
}
