import { createRoute, type OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import { describeFieldError, fieldErrorsOf } from '@kurs/core';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { actingAs } from '../auth/auth.actor.js';
import { type Action, isAction, POLICY } from '../auth/auth.policy.js';
import { parseInput } from '../services/input.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../services/pagination.js';
import { principalOf, servicesOf } from './access.js';
import { badRequest } from './problem.js';
import { jsonBody } from './request.js';
import { problemSchema } from './schemas.js';

/**
 * A route's config: its OpenAPI description, the action of the policy table it performs, a
 * unique camelCase operationId (verbNoun), and for a JSON body what it is in the 422's detail
 * ("The goal", else "The body").
 */
export type ApiRouteConfig = RouteConfig & { action: Action; operationId: string; subject?: string };

export interface RouteEntry {
  method: string;
  /** The OpenAPI path, with {param}s. */
  path: string;
  action: Action;
}

const tables = new WeakMap<OpenAPIHono, RouteEntry[]>();

/** Every route registered on the app with its action: the authorisation matrix test reads it. */
export const routeTable = (app: OpenAPIHono): readonly RouteEntry[] => tables.get(app) ?? [];

const SECURITY: Record<string, string[]>[] = [{ session: [] }, { bearer: [] }];

const JSON_MEDIA_TYPES = ['application/json', 'application/merge-patch+json'];

/** The schema of a body sent only as JSON; a body that may come in other forms (a plan document, a CSV file) has none: its handler reads it. */
function jsonSchemaOf(config: RouteConfig): z.ZodType | undefined {
  const content = config.request?.body?.content;
  if (!content) return undefined;
  const types = Object.keys(content);
  if (!types.every((type) => JSON_MEDIA_TYPES.includes(type))) return undefined;
  const media = content[types[0]!];
  return media && 'schema' in media && media.schema instanceof z.ZodType ? media.schema : undefined;
}

/** Puts the route in the OpenAPI document with its security, access problems and action, and in the route table. */
function register(app: OpenAPIHono, config: RouteConfig, action: Action): void {
  if (!isAction(action)) throw new Error(`${config.method.toUpperCase()} ${config.path} names no action of the policy table (auth/auth.policy.ts)`);
  const policy = POLICY[action];
  const body = config.request?.body;
  const documented = {
    ...config,
    ...(body && jsonSchemaOf(config) ? { request: { ...config.request, body: { ...body, required: true } } } : {}),
    ...(policy.scope === 'public' ? { security: [] } : { security: SECURITY }),
    responses: { ...config.responses, ...accessProblems(policy.scope !== 'public') },
    description: [config.description, `Action \`${action}\`: ${policy.description}.`].filter(Boolean).join('\n\n'),
    'x-kurs-action': action,
  };
  app.openAPIRegistry.registerPath(documented as RouteConfig);
  const list = tables.get(app) ?? [];
  list.push({ method: config.method.toUpperCase(), path: config.path, action });
  tables.set(app, list);
}

/** The caller must be allowed the action (401/403 before anything of the request is read); the work is done as the caller. */
function authorized(action: Action): MiddlewareHandler {
  return async (c, next) => {
    const granted = await servicesOf(c).access.authorize(principalOf(c), action, { ws: c.req.param('ws'), plan: c.req.param('plan') });
    c.set('granted', granted);
    return actingAs(granted.actor, () => next());
  };
}

/**
 * The JSON body read by jsonBody (its guards: type, UTF-8, depth, storable values) and then
 * checked against the route's schema, once; a wrong body is a 422 naming each field, as the
 * services say it (parseInput). The handler reads it with `c.req.valid('json')`.
 */
function validJson(schema: z.ZodType, subject: string): MiddlewareHandler {
  return async (c, next) => {
    c.req.addValidatedData('json', parseInput(schema, await jsonBody(c), subject) as object);
    await next();
  };
}

const PLACES = { param: 'path', query: 'query', header: 'headers' } as const;

/** A path, query or header that the spec does not allow is a 400 naming each field; the message is the schema's own. */
function refuseUnreadable(request: RouteConfig['request']) {
  return (result: { success: boolean; target: string; data?: unknown }): void => {
    if (result.success) return;
    const target = result.target as keyof typeof PLACES;
    const schema = { param: request?.params, query: request?.query, header: request?.headers }[target] as z.ZodType;
    const parsed = schema.safeParse(result.data, { reportInput: true });
    const errors = parsed.success ? [] : fieldErrorsOf(parsed.error.issues);
    throw badRequest(`The ${PLACES[target]} of the request is not valid; ${errors.map(describeFieldError).join('; ')}.`, errors);
  };
}

/**
 * Declares a route with `createRoute`, documents it, and serves it with `app.openapi` behind
 * the policy table. Path, query and headers are validated by the route's schemas (400), a
 * JSON body by its schema after jsonBody's guards (422); the handler reads them typed with
 * `c.req.valid(...)`. The services validate again: the CLI calls them too.
 */
export function apiRoute<R extends ApiRouteConfig>(app: OpenAPIHono, config: R, handler: RouteHandler<R>): void {
  const { action, subject = 'The body', ...openapi } = config;
  register(app, openapi, action);
  const json = jsonSchemaOf(openapi);
  const served = createRoute({
    method: openapi.method,
    path: openapi.path,
    hide: true,
    request: { ...openapi.request, body: undefined },
    responses: openapi.responses,
    middleware: [authorized(action), ...(json ? [validJson(json, subject)] : [])],
  });
  app.openapi(served, handler as never, refuseUnreadable(openapi.request) as never);
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

export const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

/**
 * Documented as required; a request without it still reaches the service, which answers 428
 * (after 404 when the thing is not there), with its own words for what needs the version.
 */
export const ifMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({ description: 'The ETag of your last read; without it the answer is 428', param: { required: true } }),
});

const LIMIT_WORDS = `must be a whole number from 1 to ${MAX_LIMIT}`;

export const pageQuery = z.object({
  limit: z.coerce
    .number({ error: LIMIT_WORDS })
    .int({ error: LIMIT_WORDS })
    .min(1, { error: LIMIT_WORDS })
    .max(MAX_LIMIT, { error: LIMIT_WORDS })
    .optional()
    .meta({ description: `Items per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT})` }),
  cursor: z.string().optional().meta({ description: 'next_cursor of the previous page' }),
});
