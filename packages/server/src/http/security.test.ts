import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, TEST_DATABASES } from '../testing/databases.js';
import { startTestApp, type TestApp } from '../testing/app.js';
import { CONTENT_SECURITY_POLICY } from './security.js';

describe.each(TEST_DATABASES)('hardened HTTP behind https on %s', (kind) => {
  const skip = kind === 'postgres' && !postgresAvailable();
  const run = skip ? it.skip : it;
  let t: TestApp;

  beforeAll(async () => {
    if (!skip) t = await startTestApp(kind, { publicUrl: 'https://kurs.example.com', secure: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  run('sets a __Host- session cookie that is Secure, HttpOnly and SameSite=Lax', async () => {
    const res = await t.as({})('POST', '/api/v1/auth/sign-in', { json: { email: 'owner@kurs.test', password: 'owner-password-1' }, headers: { origin: 'https://kurs.example.com' } });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-kurs.session='))!;
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/Domain=/);
    expect(t.owner.credentials.cookie).toMatch(/^__Host-kurs\.session=/);
    expect((await t.owner.call('GET', '/api/v1/auth/session')).status).toBe(200);
  });

  run('sends the security headers, HSTS included, on API answers, errors and pages', async () => {
    for (const path of ['/api/health', '/api/v1/workspaces/nope', '/api/docs', '/']) {
      const res = await t.owner.call('GET', path);
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  run('documents every operation with its action and how to authenticate', async () => {
    const doc = (await (await t.owner.call('GET', '/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { 'x-kurs-action'?: string; security?: unknown[] }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops));
    expect(operations.length).toBeGreaterThan(60);
    for (const op of operations) {
      expect(op['x-kurs-action']).toBeTruthy();
      expect(Array.isArray(op.security)).toBe(true);
    }
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['bearer', 'session']);
  });

  run('takes writes only from its public origin', async () => {
    const rename = (origin: string) => t.owner.call('POST', '/api/v1/workspaces', { json: { name: `From ${origin}` }, headers: { origin } });
    expect((await rename('https://kurs.example.com')).status).toBe(201);
    expect((await rename('http://kurs.example.com')).status).toBe(403);
    expect((await rename('https://evil.example.com')).status).toBe(403);
  });

  run('refuses a body over the limit with 413 and a route without an action at start-up', async () => {
    const big = 'x'.repeat(t.container.config.bodyLimitBytes + 10);
    expect((await t.owner.call('POST', '/api/v1/workspaces', { body: big, headers: { 'content-type': 'application/json' } })).status).toBe(413);
    const { apiRoute } = await import('./route.js');
    const { OpenAPIHono } = await import('@hono/zod-openapi');
    expect(() => apiRoute(new OpenAPIHono(), { method: 'get', path: '/api/x', operationId: 'getX', responses: {} } as never, (c) => c.text('x') as never)).toThrow(/names no action/);
  });
});
