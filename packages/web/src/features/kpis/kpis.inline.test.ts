import { describe, expect, it } from 'vitest';
import { currentRange, periodEndOn, valueOn } from './kpis.inline';

describe('periodEndOn', () => {
  it("dates this period's value on the last day of the period that holds today", () => {
    expect(periodEndOn({ frequency: 'monthly' }, '2027-02-10')).toBe('2027-02-28');
    expect(periodEndOn({ frequency: 'quarterly' }, '2027-02-10')).toBe('2027-03-31');
    expect(periodEndOn({ frequency: 'weekly' }, '2027-02-10')).toBe('2027-02-14');
    expect(periodEndOn({ frequency: 'daily' }, '2027-02-10')).toBe('2027-02-10');
    expect(periodEndOn({ frequency: 'semiannual' }, '2027-02-10')).toBe('2027-06-30');
  });
  it('reads a KPI without a frequency as monthly', () => {
    expect(periodEndOn({}, '2028-02-03')).toBe('2028-02-29');
  });
});

describe('currentRange', () => {
  it('spans every KPI’s current period', () => {
    expect(currentRange([{ id: 'a', frequency: 'weekly' }, { id: 'b', frequency: 'quarterly' }], '2027-02-10')).toEqual({
      kpis: ['a', 'b'],
      from: '2027-01-01',
      to: '2027-03-31',
    });
  });
});

describe('valueOn', () => {
  it('finds the value of one KPI on one date', () => {
    const stored = [
      { kpi: 'a', date: '2027-02-28', value: 1.5 },
      { kpi: 'b', date: '2027-02-28', value: 7 },
    ];
    expect(valueOn(stored, 'b', '2027-02-28')).toBe(7);
    expect(valueOn(stored, 'a', '2027-02-27')).toBeUndefined();
  });
});
