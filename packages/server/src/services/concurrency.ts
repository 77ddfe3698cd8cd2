import { DomainError } from '@kurs/core';

/** What the client said it last saw: a version, "any" (If-Match: *), or nothing. */
export type Expected = number | 'any' | undefined;

/** Updates need the version the client saw, so that nobody overwrites a change unseen. */
export function checkVersion(expected: Expected, current: number, what: string): number {
  if (expected === undefined) {
    throw new DomainError(
      'precondition_required',
      `Changing ${what} needs the version you last read (send If-Match with the ETag of your last read).`,
    );
  }
  if (expected !== 'any' && expected !== current) {
    throw new DomainError(
      'precondition_failed',
      `${what[0]!.toUpperCase()}${what.slice(1)} was changed by someone else since you read it (you have version ${expected}, it is now at ${current}). Reload it and make your change again.`,
    );
  }
  return current;
}
