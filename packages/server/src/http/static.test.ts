import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { serveWebApp } from './static.js';

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

  it('answers every page path with index.html, never cached, and nothing outside its folder', async () => {
    const page = await app.request('/workspaces/demo/plans/x/roadmap');
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
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
