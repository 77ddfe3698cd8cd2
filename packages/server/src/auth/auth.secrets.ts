import { createHash, randomBytes } from 'node:crypto';

/*
 * Tokens we hand out (API tokens, share links, invitations): 32 random bytes from the
 * operating system, stored only as their SHA-256, so a copy of the database does not give
 * access. The prefix says what a token is, so a leaked one is easy to recognise.
 */

export type TokenKind = 'pat' | 'share' | 'inv';

export function newToken(kind: TokenKind): string {
  return `kurs_${kind}_${randomBytes(32).toString('base64url')}`;
}

export const kindOfToken = (token: string): TokenKind | undefined => /^kurs_(pat|share|inv)_[A-Za-z0-9_-]{43}$/.exec(token)?.[1] as TokenKind | undefined;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * The prefix and the first four random characters, to tell tokens apart in a list without
 * showing them. Counted from the prefix: the random part may itself hold a "_".
 */
export const tokenHint = (token: string): string => `${token.slice(0, token.indexOf('_', 'kurs_'.length) + 5)}…`;
