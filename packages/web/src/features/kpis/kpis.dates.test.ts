import { FREQUENCIES, fromDayNumber, nextMeasurementDue } from '@kurs/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, epochSeconds, stepMeasurementDate } from './kpis.dates';

const dates = fc.integer({ min: 0, max: 80_000 }).map((day) => fromDayNumber(day));
const frequencies = fc.constantFrom(...FREQUENCIES);

describe('stepMeasurementDate', () => {
  it('steps forward exactly as core says the next measurement is due', () => {
    fc.assert(
      fc.property(dates, frequencies, (date, frequency) => {
        expect(stepMeasurementDate(date, frequency, 1)).toBe(nextMeasurementDue(date, frequency));
      }),
    );
  });

  it('steps back to the date a step forward came from, for day steps and month ends', () => {
    const monthEnds = dates.map((d) => stepMeasurementDate(addMonths(d.slice(0, 8) + '01', 1), 'daily', -1));
    fc.assert(
      fc.property(fc.oneof(dates, monthEnds), frequencies, (date, frequency) => {
        const isMonthEnd = stepMeasurementDate(date, 'daily', 1).endsWith('-01');
        fc.pre(isMonthEnd || ['live', 'daily', 'weekly'].includes(frequency));
        expect(stepMeasurementDate(stepMeasurementDate(date, frequency, 1), frequency, -1)).toBe(date);
      }),
    );
  });

  it('keeps month ends and clamps to shorter months', () => {
    expect(stepMeasurementDate('2027-02-28', 'monthly', 1)).toBe('2027-03-31');
    expect(stepMeasurementDate('2027-03-31', 'monthly', -1)).toBe('2027-02-28');
    expect(stepMeasurementDate('2027-03-31', 'quarterly', -1)).toBe('2026-12-31');
    expect(stepMeasurementDate('2027-01-15', 'semiannual', 1)).toBe('2027-07-15');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
});

describe('epochSeconds', () => {
  it('is midnight UTC, whatever the time zone', () => {
    expect(epochSeconds('1970-01-02')).toBe(86_400);
    expect(epochSeconds('2027-01-01')).toBe(Date.UTC(2027, 0, 1) / 1000);
  });
});
