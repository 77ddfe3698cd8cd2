import { DomainError } from '@kurs/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { Services } from '../container.js';
import { principalOf } from './access.js';

/*
 * The web app is served from this server and loads nothing from elsewhere. Mantine puts
 * <style> tags in the page and style attributes on elements, so styles need 'unsafe-inline';
 * scripts never do. Swagger UI at /api/docs runs under the same policy (no inline script).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export function securityHeaders(secure: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (secure) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (c.req.path.startsWith('/api/') && !headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const CSRF_HEADER = 'x-csrf-token';

/** The origin the browser should send: the public URL's, else this request's own. */
function expectedOrigin(c: Context, publicUrl: string | undefined): string {
  return publicUrl ? new URL(publicUrl).origin : new URL(c.req.url).origin;
}

/**
 * Writes from a browser must come from our own pages: a cross-site Sec-Fetch-Site or a
 * foreign Origin is refused for any write without a bearer token (sign-in too, against
 * login CSRF), and a write with the session cookie needs the session's CSRF token in
 * X-CSRF-Token. Bearer tokens are not sent by browsers on their own, so they need neither.
 */
export function csrfProtection(services: Services, publicUrl: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization') !== undefined) return next();
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new DomainError('forbidden', 'Cross-site requests may not change anything here.', [], { reason: 'csrf' });
    }
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== expectedOrigin(c, publicUrl)) {
      throw new DomainError('forbidden', `Requests from ${origin} may not change anything here.`, [], { reason: 'csrf' });
    }
    const principal = principalOf(c);
    if (principal.kind === 'session' && !services.accounts.csrfTokenMatches(principal.sessionToken, c.req.header(CSRF_HEADER))) {
      throw new DomainError('forbidden', 'The CSRF token is missing or wrong: send the csrf_token of your session as X-CSRF-Token.', [], { reason: 'csrf' });
    }
    return next();
  };
}
