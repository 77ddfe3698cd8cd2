import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { ROLES } from '../../auth/auth.policy.js';
import type { Services } from '../../container.js';
import { invitationCreateSchema } from '../../services/invitations.service.js';
import { memberPatchSchema } from '../../services/members.service.js';
import { actorId, workspaceOf } from '../access.js';
import { expectedFrom } from '../etag.js';
import { listBody, withEtag } from '../request.js';
import { apiRoute, ifMatchHeader, json, pageQuery, problems } from '../route.js';
import { listOf } from '../schemas.js';

const WS = '/api/v1/workspaces/{ws}';
const role = z.enum(ROLES);
const memberSchema = z
  .object({ user_id: z.string(), email: z.string(), name: z.string(), role, version: z.number().int(), created_at: z.string() })
  .meta({ id: 'Member' });
const invitationSchema = z
  .object({
    id: z.string(),
    role,
    email: z.string().nullable(),
    status: z.enum(['open', 'accepted', 'revoked', 'expired']),
    expires_at: z.string(),
    created_at: z.string(),
    accepted_at: z.string().nullable(),
  })
  .meta({ id: 'Invitation' });
const invitationCreatedSchema = invitationSchema
  .extend({
    token: z.string().meta({ description: 'Shown this once; only its hash is stored' }),
    url: z.string().meta({ description: '<KURS_PUBLIC_URL>/invitations#<token> (a path when KURS_PUBLIC_URL is not set)' }),
  })
  .meta({ id: 'InvitationCreated' });

/** The members of a workspace, their roles, and invitations by link. */
export function membersRoutes(app: OpenAPIHono, services: Services): void {
  const params = z.object({ ws: z.string() });
  const memberParams = params.extend({ user: z.string().meta({ description: 'The user id' }) });

  apiRoute(
    app,
    {
      method: 'get',
      path: `${WS}/members`,
      operationId: 'listMembers',
      action: 'members.read',
      tags: ['Members'],
      summary: 'The members and their roles',
      request: { params, query: pageQuery },
      responses: { 200: json(listOf(memberSchema, 'MemberList'), 'The members'), ...problems(400, 404) },
    },
    async (c) => c.json(listBody(await services.members.list(workspaceOf(c).id, c.req.valid('query')), (m) => m), 200),
  );

  apiRoute(
    app,
    {
      method: 'patch',
      path: `${WS}/members/{user}`,
      operationId: 'changeMemberRole',
      action: 'members.manage',
      tags: ['Members'],
      subject: 'The member',
      summary: "Change a member's role",
      description: 'The last owner cannot stop being owner (409).',
      request: { params: memberParams, headers: ifMatchHeader, body: { content: { 'application/json': { schema: memberPatchSchema } } } },
      responses: { 200: json(memberSchema, 'The member'), ...problems(400, 404, 409, 412, 422, 428) },
    },
    async (c) => {
      const member = await services.members.changeRole(workspaceOf(c).id, c.req.valid('param').user, c.req.valid('json'), expectedFrom(c.req.valid('header')['if-match']));
      withEtag(c, member.version);
      return c.json(member, 200);
    },
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path: `${WS}/members/{user}`,
      operationId: 'removeMember',
      action: 'members.manage',
      tags: ['Members'],
      summary: 'Remove a member from the workspace',
      request: { params: memberParams, headers: ifMatchHeader },
      responses: { 204: { description: 'Removed' }, ...problems(404, 409, 412, 428) },
    },
    async (c) => {
      await services.members.remove(workspaceOf(c).id, c.req.valid('param').user, expectedFrom(c.req.valid('header')['if-match']));
      return c.body(null, 204);
    },
  );

  apiRoute(
    app,
    {
      method: 'get',
      path: `${WS}/invitations`,
      operationId: 'listInvitations',
      action: 'members.manage',
      tags: ['Invitations'],
      summary: 'The invitations of the workspace (never their tokens)',
      request: { params, query: pageQuery },
      responses: { 200: json(listOf(invitationSchema, 'InvitationList'), 'The invitations'), ...problems(400, 404) },
    },
    async (c) => c.json(listBody(await services.invitations.list(workspaceOf(c).id, c.req.valid('query')), (i) => i), 200),
  );

  apiRoute(
    app,
    {
      method: 'post',
      path: `${WS}/invitations`,
      operationId: 'createInvitation',
      action: 'members.manage',
      tags: ['Invitations'],
      subject: 'The invitation',
      summary: 'Invite someone by link with a role and an expiry',
      description: 'The link works once. Whoever opens it creates an account (or signs in) and joins with the role.',
      request: { params, body: { content: { 'application/json': { schema: invitationCreateSchema } } } },
      responses: { 201: json(invitationCreatedSchema, 'Created'), ...problems(400, 404, 422) },
    },
    async (c) => c.json(await services.invitations.create(workspaceOf(c).id, c.req.valid('json'), actorId(c)), 201),
  );

  apiRoute(
    app,
    {
      method: 'delete',
      path: `${WS}/invitations/{id}`,
      operationId: 'revokeInvitation',
      action: 'members.manage',
      tags: ['Invitations'],
      summary: 'Revoke an open invitation',
      request: { params: params.extend({ id: z.string() }) },
      responses: { 204: { description: 'Revoked' }, ...problems(404) },
    },
    async (c) => {
      await services.invitations.revoke(workspaceOf(c).id, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
