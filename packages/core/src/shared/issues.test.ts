import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { activitySchema, idSchema, isoDateSchema, planHeaderSchema, reviewSchema, themeSchema } from '../plan/plan.schema.js';
import { fieldErrorsOf, formatOfPattern } from './issues.js';

const errorsOf = (schema: z.ZodType, value: unknown, prefix: (string | number)[] = []) => {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) throw new Error('expected the value to be refused');
  return fieldErrorsOf(result.error.issues, prefix);
};

describe('fieldErrorsOf', () => {
  it('gives a score out of range its limit, and an unknown field its name, below the prefix', () => {
    const activity = { id: 'a', title: 'A', value: 11, effort: 0, confidence: 1.5, colour: 'red' };
    expect(errorsOf(activitySchema, activity, ['activities', 3])).toEqual([
      { path: 'activities[3].value', code: 'too_big', params: { maximum: 10, origin: 'number', inclusive: true }, message: 'must be between 1 and 10' },
      { path: 'activities[3].effort', code: 'too_small', params: { minimum: 1, origin: 'number', inclusive: true }, message: 'must be between 1 and 10' },
      { path: 'activities[3].confidence', code: 'too_big', params: { maximum: 1, origin: 'number', inclusive: true }, message: 'must be between 0 and 1' },
      { path: 'activities[3].colour', code: 'unknown_field', params: { field: 'colour' }, message: 'unknown field "colour"' },
    ]);
  });

  it('tells a missing field from a wrong one', () => {
    expect(errorsOf(activitySchema, { id: 'a' })).toEqual([{ path: 'title', code: 'required', message: 'required' }]);
    expect(errorsOf(activitySchema, { id: 'a', title: 7 })).toEqual([
      { path: 'title', code: 'invalid_type', params: { expected: 'string' }, message: 'must be text' },
    ]);
  });

  it('names the choices of a word from a list', () => {
    expect(errorsOf(activitySchema, { id: 'a', title: 'A', urgency: 'urgent' })).toEqual([
      { path: 'urgency', code: 'not_in_list', params: { options: ['low', 'medium', 'high'] }, message: 'must be one of: low, medium, high' },
    ]);
  });

  it('gives a date that is no calendar date its own code, with the value as written', () => {
    expect(errorsOf(isoDateSchema, '2027-02-29', ['start'])).toEqual([
      { path: 'start', code: 'invalid_date', params: { value: '2027-02-29' }, message: 'not a valid date "2027-02-29" (use YYYY-MM-DD)' },
    ]);
  });

  it('names the written form a text must have', () => {
    expect(errorsOf(idSchema, 'a b')[0]).toMatchObject({ code: 'invalid_format', params: { format: 'id' } });
    expect(errorsOf(reviewSchema, { date: '2027-03-31', period: '2027-1' })[0]).toMatchObject({
      path: 'period',
      code: 'invalid_format',
      params: { format: 'quarter' },
    });
    expect(errorsOf(themeSchema, { id: 't', name: 'T', color: 'blue' })[0]).toMatchObject({ code: 'invalid_format', params: { format: 'colour' } });
    const header = { name: 'P', currency: 'kr', period: { start: '2027-01-01', end: '2027-12-31' } };
    expect(errorsOf(planHeaderSchema, header)[0]).toMatchObject({ path: 'currency', code: 'invalid_format', params: { format: 'currency' } });
    expect(errorsOf(z.email(), 'not-an-address')[0]).toMatchObject({ code: 'invalid_format', params: { format: 'email' } });
  });

  it('gives a text too short or too long its length', () => {
    expect(errorsOf(z.string().min(10), 'short', ['password'])).toEqual([
      expect.objectContaining({ path: 'password', code: 'too_small', params: { minimum: 10, origin: 'string', inclusive: true } }),
    ]);
    expect(errorsOf(idSchema, 'x'.repeat(81))).toEqual([
      { path: '', code: 'too_big', params: { maximum: 80, origin: 'string', inclusive: true }, message: 'must be at most 80 characters' },
    ]);
  });

  it('takes the code of a refinement from its params, and calls any other refinement invalid', () => {
    const even = z.number().refine((n) => n % 2 === 0, { error: 'must be even' });
    expect(errorsOf(even, 3)).toEqual([{ path: '', code: 'invalid', message: 'must be even' }]);
    const named = z.string().refine(() => false, { error: 'taken', params: { code: 'id_taken', other: 'x' } });
    expect(errorsOf(named, 'books', ['id'])).toEqual([{ path: 'id', code: 'id_taken', params: { other: 'x', value: 'books' }, message: 'taken' }]);
    const unknown = z.string().refine(() => false, { error: 'odd', params: { code: 'no_such_code' } });
    expect(errorsOf(unknown, 'x')[0]).toMatchObject({ code: 'invalid', message: 'odd' });
  });
});

describe('formatOfPattern', () => {
  it('names the schema\'s own patterns, and any other pattern "other"', () => {
    expect(formatOfPattern('/^\\d{4}-Q[1-4]$/')).toBe('quarter');
    expect(formatOfPattern('/^[A-Z]{3}$/')).toBe('currency');
    expect(formatOfPattern('/^[a-z]+$/')).toBe('other');
    expect(formatOfPattern('/(/')).toBe('other');
  });
});
