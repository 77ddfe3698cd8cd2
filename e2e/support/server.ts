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
