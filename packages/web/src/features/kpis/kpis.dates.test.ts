import { FREQUENCIES, fromDayNumber, measurementPeriodOf } from '@kurs/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochSeconds, periodOfDate, previousPeriodEnd } from './kpis.dates';

const dates = fc.integer({ min: 0, max: 80_000 }).map((day) => fromDayNumber(day));
const frequencies = fc.constantFrom(...FREQUENCIES);

describe('periodOfDate', () => {
  it('is the period core dates measurements by', () => {
    fc.assert(
      fc.property(dates, frequencies, (date, frequency) => {
        const { start, end } = measurementPeriodOf(date, frequency);
        expect(periodOfDate(date, frequency)).toEqual({ start, end });
      }),
    );
  });

  it('ends weeks on Sunday and months on their last day', () => {
    expect(periodOfDate('2027-03-17', 'weekly')).toEqual({ start: '2027-03-15', end: '2027-03-21' });
    expect(periodOfDate('2028-02-10', 'monthly')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(previousPeriodEnd('2027-03-31', 'monthly')).toBe('2027-02-28');
    expect(previousPeriodEnd('2027-03-31', 'quarterly')).toBe('2026-12-31');
    expect(previousPeriodEnd('2027-07-15', 'semiannual')).toBe('2027-06-30');
  });
});

describe('epochSeconds', () => {
  it('is midnight UTC, whatever the time zone', () => {
    expect(epochSeconds('1970-01-02')).toBe(86_400);
    expect(epochSeconds('2027-01-01')).toBe(Date.UTC(2027, 0, 1) / 1000);
  });
});
