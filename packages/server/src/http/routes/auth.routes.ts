import type { OpenAPIHono } from '@hono/zod-openapi';
import { DomainError } from '@kurs/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { ROLES } from '../../auth/auth.policy.js';
import type { Config } from '../../config/config.js';
import type { Services } from '../../container.js';
import { firstAccountSchema, passwordChangeSchema, signInSchema, signUpSchema } from '../../services/accounts.service.js';
import { apiTokenCreateSchema } from '../../services/api-tokens.service.js';
import { invitationTokenSchema } from '../../services/invitations.service.js';
import { addressOf, principalOf, userOf, withCookies } from '../access.js';
import { listBody } from '../request.js';
import { apiRoute, json, pageQuery, problems } from '../route.js';
import { listOf } from '../schemas.js';

const AUTH = '/api/v1/auth';
const tags = ['Accounts'];
const role = z.enum(ROLES);
const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string() }).meta({ id: 'User' });
const signedInSchema = z
  .object({ user: userSchema, csrf_token: z.string().meta({ description: 'Send it as X-CSRF-Token with every write made with the session cookie' }) })
  .meta({ id: 'SignedIn' });
const sessionSchema = signedInSchema
  .extend({ workspaces: z.array(z.object({ id: z.string(), name: z.string(), role })) })
  .meta({ id: 'Session' });
const tokenStatus = z.enum(['active', 'revoked', 'expired']);
const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    workspace: z.string(),
    role,
    hint: z.string().meta({ description: 'The first characters of the token, to tell tokens apart' }),
    status: tokenStatus,
    expires_at: z.string().nullable(),
    created_at: z.string(),
    last_used_at: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
const apiTokenCreatedSchema = apiTokenSchema.extend({ token: z.string().meta({ description: 'Shown this once; only its hash is stored' }) }).meta({ id: 'ApiTokenCreated' });
const invitationPreviewSchema = z
  .object({ workspace: z.object({ id: z.string(), name: z.string() }), role, email: z.string().nullable(), expires_at: z.string() })
  .meta({ id: 'InvitationPreview' });
const shareTargetSchema = z
  .object({ workspace: z.object({ id: z.string(), name: z.string() }), plan: z.object({ id: z.string(), name: z.string() }), expires_at: z.string().nullable() })
  .meta({ id: 'ShareTarget' });

const caller = (c: Context, config: Pick<Config, 'trustProxy'>) => ({ headers: c.req.raw.headers, address: addressOf(c, config.trustProxy) });

function sessionOf(c: Context) {
  const principal = principalOf(c);
  if (principal.kind !== 'session') throw new DomainError('unauthenticated', 'Sign in first.');
  return principal;
}

/** Accounts, sessions and API tokens; better-auth does the work behind them. */
export function authRoutes(app: OpenAPIHono, services: Services, config: Pick<Config, 'trustProxy'>): void {
  apiRoute(
    app,
    {
      method: 'get',
      path: `${AUTH}/setup`,
      operationId: 'getSetup',
      action: 'public',
      tags,
      summary: 'Whether the instance still needs its first account',
      responses: { 200: json(z.object({ needs_first_account: z.boolean() }).meta({ id: 'Setup' }), 'The state') },
    },
    async (c) => c.json(await services.accounts.setup(), 200),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${AUTH}/first-account`,
      operationId: 'createFirstAccount',
      action: 'public',
      subject: 'The account',
      tags,
      summary: 'Create the first account of a fresh instance; it owns the demo workspace',
      description: 'Only while the instance has no account (else 409). Signs the new owner in (session cookie).',
      request: { body: { content: { 'application/json': { schema: firstAccountSchema } } } },
      responses: { 201: json(signedInSchema, 'Signed in as the owner'), ...problems(400, 409, 422) },
    },
    async (c) => {
      const { result, cookies } = await services.accounts.createFirstAccount(c.req.valid('json'), caller(c, config));
      withCookies(c, cookies);
      return c.json(result, 201);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${AUTH}/sign-up`,
      operationId: 'signUp',
      action: 'public',
      subject: 'The account',
      tags,
      summary: 'Create an account with an invitation link, and join its workspace',
      request: { body: { content: { 'application/json': { schema: signUpSchema } } } },
      responses: { 201: json(signedInSchema, 'Signed in'), ...problems(400, 404, 409, 422) },
    },
    async (c) => {
      const { result, cookies } = await services.accounts.signUp(c.req.valid('json'), caller(c, config));
      withCookies(c, cookies);
      return c.json(result, 201);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${AUTH}/sign-in`,
      operationId: 'signIn',
      action: 'public',
      subject: 'The sign-in',
      tags,
      summary: 'Sign in with email and password',
      description: 'Sets the session cookie. After 10 failed attempts for an account or from an address within 15 minutes, further attempts get 429.',
      request: { body: { content: { 'application/json': { schema: signInSchema } } } },
      responses: { 200: json(signedInSchema, 'Signed in'), ...problems(400, 401, 422, 429) },
    },
    async (c) => {
      const { result, cookies } = await services.accounts.signIn(c.req.valid('json'), caller(c, config));
      withCookies(c, cookies);
      return c.json(result, 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${AUTH}/sign-out`,
      operationId: 'signOut',
      action: 'account.self',
      tags,
      summary: 'Sign out: ends the session and clears the cookie',
      responses: { 204: { description: 'Signed out' } },
    },
    async (c) => {
      withCookies(c, await services.accounts.signOut(c.req.raw.headers));
      return c.body(null, 204);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${AUTH}/session`,
      operationId: 'getSession',
      action: 'account.self',
      tags,
      summary: 'Who is signed in, the CSRF token, and their workspaces with roles',
      responses: { 200: json(sessionSchema, 'The session') },
    },
    async (c) => {
      const session = sessionOf(c);
      return c.json(await services.accounts.session(session.user, session.sessionToken), 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${AUTH}/password`,
      operationId: 'changePassword',
      action: 'account.self',
      subject: 'The password change',
      tags,
      summary: 'Change your password',
      request: { body: { content: { 'application/json': { schema: passwordChangeSchema } } } },
      responses: {
        200: json(z.object({ changed: z.literal(true), csrf_token: z.string().meta({ description: 'The CSRF token from now on: a new one after revoke_other_sessions' }) }), 'Changed'),
        ...problems(400, 422),
      },
    },
    async (c) => {
      const { result, cookies } = await services.accounts.changePassword(c.req.valid('json'), c.req.raw.headers, sessionOf(c).sessionToken);
      withCookies(c, cookies);
      return c.json(result, 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${AUTH}/tokens`,
      operationId: 'listApiTokens',
      action: 'account.self',
      tags: ['API tokens'],
      summary: 'Your API tokens (never the tokens themselves)',
      request: { query: pageQuery },
      responses: { 200: json(listOf(apiTokenSchema, 'ApiTokenList'), 'The tokens'), ...problems(400) },
    },
    async (c) => c.json(listBody(await services.apiTokens.list(userOf(c), c.req.valid('query')), (t) => t), 200),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${AUTH}/tokens`,
      operationId: 'createApiToken',
      action: 'account.self',
      tags: ['API tokens'],
      subject: 'The API token',
      summary: 'Create an API token for one workspace and a role',
      description: 'Use it as `Authorization: Bearer <token>` on the API or with `kurs --server URL --token <token>`. The token is in this answer only.',
      request: { body: { content: { 'application/json': { schema: apiTokenCreateSchema } } } },
      responses: { 201: json(apiTokenCreatedSchema, 'Created'), ...problems(400, 404, 422) },
    },
    async (c) => c.json(await services.apiTokens.create(userOf(c), c.req.valid('json')), 201),
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path: `${AUTH}/tokens/{id}`,
      operationId: 'revokeApiToken',
      action: 'account.self',
      tags: ['API tokens'],
      summary: 'Revoke one of your API tokens',
      request: { params: z.object({ id: z.string() }) },
      responses: { 204: { description: 'Revoked' }, ...problems(404) },
    },
    async (c) => {
      await services.apiTokens.revoke(userOf(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/invitations/preview',
      operationId: 'previewInvitation',
      action: 'public',
      subject: 'The invitation',
      tags: ['Invitations'],
      summary: 'What an invitation link offers: workspace, role, expiry',
      description: 'The token travels in the body, not the URL, so it stays out of logs.',
      request: { body: { content: { 'application/json': { schema: invitationTokenSchema } } } },
      responses: { 200: json(invitationPreviewSchema, 'The invitation'), ...problems(400, 404, 422) },
    },
    async (c) => c.json(await services.invitations.preview(c.req.valid('json')), 200),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: '/api/v1/invitations/accept',
      operationId: 'acceptInvitation',
      action: 'account.self',
      subject: 'The invitation',
      tags: ['Invitations'],
      summary: 'Accept an invitation link as the signed-in person',
      request: { body: { content: { 'application/json': { schema: invitationTokenSchema } } } },
      responses: { 200: json(z.object({ workspace: z.string(), role }).meta({ id: 'InvitationAccepted' }), 'Joined'), ...problems(400, 404, 409, 422) },
    },
    async (c) => c.json(await services.invitations.acceptToken(c.req.valid('json'), userOf(c)), 200),
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: '/api/v1/share',
      operationId: 'openShareLink',
      action: 'share.open',
      tags: ['Share links'],
      summary: 'The workspace and plan a share link opens',
      description: 'Call it with `Authorization: Bearer <share token>`; then read the plan\'s dashboard routes with the same header.',
      responses: { 200: json(shareTargetSchema, 'The shared plan') },
    },
    async (c) => {
      const principal = principalOf(c);
      if (principal.kind !== 'share') throw new DomainError('forbidden', 'This needs a share link.');
      return c.json(await services.shareLinks.describe(principal.linkId, principal.workspaceId, principal.planId), 200);
    },
  );
}
