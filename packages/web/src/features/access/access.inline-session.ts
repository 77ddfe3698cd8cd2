import type { Session } from './access.types';

/** The element the server puts the session in (packages/server/src/http/static.ts). */
const ELEMENT = 'kurs-session';

/**
 * The session the server wrote into the page: the session, null when nobody is signed in, or
 * undefined when the page came without it (the development server), so that it is asked for.
 */
export function inlineSession(document: Pick<Document, 'getElementById'>): Session | null | undefined {
  const text = document.getElementById(ELEMENT)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as Session | null;
  } catch {
    return undefined;
  }
}
