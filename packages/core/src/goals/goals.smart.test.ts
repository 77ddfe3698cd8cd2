import { describe, expect, it } from 'vitest';
import { targetWindow, vagueWordOf } from './goals.smart.js';

describe('vagueWordOf', () => {
  it('names the word that gives a direction but no amount, in any of the four languages', () => {
    expect(vagueWordOf('Improve the webshop')).toBe('improve');
    expect(vagueWordOf('Flere besøkende på nettbutikken')).toBe('flere');
    expect(vagueWordOf('Fler besökare')).toBe('fler');
    expect(vagueWordOf('Mere salg online')).toBe('mere');
    expect(vagueWordOf('Instagram-følgere: bedre dialog')).toBe('bedre');
  });

  it('finds nothing vague in a title with a number, or without such a word', () => {
    expect(vagueWordOf('Flere besøk: 60 000 i måneden')).toBeUndefined();
    expect(vagueWordOf('Reach 60 000 visits a month')).toBeUndefined();
    expect(vagueWordOf('Launch the new webshop')).toBeUndefined();
  });
});

describe('targetWindow', () => {
  const period = { start: '2027-01-01', end: '2027-12-31' };

  it('keeps quarter and year goals inside the plan and lets a long-term goal end five years after its start', () => {
    expect(targetWindow('quarter', period)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(targetWindow('year', period)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    expect(targetWindow('long', period)).toEqual({ from: '2027-01-01', to: '2032-01-01' });
  });

  it('ends a long horizon from 29 February on the last day of that February, and never before the plan ends', () => {
    expect(targetWindow('long', { start: '2028-02-29', end: '2028-12-31' }).to).toBe('2033-02-28');
    expect(targetWindow('long', { start: '2027-01-01', end: '2034-06-30' }).to).toBe('2034-06-30');
  });
});
