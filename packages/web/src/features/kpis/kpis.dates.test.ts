import { describe, expect, it } from 'vitest';
import { epochSeconds, previousPeriodEnd } from './kpis.dates';

describe('previousPeriodEnd', () => {
  it('is the last day of the period before, whatever its length', () => {
    expect(previousPeriodEnd('2027-03-17', 'weekly')).toBe('2027-03-14');
    expect(previousPeriodEnd('2027-03-31', 'monthly')).toBe('2027-02-28');
    expect(previousPeriodEnd('2028-03-01', 'monthly')).toBe('2028-02-29');
    expect(previousPeriodEnd('2027-03-31', 'quarterly')).toBe('2026-12-31');
    expect(previousPeriodEnd('2027-07-15', 'semiannual')).toBe('2027-06-30');
    expect(previousPeriodEnd('2027-07-15', 'daily')).toBe('2027-07-14');
  });
});

describe('epochSeconds', () => {
  it('is midnight UTC, whatever the time zone', () => {
    expect(epochSeconds('1970-01-02')).toBe(86_400);
    expect(epochSeconds('2027-01-01')).toBe(Date.UTC(2027, 0, 1) / 1000);
  });
});
