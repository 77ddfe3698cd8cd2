import { OpenAPIHono } from '@hono/zod-openapi';
import { DomainError, isDomainError } from '@kurs/core';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import { sessionCookieName } from '../auth/auth.better-auth.js';
import type { Config } from '../config/config.js';
import type { Services } from '../container.js';
import { authenticate } from './access.js';
import { internalProblem, problemOf } from './problem.js';
import { storableUrl } from './request.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { membersRoutes } from './routes/members.routes.js';
import { shareLinksRoutes } from './routes/share-links.routes.js';
import { collectionsRoutes } from './routes/collections.routes.js';
import { engineRoutes } from './routes/engine.routes.js';
import { measurementImportRoutes } from './routes/measurement-import.routes.js';
import { measurementsRoutes } from './routes/measurements.routes.js';
import { plansRoutes } from './routes/plans.routes.js';
import { quarterPlanRoutes } from './routes/quarter-plan.routes.js';
import { systemRoutes } from './routes/system.routes.js';
import { templatesRoutes } from './routes/templates.routes.js';
import { workspacesRoutes } from './routes/workspaces.routes.js';
import { csrfProtection, securityHeaders } from './security.js';
import { serveWebApp } from './static.js';

export interface AppOptions {
  services: Services;
  logger: Logger;
  ready: () => Promise<void>;
  bodyLimitBytes: number;
  importLimitBytes: number;
  webDir?: string;
  /** Public address, https, proxy trust. */
  access: Pick<Config, 'publicUrl' | 'secure' | 'trustProxy'>;
}

const PROBLEM_TYPE = 'application/problem+json';

export function createApp(options: AppOptions): OpenAPIHono {
  const { services, logger } = options;
  const app = new OpenAPIHono();

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const entry = { req_id: c.get('requestId'), method: c.req.method, path: c.req.path, status: c.res.status, ms };
    if (c.res.status >= 500) logger.error(entry, 'request failed');
    else logger.info(entry, 'request');
  });
  app.use(securityHeaders(options.access.secure));
  // API answers (a large plan's roadmap or document runs to megabytes) go gzipped when asked;
  // the web app's files are gzipped once each by static.ts.
  app.use('/api/*', compress({ encoding: 'gzip' }));
  const limit = bodyLimit({
    maxSize: options.bodyLimitBytes,
    onError: () => {
      const mb = Math.round(options.bodyLimitBytes / 1024 / 1024);
      throw new DomainError('too_large', `The body is larger than the limit of ${mb} MB.`, [], { reason: 'body_too_large', params: { limit_mb: mb } });
    },
  });
  // Measurement files stream in with a limit of their own (measurement-import.routes.ts).
  app.use('/api/*', (c, next) => (c.req.path.endsWith('/measurements/import') ? next() : limit(c, next)));
  app.use('/api/*', storableUrl);
  app.use('/api/*', authenticate(services));
  app.use('/api/*', csrfProtection(services, options.access.publicUrl));

  app.onError((error, c) => {
    if (isDomainError(error)) {
      const problem = problemOf(error);
      const retryAfter = error.params.retry_after;
      const headers: Record<string, string> = { 'Content-Type': PROBLEM_TYPE, ...(typeof retryAfter === 'number' && { 'Retry-After': String(retryAfter) }) };
      return c.body(JSON.stringify(problem), problem.status as 400, headers);
    }
    logger.error({ req_id: c.get('requestId'), err: error }, 'unexpected error');
    return c.body(JSON.stringify(internalProblem(c.get('requestId'))), 500, { 'Content-Type': PROBLEM_TYPE });
  });

  app.notFound((c) => {
    const problem = problemOf(new DomainError('not_found', `There is no ${c.req.method} ${c.req.path} in this API.`));
    return c.body(JSON.stringify(problem), 404, { 'Content-Type': PROBLEM_TYPE });
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: sessionCookieName(options.access.secure),
    description: 'The session cookie set by sign-in; writes also need X-CSRF-Token',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token (kurs_pat_…) or a share link (kurs_share_…)',
  });
  systemRoutes(app, options.ready);
  authRoutes(app, services, options.access);
  membersRoutes(app, services);
  shareLinksRoutes(app, services);
  auditRoutes(app, services);
  workspacesRoutes(app, services);
  plansRoutes(app, services);
  templatesRoutes(app, services);
  collectionsRoutes(app, services);
  measurementsRoutes(app, services);
  engineRoutes(app, services);
  quarterPlanRoutes(app, services);
  measurementImportRoutes(app, services, options.importLimitBytes);
  serveWebApp(app, options.webDir);
  return app;
}
