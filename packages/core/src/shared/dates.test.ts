import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './dates.js';

describe('day numbers', () => {
  it('agree with the calendar of Date for every day from 1600 to 2400, and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -135_140, max: 157_071 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(toDayNumber(iso)).toBe(day);
        expect(fromDayNumber(toDayNumber(iso))).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it('count leap days by the Gregorian rules', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2028-02-29') - toDayNumber('2028-02-28')).toBe(1);
    expect(toDayNumber('2100-03-01') - toDayNumber('2100-02-28')).toBe(1);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
  });
});
