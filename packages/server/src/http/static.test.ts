import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Container, createContainer } from '../container.js';
import { freshDatabase, testConfig } from '../testing/databases.js';
import { OWNER, sessionCookie } from '../testing/http.js';
import { createApp } from './app.js';
import { CONTENT_SECURITY_POLICY } from './security.js';
import { SESSION_ELEMENT, serveWebApp } from './static.js';

function webApp(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'kurs-web-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const app = new OpenAPIHono();
  serveWebApp(app, dir);
  return app;
}

const SCRIPT = 'console.log("kurs");\n'.repeat(200);

describe('serving the web app', () => {
  const app = webApp({ 'index.html': '<!doctype html><title>Kurs</title>', 'assets/app-1.js': SCRIPT, 'logo.png': 'PNG' });

  it('sends text files gzipped to a browser that accepts it, and plain to one that does not', async () => {
    const zipped = await app.request('/assets/app-1.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Cache-Control')).toContain('immutable');
    const body = Buffer.from(await zipped.arrayBuffer());
    expect(body.length).toBeLessThan(SCRIPT.length / 10);
    expect(gunzipSync(body).toString()).toBe(SCRIPT);

    const plain = await app.request('/assets/app-1.js');
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('sends pictures as they are', async () => {
    const png = await app.request('/logo.png', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(png.headers.get('Content-Encoding')).toBeNull();
    expect(png.headers.get('Content-Type')).toBe('image/png');
  });

  it('answers every page path with index.html, never stored, and nothing outside its folder', async () => {
    const page = await app.request('/workspaces/demo/plans/x/roadmap');
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    expect(await page.text()).toContain('<title>Kurs</title>');
    const climbed = await app.request('/assets/..%2F..%2F..%2Fetc%2Fpasswd');
    expect(await climbed.text()).toContain('<title>Kurs</title>');
  });

  it('never serves a file of a sibling folder whose name starts like its own', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'kurs-web-'));
    mkdirSync(join(parent, 'dist'));
    mkdirSync(join(parent, 'dist-private'));
    writeFileSync(join(parent, 'dist', 'index.html'), '<!doctype html><title>Kurs</title>');
    writeFileSync(join(parent, 'dist-private', 'secret.txt'), 'the secret');
    const sibling = new OpenAPIHono();
    serveWebApp(sibling, join(parent, 'dist'));
    for (const path of ['/..%2fdist-private/secret.txt', '/..%2Fdist-private%2Fsecret.txt', '/assets/..%2f..%2fdist-private/secret.txt', '/%2e%2e/dist-private/secret.txt']) {
      const res = await sibling.request(path);
      expect(await res.text(), path).not.toContain('the secret');
    }
  });

  it('answers a path with a malformed escape with 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%E0%A4%A.js', '/%ZZ']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(400);
    }
  });

  it('says the web app is not built when there is no index.html', async () => {
    const empty = webApp({});
    const res = await empty.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});

describe('index.html with the session in it', () => {
  const INDEX = '<!doctype html><html><head><title>Kurs</title><script type="module" src="/assets/main-1.js"></script></head><body></body></html>';
  // A name that would end the data block early and run a script, were it not escaped.
  const NAME = '</script><script>alert(1)</script><!-- & \u2028 end';
  let container: Container;
  let app: OpenAPIHono;
  let cookie: string;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kurs-web-'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    const config = testConfig(await freshDatabase('sqlite'));
    container = await createContainer(config);
    app = createApp({
      services: container.services,
      logger: container.logger,
      ready: () => container.db.ping(),
      bodyLimitBytes: config.bodyLimitBytes,
      importLimitBytes: config.importLimitBytes,
      access: config,
      webDir: dir,
    });
    const signedUp = await app.request('http://localhost/api/v1/auth/first-account', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...OWNER, name: NAME }),
    });
    expect(signedUp.status).toBe(201);
    cookie = sessionCookie(signedUp);
  });

  afterAll(() => container?.close());

  /** The data blocks of a page, each as the browser's JSON.parse would read it. */
  const blocksOf = (html: string) =>
    [...html.matchAll(new RegExp(`<script type="application/json" id="${SESSION_ELEMENT}">(.*?)</script>`, 'gs'))].map((m) => JSON.parse(m[1]!) as unknown);

  it('carries the signed-in session, the same as GET /auth/session answers, and is never stored', async () => {
    const page = await app.request('http://localhost/workspaces/demo/plans/x', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    const html = await page.text();
    const asked = (await (await app.request('http://localhost/api/v1/auth/session', { headers: { cookie } })).json()) as { csrf_token: string; user: { name: string } };
    expect(blocksOf(html)).toEqual([asked]);
    expect(asked.user.name).toBe(NAME);
    expect(asked.csrf_token).toMatch(/\S{16,}/);
    // The name's markup stays inside the JSON: the page has its own two script elements and no other.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(html.indexOf(SESSION_ELEMENT)).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf(SESSION_ELEMENT)).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it('says that nobody is signed in without a cookie or with an unknown one', async () => {
    for (const headers of [{}, { cookie: 'kurs.session=not-a-session' }] as Record<string, string>[]) {
      const page = await app.request('http://localhost/', { headers });
      expect(page.headers.get('Cache-Control')).toBe('no-store');
      expect(blocksOf(await page.text())).toEqual([null]);
    }
  });

  it('goes gzipped when asked, and the page keeps the policy that allows no inline script', async () => {
    const page = await app.request('http://localhost/index.html', { headers: { cookie, 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('Content-Encoding')).toBe('gzip');
    expect(blocksOf(gunzipSync(Buffer.from(await page.arrayBuffer())).toString())).toHaveLength(1);
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline[^;]*;\s*style|script-src[^;]*unsafe/);
  });
});
