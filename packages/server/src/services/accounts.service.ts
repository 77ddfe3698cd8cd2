import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError, fieldError } from '@kurs/core';
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { actingAs } from '../auth/auth.actor.js';
import type { BetterAuth } from '../auth/auth.better-auth.js';
import type { Role } from '../auth/auth.policy.js';
import { ROLES } from '../auth/auth.policy.js';
import type { Principal, UserRef } from '../auth/auth.principal.js';
import type { Store } from '../repositories/repositories.js';
import { audit } from './audit.js';
import { nameField, parseInput } from './input.js';
import type { InvitationsService } from './invitations.service.js';

const email = z.email({ error: 'must be an email address' }).max(254).transform((e) => e.toLowerCase());
const password = z.string({ error: 'must be text' }).min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');
const name = nameField;

export const firstAccountSchema = z.strictObject({ email, password, name: name.optional() }).meta({ id: 'FirstAccount' });
export const signUpSchema = z
  .strictObject({ email, password, name: name.optional(), invitation: z.string({ error: 'must be the invitation token' }).min(1).max(200).meta({ description: 'The token of the invitation link' }) })
  .meta({ id: 'SignUp' });
export const signInSchema = z.strictObject({ email: z.string().max(254).transform((e) => e.toLowerCase()), password: z.string().max(256) }).meta({ id: 'SignIn' });
export const passwordChangeSchema = z
  .strictObject({ current_password: z.string().max(256), new_password: password, revoke_other_sessions: z.boolean().optional() })
  .meta({ id: 'PasswordChange' });

/** 10 failures per account or address within 15 minutes; the 11th attempt is refused. */
export const SIGN_IN_LIMIT = { failures: 10, windowMs: 15 * 60 * 1000 };

const FIRST_ACCOUNT_KEY = 'first_account';

export interface SignedIn {
  user: UserRef;
  /** Send it back as X-CSRF-Token with every write made with the session cookie. */
  csrf_token: string;
}

/** The result of an auth call: what to answer, and the cookies better-auth wants set. */
export interface WithCookies<T> {
  result: T;
  cookies: string[];
}

export interface Caller {
  headers: Headers;
  /** The client's address, for the sign-in limit. */
  address: string;
}

const cookiesOf = (headers: Headers | undefined): string[] => headers?.getSetCookie() ?? [];

function userRef(user: { id: string; email: string; name: string }): UserRef {
  return { id: user.id, email: user.email, name: user.name };
}

/**
 * Accounts: the first account, sign-up by invitation, sign-in with a limit on failures,
 * sign-out, password change, and sessions. better-auth does the passwords and sessions.
 */
export class AccountsService {
  constructor(
    private readonly store: Store,
    private readonly auth: BetterAuth,
    private readonly secret: string,
    private readonly invitations: InvitationsService,
  ) {}

  /** A fresh instance has no account yet: the web app then shows "create the first account". */
  async setup(): Promise<{ needs_first_account: boolean }> {
    return { needs_first_account: (await this.store.repos.users.count()) === 0 };
  }

  /** The first account of the instance, which owns every workspace that has no owner (the demo). */
  async createFirstAccount(body: unknown, caller?: Caller): Promise<WithCookies<SignedIn>> {
    const input = parseInput(firstAccountSchema, body, 'The account');
    if (!(await this.setup()).needs_first_account) throw new DomainError('conflict', 'The first account exists already; sign in instead.');
    // One winner even when two first visitors submit at once: the setting's key is unique.
    if ((await this.store.repos.settings.getOrSet(FIRST_ACCOUNT_KEY, input.email)) !== input.email) {
      throw new DomainError('conflict', 'The first account exists already; sign in instead.');
    }
    const created = await this.signUpWithBetterAuth(input.email, input.password, input.name, caller?.headers);
    await this.ownUnownedWorkspaces(created.result.user.id);
    return created;
  }

  /** An account made with an invitation link: the new person joins its workspace with its role. */
  async signUp(body: unknown, caller: Caller): Promise<WithCookies<SignedIn>> {
    const input = parseInput(signUpSchema, body, 'The account');
    const invitation = await this.invitations.open(input.invitation, input.email);
    if (await this.store.repos.users.findByEmail(input.email)) {
      throw new DomainError('conflict', 'There is an account with this email already; sign in and accept the invitation.', [fieldError('email', 'account_exists', 'has an account')]);
    }
    const created = await this.signUpWithBetterAuth(input.email, input.password, input.name, caller.headers);
    const { user } = created.result;
    // The new person accepts it: the audit entry names them, not an anonymous caller.
    await actingAs({ userId: user.id, label: user.email, via: 'session' }, () => this.invitations.accept(invitation, user));
    return created;
  }

  /** Made by `kurs user create`: an account, and a role in a workspace or, as owner, in every unowned one. */
  async createUser(body: { email: string; password: string; name?: string; role: Role; workspace?: string }): Promise<{ user: UserRef; workspaces: string[] }> {
    const input = parseInput(z.strictObject({ email, password, name: name.optional(), role: z.enum(ROLES), workspace: z.string().optional() }), body, 'The account');
    if (input.role !== 'owner' && !input.workspace) throw new DomainError('invalid', 'An editor or viewer needs a workspace (--workspace).', [fieldError('workspace', 'required', 'is required for this role')]);
    if (await this.store.repos.users.findByEmail(input.email)) throw new DomainError('conflict', `There is an account for ${input.email} already.`);
    const workspace = input.workspace === undefined ? undefined : await this.store.repos.workspaces.findBySlug(input.workspace);
    if (input.workspace !== undefined && !workspace) throw new DomainError('not_found', `There is no workspace "${input.workspace}".`);
    await this.store.repos.settings.getOrSet(FIRST_ACCOUNT_KEY, input.email);
    const { result } = await this.signUpWithBetterAuth(input.email, input.password, input.name);
    if (!workspace) return { user: result.user, workspaces: await this.ownUnownedWorkspaces(result.user.id) };
    await this.store.transaction(async (repos) => {
      await repos.members.insert(workspace.id, result.user.id, input.role);
      await audit(repos, workspace.id, { action: 'member.add', entityType: 'member', entityId: input.email, fields: ['role'], detail: input.role });
    });
    return { user: result.user, workspaces: [workspace.slug] };
  }

  async signIn(body: unknown, caller: Caller): Promise<WithCookies<SignedIn>> {
    const input = parseInput(signInSchema, body, 'The sign-in');
    const keys = [`account:${input.email}`, `address:${caller.address}`];
    const at = await this.countAttempt(keys);
    try {
      const { headers, response } = await this.auth.api.signInEmail({ body: { email: input.email, password: input.password }, headers: caller.headers, returnHeaders: true });
      await this.store.repos.signInFailures.forget(keys, at);
      return { result: this.signedIn(userRef(response.user), response.token), cookies: cookiesOf(headers) };
    } catch (error) {
      if (isAPIError(error) && error.statusCode < 500) throw new DomainError('unauthenticated', 'The email or the password is wrong.', [], { reason: 'wrong_credentials' });
      // Not a wrong password: the attempt does not count.
      await this.store.repos.signInFailures.forget(keys, at);
      throw error;
    }
  }

  /**
   * Counts a sign-in attempt before its password is checked, in one locked step, so that a
   * burst of parallel attempts gets no more checks than the limit. Returns the attempt's
   * time, unique among the attempts of its keys, by which it is taken back when it succeeds.
   */
  private countAttempt(keys: string[]): Promise<string> {
    return this.store.transaction(async (repos) => {
      await repos.signInFailures.lock(keys);
      const stamp = Date.now();
      const since = new Date(stamp - SIGN_IN_LIMIT.windowMs).toISOString();
      const { count, latest } = await repos.signInFailures.count(keys, since);
      if (count >= SIGN_IN_LIMIT.failures) {
        // The limit lifts once enough of the failures are older than the window: at the latest a window after the last.
        const retryAfter = Math.ceil((Date.parse(latest ?? since) + SIGN_IN_LIMIT.windowMs - stamp) / 1000);
        throw new DomainError('rate_limited', 'Too many failed sign-ins for this account or address. Wait 15 minutes and try again.', [], {
          params: { retry_after: Math.max(1, retryAfter) },
        });
      }
      const at = new Date(Math.max(stamp, latest ? Date.parse(latest) + 1 : 0)).toISOString();
      await repos.signInFailures.record(keys, at, since);
      return at;
    });
  }

  async signOut(headers: Headers): Promise<string[]> {
    const { headers: out } = await this.auth.api.signOut({ headers, returnHeaders: true });
    return cookiesOf(out);
  }

  /**
   * Revoking the other sessions gives this one a new session token, so its CSRF token changes
   * too: the answer carries the CSRF token to use from now on, whichever it is.
   */
  async changePassword(body: unknown, headers: Headers, sessionToken: string): Promise<WithCookies<{ changed: true; csrf_token: string }>> {
    const input = parseInput(passwordChangeSchema, body, 'The password change');
    try {
      const { headers: out, response } = await this.auth.api.changePassword({
        body: { currentPassword: input.current_password, newPassword: input.new_password, revokeOtherSessions: input.revoke_other_sessions ?? false },
        headers,
        returnHeaders: true,
      });
      return { result: { changed: true, csrf_token: this.csrfToken(response.token ?? sessionToken) }, cookies: cookiesOf(out) };
    } catch (error) {
      if (isAPIError(error) && error.statusCode < 500) {
        throw new DomainError('invalid', 'The current password is wrong.', [fieldError('current_password', 'wrong_password', 'is wrong')]);
      }
      throw error;
    }
  }

  /** The signed-in person of a request's session cookie, or anonymous. */
  async principalOf(headers: Headers): Promise<WithCookies<Principal>> {
    const found = await this.auth.api.getSession({ headers, returnHeaders: true });
    const session = found.response;
    if (!session) return { result: { kind: 'anonymous' }, cookies: cookiesOf(found.headers) };
    return { result: { kind: 'session', user: userRef(session.user), sessionToken: session.session.token }, cookies: cookiesOf(found.headers) };
  }

  /** The signed-in person, their session's CSRF token and their workspaces with roles. */
  async session(user: UserRef, sessionToken: string): Promise<SignedIn & { workspaces: { id: string; name: string; role: Role }[] }> {
    return { ...this.signedIn(user, sessionToken), workspaces: await this.store.repos.members.membershipsOf(user.id) };
  }

  /** The signed-in person with the CSRF token of their session. */
  signedIn(user: UserRef, sessionToken: string): SignedIn {
    return { user, csrf_token: this.csrfToken(sessionToken) };
  }

  /** Bound to the session, so a token seen once is no use with another session. */
  csrfToken(sessionToken: string): string {
    return createHmac('sha256', this.secret).update(`csrf:${sessionToken}`).digest('base64url');
  }

  csrfTokenMatches(sessionToken: string, given: string | undefined): boolean {
    if (!given) return false;
    const expected = Buffer.from(this.csrfToken(sessionToken));
    const actual = Buffer.from(given);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }

  private async signUpWithBetterAuth(mail: string, pass: string, displayName: string | undefined, headers?: Headers): Promise<WithCookies<SignedIn>> {
    try {
      const { headers: out, response } = await this.auth.api.signUpEmail({
        body: { email: mail, password: pass, name: displayName ?? mail.split('@')[0]! },
        headers,
        returnHeaders: true,
      });
      if (!response.token) throw new Error('better-auth made no session for the new account');
      return { result: this.signedIn(userRef(response.user), response.token), cookies: cookiesOf(out) };
    } catch (error) {
      if (isAPIError(error) && error.statusCode < 500) {
        throw new DomainError('conflict', `The account cannot be made: ${error.message}`, [fieldError('email', 'invalid', error.message)]);
      }
      throw error;
    }
  }

  /** Makes the user owner of every workspace with no owner; returns their ids. */
  private ownUnownedWorkspaces(userId: string): Promise<string[]> {
    return this.store.transaction(async (repos) => {
      const owned: string[] = [];
      for (const ws of await repos.workspaces.list()) {
        if ((await repos.members.countOwners(ws.id)) > 0) continue;
        const user = await repos.users.findById(userId);
        await repos.members.insert(ws.id, userId, 'owner');
        await audit(repos, ws.id, { action: 'member.add', entityType: 'member', entityId: user?.email ?? userId, fields: ['role'], detail: 'owner' });
        owned.push(ws.slug);
      }
      return owned;
    });
  }
}

/** A secret for signing session cookies: 32 random bytes, made once and kept in the database. */
export async function instanceSecret(store: Store, configured: string | undefined): Promise<string> {
  return configured ?? store.repos.settings.getOrSet('auth_secret', randomBytes(32).toString('base64url'));
}
