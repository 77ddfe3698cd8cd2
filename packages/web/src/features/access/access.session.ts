import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { API_BASE, apiRequest, isApiError, setCsrfToken } from '../../shared/api/api.client';
import type { Session, SignedIn } from './access.types';

const AUTH = `${API_BASE}/auth`;

export const sessionKey = ['auth', 'session'] as const;
/** The first part of the key of answers that belong to no one (an invitation's preview): they outlive a sign-in. */
export const PUBLIC = 'public';
const setupKey = ['auth', 'setup'] as const;

/** Who is signed in, or null when nobody is. Hands the session's CSRF token to the API client. */
export async function fetchSession(): Promise<Session | null> {
  try {
    const { data } = await apiRequest<Session>(`${AUTH}/session`, { signedOut: true });
    setCsrfToken(data.csrf_token);
    return data;
  } catch (error) {
    if (!isApiError(error) || error.status !== 401) throw error;
    setCsrfToken(null);
    return null;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 60_000 });
}

/** The signed-in session, for pages behind RequireSession (null only while it is being left). */
export function useSignedIn(): Session | null {
  return useSession().data ?? null;
}

/** Whether a fresh instance still waits for its first account. */
export function useSetup() {
  return useQuery({
    queryKey: setupKey,
    queryFn: async () => (await apiRequest<{ needs_first_account: boolean }>(`${AUTH}/setup`, { signedOut: true })).data,
  });
}

/** After any sign-in: nothing cached for whoever was signed in before may show, and the session is read anew. */
async function enter(queryClient: QueryClient, answer: SignedIn): Promise<Session> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== PUBLIC });
  setCsrfToken(answer.csrf_token);
  const session = await queryClient.fetchQuery({ queryKey: sessionKey, queryFn: fetchSession });
  if (!session) throw new Error('Signed in, but the server did not keep the session');
  return session;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface NewAccount extends Credentials {
  name?: string;
}

function useEnter<I>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: I) => {
      const { data } = await apiRequest<SignedIn>(`${AUTH}/${path}`, { method: 'POST', json: input, signedOut: true });
      return enter(queryClient, data);
    },
  });
}

export function useSignIn() {
  return useEnter<Credentials>('sign-in');
}

/** The first account of a fresh instance: it becomes the owner of the demo workspace. */
export function useCreateFirstAccount() {
  return useEnter<NewAccount>('first-account');
}

/** A new account through an invitation link; it joins the invitation's workspace. */
export function useSignUp() {
  return useEnter<NewAccount & { invitation: string }>('sign-up');
}

/** Signs out, then loads the sign-in page afresh, so nothing of the session stays in memory. */
export function useSignOut() {
  return useMutation({
    mutationFn: async () => {
      try {
        await apiRequest<void>(`${AUTH}/sign-out`, { method: 'POST', signedOut: true });
      } catch (error) {
        // A session that has already ended is signed out too.
        if (!isApiError(error) || error.status !== 401) throw error;
      }
    },
    onSuccess: () => window.location.assign('/sign-in'),
  });
}

export interface PasswordChange {
  current_password: string;
  new_password: string;
  revoke_other_sessions?: boolean;
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: PasswordChange) => apiRequest<{ changed: true }>(`${AUTH}/password`, { method: 'POST', json: change }),
    // Ending the other sessions renews this one, and with it the CSRF token.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
