import type { Config } from '../config/config.js';
import { type RunningServer, startServer } from '../server.js';
import { freshDatabase, type TestDatabaseKind, testConfig } from './databases.js';

export interface TestServer {
  server: RunningServer;
  url: string;
  /** fetch against the server; JSON bodies are sent as JSON. */
  call(method: string, path: string, options?: { json?: unknown; body?: string; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

/** A real server on a free port and a fresh database of this kind. */
export async function startTestServer(kind: TestDatabaseKind, overrides: Partial<Config> = {}): Promise<TestServer> {
  const server = await startServer(testConfig(await freshDatabase(kind), { port: 0, host: '127.0.0.1', ...overrides }));
  const url = server.url.replace('localhost', '127.0.0.1');
  return {
    server,
    url,
    call(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      let body = options.body;
      if (options.json !== undefined) {
        body = JSON.stringify(options.json);
        headers['content-type'] ??= 'application/json';
      }
      return fetch(`${url}${path}`, { method, headers, body });
    },
    close: () => server.close(),
  };
}
