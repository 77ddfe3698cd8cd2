import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { problemSchema } from './schemas.js';

export type Handler = (c: Context) => Response | Promise<Response>;

/**
 * Documents a route in the OpenAPI registry and serves it. Bodies are validated by the
 * services against the core schemas (one place, one error format), not by a middleware.
 */
export function route(app: OpenAPIHono, config: RouteConfig, handler: Handler): void {
  app.openAPIRegistry.registerPath(config);
  app.on(config.method.toUpperCase(), config.path.replace(/\{(\w+)\}/g, ':$1'), handler);
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });

export const PROBLEMS = {
  400: problem('The request could not be read (bad JSON, a bad parameter)'),
  404: problem('Not found (also for anything of another workspace)'),
  409: problem('Clashes with stored data'),
  412: problem('Stale If-Match: someone else changed it since you read it'),
  413: problem('The body is too large'),
  415: problem('Unsupported content type'),
  422: problem('The body breaks a rule; `errors` names each field'),
  428: problem('If-Match is required'),
} as const;

export function problems<K extends keyof typeof PROBLEMS>(...codes: K[]): Record<K, (typeof PROBLEMS)[K]> {
  return Object.fromEntries(codes.map((code) => [code, PROBLEMS[code]])) as Record<K, (typeof PROBLEMS)[K]>;
}

export const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });

export const ifMatchHeader = z.object({
  'if-match': z.string().meta({ description: 'The ETag of your last read' }),
});

export const pageQuery = z.object({
  limit: z.string().optional().meta({ description: 'Items per page, 1–1000 (default 100)' }),
  cursor: z.string().optional().meta({ description: 'next_cursor of the previous page' }),
});
