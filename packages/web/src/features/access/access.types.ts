/*
 * The answers of the accounts and access routes (docs/api.md, "Accounts and access"). The
 * server's policy table lives in packages/server; the web app only needs the names.
 */

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
}

/** The answer of sign-in, sign-up and first account. */
export interface SignedIn {
  user: User;
  csrf_token: string;
}

/** `GET /auth/session`: who is signed in and their workspaces with roles. */
export interface Session extends SignedIn {
  workspaces: { id: string; name: string; role: Role }[];
}

export interface Member {
  user_id: string;
  email: string;
  name: string;
  role: Role;
  version: number;
  created_at: string;
}

export type InvitationStatus = 'open' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  role: Role;
  email: string | null;
  status: InvitationStatus;
  expires_at: string;
  created_at: string;
  accepted_at: string | null;
}

/** A new invitation, share link or API token: its secret is in this answer only. */
export type WithSecret<T> = T & { token: string; url: string };

export interface InvitationPreview {
  workspace: { id: string; name: string };
  role: Role;
  email: string | null;
  expires_at: string;
}

export interface ShareLink {
  id: string;
  label: string;
  status: 'active' | 'revoked' | 'expired';
  expires_at: string | null;
  created_at: string;
  revoked_at: string | null;
}

/** `GET /share` with a share link's token: what it opens. */
export interface ShareTarget {
  workspace: { id: string; name: string };
  plan: { id: string; name: string };
  expires_at: string | null;
}

export interface ApiToken {
  id: string;
  name: string;
  workspace: string;
  role: Role;
  hint: string;
  status: 'active' | 'revoked' | 'expired';
  expires_at: string | null;
  created_at: string;
  last_used_at: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string | null; label: string; via: 'session' | 'token' | 'cli' | 'system' };
  action: string;
  entity_type: string;
  entity_id: string;
  plan: string | null;
  changed_fields: string[];
  detail: string | null;
}
