import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { actingAs } from '../auth/auth.actor.js';
import { type Action, isAction, POLICY } from '../auth/auth.policy.js';
import { principalOf, servicesOf } from './access.js';
import { problemSchema } from './schemas.js';

export type Handler = (c: Context) => Response | Promise<Response>;

/** A route's config: its OpenAPI description plus the action of the policy table it performs. */
export type ApiRouteConfig = RouteConfig & { action: Action };

export interface RouteEntry {
  method: string;
  /** The OpenAPI path, with {param}s. */
  path: string;
  action: Action;
}

const tables = new WeakMap<OpenAPIHono<any>, RouteEntry[]>();

/** Every route registered on the app with its action: the authorisation matrix test reads it. */
export const routeTable = (app: OpenAPIHono<any>): readonly RouteEntry[] => tables.get(app) ?? [];

const SECURITY: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

/**
 * Documents a route in the OpenAPI registry and serves it behind the policy table: the
 * caller must be allowed the route's action (a route without one does not start). Bodies
 * are validated by the services against the core schemas (one place, one error format).
 */
export function route(app: OpenAPIHono<any>, config: ApiRouteConfig, handler: Handler): void {
  const { action, ...openapi } = config;
  if (!isAction(action)) throw new Error(`${config.method.toUpperCase()} ${config.path} names no action of the policy table (auth/auth.policy.ts)`);
  const policy = POLICY[action];
  const documented = {
    ...openapi,
    ...(policy.scope === 'public' ? { security: [] } : { security: SECURITY }),
    responses: { ...openapi.responses, ...accessProblems(policy.scope !== 'public') },
    description: [openapi.description, `Action \`${action}\`: ${policy.description}.`].filter(Boolean).join('\n\n'),
    'x-kurs-action': action,
  };
  app.openAPIRegistry.registerPath(documented as RouteConfig);
  const list = tables.get(app) ?? [];
  list.push({ method: config.method.toUpperCase(), path: config.path, action });
  tables.set(app, list);
  app.on(config.method.toUpperCase(), config.path.replace(/\{(\w+)\}/g, ':$1'), async (c) => {
    const granted = await servicesOf(c).access.authorize(principalOf(c), action, { ws: c.req.param('ws'), plan: c.req.param('plan') });
    c.set('granted', granted);
    return actingAs(granted.actor, () => handler(c));
  });
}

function accessProblems(guarded: boolean) {
  return guarded ? problems(401, 403) : {};
}

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });

export const PROBLEMS = {
  400: problem('The request could not be read (bad JSON, a bad parameter)'),
  401: problem('Not signed in, or the token is unknown, expired or revoked'),
  403: problem('Your role may not do this, or the CSRF check failed'),
  404: problem('Not found (also for anything of another workspace)'),
  409: problem('Clashes with stored data'),
  412: problem('Stale If-Match: someone else changed it since you read it'),
  413: problem('The body is too large'),
  415: problem('Unsupported content type'),
  422: problem('The body breaks a rule; `errors` names each field'),
  428: problem('If-Match is required'),
  429: problem('Too many failed sign-ins: wait 15 minutes'),
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
