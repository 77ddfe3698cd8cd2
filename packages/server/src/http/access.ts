import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { DomainError } from '@kurs/core';
import { type Principal, ANONYMOUS } from '../auth/auth.principal.js';
import type { Services } from '../container.js';
import type { Granted } from '../services/access.service.js';

/*
 * Who calls, resolved once per API request: a bearer token (API token or share link) or the
 * session cookie. Routes read it through principalOf/grantedOf; route() checks the policy.
 */

declare module 'hono' {
  interface ContextVariableMap {
    principal: Principal;
    granted: Granted;
    services: Services;
  }
}

export const principalOf = (c: Context): Principal => c.get('principal') ?? ANONYMOUS;
export const grantedOf = (c: Context): Granted => c.get('granted');
export const servicesOf = (c: Context): Services => c.get('services');

/** The signed-in person; the route's action guarantees there is one. */
export function userOf(c: Context) {
  const principal = principalOf(c);
  if (principal.kind !== 'session' && principal.kind !== 'token') throw new DomainError('unauthenticated', 'Sign in first.');
  return principal.user;
}

/** The user id behind the request, for "created by" columns; null for share links and the CLI. */
export function actorId(c: Context): string | null {
  const principal = principalOf(c);
  return principal.kind === 'session' || principal.kind === 'token' ? principal.user.id : null;
}

/** The workspace of the path, as authorisation found it. */
export function workspaceOf(c: Context) {
  const workspace = grantedOf(c).workspace;
  if (!workspace) throw new Error('route has no workspace in its path');
  return workspace;
}

/** The client's address: the socket's, or X-Forwarded-For's first entry behind a trusted proxy. */
export function addressOf(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

export function authenticate(services: Services): MiddlewareHandler {
  return async (c, next) => {
    c.set('services', services);
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      if (!token) throw new DomainError('unauthenticated', 'Send the token as "Authorization: Bearer <token>".');
      c.set('principal', await services.access.fromBearer(token));
      return next();
    }
    if (c.req.header('cookie')) {
      const { result, cookies } = await services.accounts.principalOf(c.req.raw.headers);
      c.set('principal', result);
      await next();
      for (const cookie of cookies) c.res.headers.append('Set-Cookie', cookie);
      return;
    }
    c.set('principal', ANONYMOUS);
    return next();
  };
}

/** Answers with the cookies an auth call set (sign-in, sign-out, password change). */
export function withCookies(c: Context, cookies: string[]): void {
  for (const cookie of cookies) c.header('Set-Cookie', cookie, { append: true });
}
