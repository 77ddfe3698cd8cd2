/*
 * Where to go after signing in. The place comes from the URL (`/sign-in?next=…`), which anyone
 * can write a link with, so only a path of this app is followed, never another site.
 */

export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** The sign-in page, coming back to `location` afterwards. */
export function signInPath(location: { pathname: string; search: string; hash: string }): string {
  const here = `${location.pathname}${location.search}${location.hash}`;
  return here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
}

/** Where someone lands after making an account: their only workspace (the demo on a fresh instance), else the list. */
export function homeOf(session: { workspaces: readonly { id: string }[] }): string {
  const [only, ...others] = session.workspaces;
  return only && others.length === 0 ? `/workspaces/${encodeURIComponent(only.id)}` : '/';
}
