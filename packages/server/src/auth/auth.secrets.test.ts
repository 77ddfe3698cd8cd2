import { describe, expect, it } from 'vitest';
import { newToken, tokenHint } from './auth.secrets.js';

describe('tokenHint', () => {
  it('shows the prefix and four random characters, also when the random part holds "_"', () => {
    const random = 'abcd_efghijklmnopqrstuvwxyz0123456789ABC_EF';
    expect(tokenHint(`kurs_pat_${random}`)).toBe('kurs_pat_abcd…');
    expect(tokenHint(`kurs_share_${random}`)).toBe('kurs_share_abcd…');
    for (let i = 0; i < 200; i++) {
      const token = newToken('pat');
      expect(tokenHint(token)).toBe(`${token.slice(0, 'kurs_pat_'.length + 4)}…`);
    }
  });
});
