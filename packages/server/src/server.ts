import { serve } from '@hono/node-server';
import type { Config } from './config/config.js';
import { type Container, createContainer } from './container.js';
import { createApp } from './http/app.js';

export interface RunningServer {
  container: Container;
  url: string;
  close(): Promise<void>;
}

/** Opens and migrates the database, creates the demo on a first start, and listens. */
export async function startServer(config: Config): Promise<RunningServer> {
  const container = await createContainer(config);
  const { logger, services } = container;
  // Instances starting together on one database: the first makes the demo, the others find it.
  if (config.demo && (await container.db.exclusive(() => services.demo.ensure()))) logger.info('created the demo workspace with the book shop plan');
  const app = createApp({
    services,
    logger,
    ready: () => container.db.ping(),
    bodyLimitBytes: config.bodyLimitBytes,
    importLimitBytes: config.importLimitBytes,
    webDir: config.webDir,
    access: config,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url, database: config.database.kind }, `Kurs is running on ${url}`);
  return {
    container,
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await container.close();
    },
  };
}
