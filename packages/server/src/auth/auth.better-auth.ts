import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import type { Logger } from 'pino';
import type { Db } from '../db/database.js';

export interface BetterAuthOptions {
  secret: string;
  baseURL: string;
  secure: boolean;
  sessionDays: number;
  logger: Logger;
}

export const SESSION_COOKIE = 'kurs.session';
/** The name of the session cookie: `__Host-` behind https, so no subdomain can set or widen it. */
export const sessionCookieName = (secure: boolean): string => (secure ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE);

const DAY = 24 * 60 * 60;
const timestamps = { createdAt: 'created_at', updatedAt: 'updated_at' };

/**
 * better-auth does identities: users, password accounts (Argon2id through @node-rs/argon2),
 * sessions in the database. Its HTTP handler is not mounted: our own routes call its server
 * API, so every route goes through the policy table (docs/decisions/accounts-and-access.md).
 * No telemetry, no rate limiter of its own (ours is in the database), no outside calls.
 */
export function createBetterAuth(db: Db, options: BetterAuthOptions) {
  return betterAuth({
    appName: 'Kurs',
    baseURL: options.baseURL,
    basePath: '/api/auth',
    secret: options.secret,
    database: { db: db.kysely, type: db.kind },
    telemetry: { enabled: false },
    logger: {
      // better-auth warns on every wrong password; our sign-in limit and request log cover that.
      level: 'error',
      log: (level, message) => options.logger[level]({ component: 'better-auth' }, message),
    },
    rateLimit: { enabled: false },
    trustedOrigins: [options.baseURL],
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 256,
      autoSignIn: true,
      password: {
        // @node-rs/argon2 hashes with Argon2id by default (19 MiB, 2 passes: OWASP's minimum).
        hash: (password) => hash(password),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
    },
    user: { modelName: 'users', fields: { emailVerified: 'email_verified', ...timestamps } },
    session: {
      modelName: 'sessions',
      fields: { expiresAt: 'expires_at', ipAddress: 'ip_address', userAgent: 'user_agent', userId: 'user_id', ...timestamps },
      expiresIn: Math.round(options.sessionDays * DAY),
      updateAge: DAY,
    },
    account: {
      modelName: 'accounts',
      fields: {
        accountId: 'account_id',
        providerId: 'provider_id',
        userId: 'user_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        ...timestamps,
      },
    },
    verification: { modelName: 'verifications', fields: { expiresAt: 'expires_at', ...timestamps } },
    advanced: {
      useSecureCookies: false,
      cookies: { session_token: { name: sessionCookieName(options.secure) } },
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure: options.secure, path: '/' },
      database: { generateId: () => randomUUID() },
    },
  });
}

export type BetterAuth = ReturnType<typeof createBetterAuth>;
