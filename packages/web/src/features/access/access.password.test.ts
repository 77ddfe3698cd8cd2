import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api.client';
import { fieldMessages, looksLikeEmail, passwordProblem, PASSWORD_MAX, PASSWORD_MIN } from './access.password';

describe('passwordProblem', () => {
  it('holds the server’s length rules', () => {
    expect(passwordProblem('x'.repeat(PASSWORD_MIN - 1))).toBe('short');
    expect(passwordProblem('x'.repeat(PASSWORD_MIN))).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX))).toBeNull();
    expect(passwordProblem('x'.repeat(PASSWORD_MAX + 1))).toBe('long');
  });
});

describe('looksLikeEmail', () => {
  it('accepts an address and refuses what is plainly not one', () => {
    expect(looksLikeEmail(' kari@nordbok.no ')).toBe(true);
    expect(looksLikeEmail('kari')).toBe(false);
    expect(looksLikeEmail('kari@nordbok')).toBe(false);
    expect(looksLikeEmail('ka ri@nordbok.no')).toBe(false);
  });
});

describe('fieldMessages', () => {
  it('keeps the first message of each field the form shows', () => {
    const error = new ApiError(422, 'Unprocessable content', 'The account is not valid.', [
      { path: 'email', code: 'invalid_format', params: { format: 'email' }, message: 'must be an email address' },
      { path: 'email', code: 'invalid', message: 'second' },
      { path: 'invitation', code: 'invalid', message: 'not shown here' },
    ]);
    expect(fieldMessages(error, ['email', 'password'])).toEqual({ email: 'must be an email address' });
    expect(fieldMessages(null, ['email'])).toEqual({});
  });
});
