import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, apiPath, apiRequest, etagOf } from '../../shared/api/api.client';
import { listAll } from '../../shared/api/api.resources';
import type { Page } from '../../shared/api/api.types';
import { PUBLIC, sessionKey } from './access.session';
import type { ApiToken, AuditEntry, Invitation, InvitationPreview, Member, Role, ShareLink, WithSecret } from './access.types';

/*
 * Members, invitations, share links, API tokens and the audit log: one function per route of
 * docs/api.md ("Accounts and access") and the hooks the pages use.
 */

const keys = {
  members: (ws: string) => ['access', ws, 'members'] as const,
  invitations: (ws: string) => ['access', ws, 'invitations'] as const,
  shareLinks: (ws: string, plan: string) => ['access', ws, 'share-links', plan] as const,
  audit: (ws: string) => ['access', ws, 'audit'] as const,
  tokens: () => ['access', 'tokens'] as const,
};

export function useMembers(ws: string) {
  return useQuery({ queryKey: keys.members(ws), queryFn: () => listAll<Member>(apiPath('workspaces', ws, 'members')) });
}

/** A role change or a removal sends the member's version; both change who may do what, so the session is read again. */
export function useMemberChange(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ member, role }: { member: Member; role: Role | null }) =>
      apiRequest<Member | undefined>(apiPath('workspaces', ws, 'members', member.user_id), {
        method: role === null ? 'DELETE' : 'PATCH',
        json: role === null ? undefined : { role },
        ifMatch: etagOf(member.version),
      }),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.members(ws) }),
        queryClient.invalidateQueries({ queryKey: keys.audit(ws) }),
        queryClient.invalidateQueries({ queryKey: sessionKey }),
      ]),
  });
}

export function useInvitations(ws: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.invitations(ws),
    queryFn: () => listAll<Invitation>(apiPath('workspaces', ws, 'invitations')),
    enabled,
  });
}

export interface NewInvitation {
  role: Role;
  email?: string;
  expires_in_days?: number;
}

export function useCreateInvitation(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewInvitation) =>
      (await apiRequest<WithSecret<Invitation>>(apiPath('workspaces', ws, 'invitations'), { method: 'POST', json: input })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.invitations(ws) }),
  });
}

export function useRevokeInvitation(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(apiPath('workspaces', ws, 'invitations', id), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.invitations(ws) }),
  });
}

export async function previewInvitation(token: string): Promise<InvitationPreview> {
  return (await apiRequest<InvitationPreview>(`${API_BASE}/invitations/preview`, { method: 'POST', json: { token }, signedOut: true })).data;
}

export function useInvitationPreview(token: string) {
  // A POST that reads: the token travels in the body, so that it stays out of logs.
  return useQuery({ queryKey: [PUBLIC, 'invitation', token], queryFn: () => previewInvitation(token), enabled: token !== '' });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (token: string) =>
      (await apiRequest<{ workspace: string; role: Role }>(`${API_BASE}/invitations/accept`, { method: 'POST', json: { token } })).data,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: sessionKey }), queryClient.invalidateQueries({ queryKey: ['workspaces'] })]),
  });
}

export function useShareLinks(ws: string, plan: string) {
  return useQuery({ queryKey: keys.shareLinks(ws, plan), queryFn: () => listAll<ShareLink>(apiPath('workspaces', ws, 'plans', plan, 'share-links')) });
}

export function useCreateShareLink(ws: string, plan: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { label: string; expires_in_days: number | null }) =>
      (await apiRequest<WithSecret<ShareLink>>(apiPath('workspaces', ws, 'plans', plan, 'share-links'), { method: 'POST', json: input })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.shareLinks(ws, plan) }),
  });
}

export function useRevokeShareLink(ws: string, plan: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(apiPath('workspaces', ws, 'plans', plan, 'share-links', id), { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.shareLinks(ws, plan) }),
  });
}

export function useApiTokens() {
  return useQuery({ queryKey: keys.tokens(), queryFn: () => listAll<ApiToken>(`${API_BASE}/auth/tokens`) });
}

export interface NewApiToken {
  name: string;
  workspace: string;
  role: Role;
  expires_in_days: number | null;
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: NewApiToken) =>
      (await apiRequest<ApiToken & { token: string }>(`${API_BASE}/auth/tokens`, { method: 'POST', json: input })).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.tokens() }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiRequest<void>(`${API_BASE}/auth/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.tokens() }),
  });
}

export interface AuditFilters {
  entity_type?: string;
  user?: string;
}

export const AUDIT_PAGE = 50;

/** The query of one page of the audit log, as JSON or as the CSV download of the same page. */
export function auditQuery(filters: AuditFilters, cursor: string | undefined) {
  return { ...filters, cursor, limit: AUDIT_PAGE };
}

/** Where the browser downloads the page as CSV from: a plain link, so the cookie goes along and no script is needed. */
export function auditCsvUrl(ws: string, filters: AuditFilters, cursor: string | undefined): string {
  const params = new URLSearchParams({ format: 'csv' });
  for (const [key, value] of Object.entries(auditQuery(filters, cursor))) if (value !== undefined) params.set(key, String(value));
  return `${apiPath('workspaces', ws, 'audit')}?${params.toString()}`;
}

export function useAuditLog(ws: string, filters: AuditFilters, cursor: string | undefined, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: [...keys.audit(ws), filters, cursor ?? null],
    queryFn: async () => (await apiRequest<Page<AuditEntry>>(apiPath('workspaces', ws, 'audit'), { query: auditQuery(filters, cursor) })).data,
    placeholderData: keepPreviousData,
  });
}
