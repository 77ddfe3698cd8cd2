import { expect } from 'vitest';
import type { Config } from '../config/config.js';
import { type RunningServer, startServer } from '../server.js';
import { freshDatabase, type TestDatabaseKind, testConfig } from './databases.js';

export interface CallOptions {
  json?: unknown;
  body?: string;
  headers?: Record<string, string>;
}

export type Call = (method: string, path: string, options?: CallOptions) => Promise<Response>;

/** What a test client sends: a session cookie with its CSRF token, a bearer token, or nothing. */
export type Credentials = { cookie: string; csrf: string } | { token: string } | Record<string, never>;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  credentials: Credentials & { cookie: string; csrf: string };
  call: Call;
}

export interface TestServer {
  server: RunningServer;
  url: string;
  /** fetch against the server as the owner (the first account); JSON bodies are sent as JSON. */
  call: Call;
  owner: TestUser;
  /** fetch with other credentials, or none. */
  as(credentials: Credentials): Call;
  anonymous: Call;
  /** A new account that joins a workspace with a role through an invitation of the owner. */
  member(workspace: string, role: 'owner' | 'editor' | 'viewer', email?: string): Promise<TestUser>;
  /** Signs in with email and password; the session's cookie and CSRF token. */
  signIn(email: string, password: string): Promise<TestUser>;
  close(): Promise<void>;
}

export const OWNER = { email: 'owner@kurs.test', password: 'owner-password-1', name: 'Owner' };

let users = 0;

/** The body of an answer that is checked to be a problem (application/problem+json). */
export async function problemOf<T>(res: Response): Promise<T> {
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return (await res.json()) as T;
}

/** The name=value of the session cookie a response set. */
export function sessionCookie(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.includes('kurs.session='));
  if (!cookie) throw new Error(`no session cookie in the answer (${res.status})`);
  return cookie.split(';')[0]!;
}

export function caller(url: string, credentials: Credentials): Call {
  return (method, path, options = {}) => {
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
    return fetch(`${url}${path}`, { method, headers, body });
  };
}

async function signedIn(url: string, res: Response, password: string): Promise<TestUser> {
  if (res.status !== 200 && res.status !== 201) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string; email: string }; csrf_token: string };
  const credentials = { cookie: sessionCookie(res), csrf: body.csrf_token };
  return { id: body.user.id, email: body.user.email, password, credentials, call: caller(url, credentials) };
}

/** Makes a plan from YAML in a workspace, as the owner; the plan's API path. */
export async function addPlan(t: { owner: TestUser }, workspace: string, id: string, yaml: string): Promise<string> {
  const res = await t.owner.call('POST', `/api/v1/workspaces/${workspace}/plans?id=${id}`, { body: yaml, headers: { 'content-type': 'application/yaml' } });
  if (res.status !== 201) throw new Error(`creating the plan "${id}" failed: ${res.status} ${await res.text()}`);
  return `/api/v1/workspaces/${workspace}/plans/${id}`;
}

/** Makes a workspace as the owner and in it a plan from YAML for each id of `plans`; `t` again. */
export async function withWorkspace<T extends { owner: TestUser }>(t: T, workspace: { id: string; name: string }, plans: Record<string, string> = {}): Promise<T> {
  const res = await t.owner.call('POST', '/api/v1/workspaces', { json: workspace });
  if (res.status !== 201) throw new Error(`creating the workspace failed: ${res.status} ${await res.text()}`);
  for (const [id, yaml] of Object.entries(plans)) await addPlan(t, workspace.id, id, yaml);
  return t;
}

/**
 * A real server on a free port and a fresh database of this kind, with its first account
 * (the owner) made and signed in: `call` acts as the owner.
 */
export async function startTestServer(kind: TestDatabaseKind, overrides: Partial<Config> = {}): Promise<TestServer> {
  const server = await startServer(testConfig(await freshDatabase(kind), { port: 0, host: '127.0.0.1', ...overrides }));
  const url = server.url.replace('localhost', '127.0.0.1');
  const anonymous = caller(url, {});
  const owner = await signedIn(url, await anonymous('POST', '/api/v1/auth/first-account', { json: OWNER }), OWNER.password);
  const signIn = async (email: string, password: string) => signedIn(url, await anonymous('POST', '/api/v1/auth/sign-in', { json: { email, password } }), password);
  return {
    server,
    url,
    call: owner.call,
    owner,
    as: (credentials) => caller(url, credentials),
    anonymous,
    signIn,
    async member(workspace, role, email = `user${++users}-${Date.now()}@kurs.test`) {
      const invited = await owner.call('POST', `/api/v1/workspaces/${workspace}/invitations`, { json: { role } });
      if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${await invited.text()}`);
      const { token } = (await invited.json()) as { token: string };
      const password = `password-of-${email}`;
      return signedIn(url, await anonymous('POST', '/api/v1/auth/sign-up', { json: { email, password, invitation: token } }), password);
    },
    close: () => server.close(),
  };
}
