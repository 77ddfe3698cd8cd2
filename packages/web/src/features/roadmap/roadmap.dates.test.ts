import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from './roadmap.dates';

describe('day numbers', () => {
  it('agree with the calendar of Date for every day from 1600 to 2400, and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_140, max: 157_071 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(dayOf(iso)).toBe(day);
        expect(isoOf(dayOf(iso))).toBe(iso);
      }),
      { numRuns: 2000 },
    );
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('2028-02-29') - dayOf('2028-02-28')).toBe(1);
    expect(dayOf('2100-03-01') - dayOf('2100-02-28')).toBe(1);
  });
});
