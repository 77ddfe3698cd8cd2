import { describe, expect, it } from 'vitest';
import { withMember } from './sets';

describe('withMember', () => {
  it('adds or removes an item in a new set, leaving the old one as it was', () => {
    const set = new Set(['monthly']);
    expect([...withMember(set, 'weekly', true)].sort()).toEqual(['monthly', 'weekly']);
    expect([...withMember(set, 'monthly', false)]).toEqual([]);
    expect([...set]).toEqual(['monthly']);
  });

  it('gives back the same set when nothing changes', () => {
    const set = new Set(['monthly']);
    expect(withMember(set, 'monthly', true)).toBe(set);
    expect(withMember(set, 'weekly', false)).toBe(set);
  });
});
