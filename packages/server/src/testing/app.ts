import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Config } from '../config/config.js';
import { type Container, createContainer } from '../container.js';
import { createApp } from '../http/app.js';
import { freshDatabase, type TestDatabaseKind, testConfig } from './databases.js';
import { type Call, type CallOptions, type Credentials, OWNER, sessionCookie, type TestUser } from './http.js';

export interface TestApp {
  container: Container;
  app: OpenAPIHono;
  /** A request through the app in this process, no socket: for tests that send thousands. */
  as(credentials: Credentials): Call;
  owner: TestUser;
  signUpWithInvitation(token: string, email: string): Promise<TestUser>;
  close(): Promise<void>;
}

function inProcess(app: OpenAPIHono, credentials: Credentials): Call {
  return async (method: string, path: string, options: CallOptions = {}) => {
    const headers: Record<string, string> = {};
    if ('cookie' in credentials) {
      headers.cookie = credentials.cookie;
      headers['x-csrf-token'] = credentials.csrf;
    }
    if ('token' in credentials) headers.authorization = `Bearer ${credentials.token}`;
    Object.assign(headers, options.headers);
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    return app.request(`http://localhost${path}`, { method, headers, body });
  };
}

async function user(app: OpenAPIHono, res: Response, password: string): Promise<TestUser> {
  if (res.status !== 200 && res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string; email: string }; csrf_token: string };
  const credentials = { cookie: sessionCookie(res), csrf: body.csrf_token };
  return { id: body.user.id, email: body.user.email, password, credentials, call: inProcess(app, credentials) };
}

/** The app on a fresh database of this kind, with the first account (the owner) signed in. */
export async function startTestApp(kind: TestDatabaseKind, overrides: Partial<Config> = {}): Promise<TestApp> {
  const config = testConfig(await freshDatabase(kind), overrides);
  const container = await createContainer(config);
  const app = createApp({
    services: container.services,
    logger: container.logger,
    ready: () => container.db.ping(),
    bodyLimitBytes: config.bodyLimitBytes,
    importLimitBytes: config.importLimitBytes,
    access: config,
  });
  const anonymous = inProcess(app, {});
  const owner = await user(app, await anonymous('POST', '/api/v1/auth/first-account', { json: OWNER }), OWNER.password);
  return {
    container,
    app,
    as: (credentials) => inProcess(app, credentials),
    owner,
    async signUpWithInvitation(token, email) {
      const password = `password-of-${email}`;
      return user(app, await anonymous('POST', '/api/v1/auth/sign-up', { json: { email, password, invitation: token } }), password);
    },
    close: () => container.close(),
  };
}
