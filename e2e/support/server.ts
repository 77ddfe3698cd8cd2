import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../packages/server/src/config/config.js';
import { type RunningServer, startServer } from '../../packages/server/src/server.js';

export interface AppServer {
  url: string;
  server: RunningServer;
  close(): Promise<void>;
}

/** The first account of every journey's server: it owns the demo workspace. */
export const OWNER = { email: 'owner@kurs.test', password: 'owner-password-1', name: 'Kari Nordmann' };

export interface Owner {
  /** The session cookie's name and value, for a browser context. */
  cookie: { name: string; value: string };
  csrf: string;
  /** fetch against the API as the owner, with the CSRF token on writes. */
  api(method: string, path: string, json?: unknown): Promise<Response>;
}

/** Creates the first account (the owner) through the API, as the setup page would. */
export async function createOwner(app: AppServer): Promise<Owner> {
  const res = await fetch(`${app.url}/api/v1/auth/first-account`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.url },
    body: JSON.stringify(OWNER),
  });
  if (res.status !== 201) throw new Error(`first account: ${res.status} ${await res.text()}`);
  const set = res.headers.getSetCookie().find((c) => c.includes('kurs.session='))!;
  const [name, value] = set.split(';')[0]!.split(/=(.*)/s) as [string, string];
  const { csrf_token: csrf } = (await res.json()) as { csrf_token: string };
  const api = (method: string, path: string, json?: unknown) =>
    fetch(`${app.url}${path}`, {
      method,
      headers: { cookie: `${name}=${value}`, 'x-csrf-token': csrf, origin: app.url, ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  return { cookie: { name, value }, csrf, api };
}

/** The id of the demo workspace's plan (the book shop's), which the first start creates. */
export async function demoPlanId(owner: Owner): Promise<string> {
  const { items } = (await (await owner.api('GET', '/api/v1/workspaces/demo/plans')).json()) as { items: { id: string }[] };
  return items[0]!.id;
}

/**
 * The real server on a free port and a fresh SQLite database, serving the built web app
 * (packages/web/dist, or KURS_WEB_DIR: `npm run build` first; `npm test` does). With `demo`, the first start
 * creates the demo workspace as for a new user.
 */
export async function startAppServer(options: { demo?: boolean } = {}): Promise<AppServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kurs-e2e-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    KURS_DEMO: options.demo === false ? 'false' : 'true',
    // An engineer working beside others builds the web app into a folder of their own.
    KURS_WEB_DIR: process.env.KURS_WEB_DIR,
  });
  const server = await startServer(config);
  const url = server.url.replace('localhost', '127.0.0.1');
  return { url, server, close: () => server.close() };
}
