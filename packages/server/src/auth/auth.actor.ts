import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is acting, for the audit log. The HTTP layer and the CLI set it around the work they
 * start, so services write audit entries in their own transactions without every service
 * method taking one more argument.
 */
export interface Actor {
  /** The user's id; null for the CLI on the database file and for the server itself. */
  userId: string | null;
  /** A name to show even after the user is gone: the email, "cli" or "system". */
  label: string;
  via: 'session' | 'token' | 'cli' | 'system';
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: 'system', via: 'system' };
export const CLI_ACTOR: Actor = { userId: null, label: 'cli (local)', via: 'cli' };

const storage = new AsyncLocalStorage<Actor>();

export function actingAs<T>(actor: Actor, work: () => T): T {
  return storage.run(actor, work);
}

/** The actor of the work in progress; the server itself when nobody set one (first-run demo). */
export const currentActor = (): Actor => storage.getStore() ?? SYSTEM_ACTOR;
