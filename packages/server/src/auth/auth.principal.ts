import type { Role } from './auth.policy.js';

export interface UserRef {
  id: string;
  email: string;
  name: string;
}

/** Who is calling: resolved once per request from the session cookie or the bearer token. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'session'; user: UserRef; sessionToken: string }
  | { kind: 'token'; user: UserRef; tokenId: string; workspaceId: string; role: Role }
  | { kind: 'share'; linkId: string; workspaceId: string; planId: string }
  /** The CLI on the database file: it could read the file anyway. */
  | { kind: 'admin' };

export const ANONYMOUS: Principal = { kind: 'anonymous' };
export const ADMIN: Principal = { kind: 'admin' };
