import { describe, expect, it } from 'vitest';
import { defaultPlanPeriod, localToday, newPlanDefaults } from './plans.defaults';

describe('defaultPlanPeriod', () => {
  it('runs twelve months from the first day of next month', () => {
    expect(defaultPlanPeriod('2027-03-15')).toEqual({ start: '2027-04-01', end: '2028-03-31' });
    expect(defaultPlanPeriod('2027-01-31')).toEqual({ start: '2027-02-01', end: '2028-01-31' });
    expect(defaultPlanPeriod('2027-10-31')).toEqual({ start: '2027-11-01', end: '2028-10-31' });
  });

  it('is the next calendar year in November and December', () => {
    expect(defaultPlanPeriod('2027-11-01')).toEqual({ start: '2028-01-01', end: '2028-12-31' });
    expect(defaultPlanPeriod('2027-12-31')).toEqual({ start: '2028-01-01', end: '2028-12-31' });
  });
});

describe('localToday', () => {
  it('takes the date of the reader’s own clock', () => {
    expect(localToday(new Date(2027, 9, 31, 23, 30))).toBe('2027-10-31');
  });
});

describe('newPlanDefaults', () => {
  it('takes the workspace’s language and currency', () => {
    expect(newPlanDefaults({ locale: 'sv', currency: 'EUR' }, 'nb')).toEqual({ locale: 'sv', currency: 'EUR' });
  });

  it('falls back to the interface language and its country’s currency', () => {
    expect(newPlanDefaults({ locale: null, currency: null }, 'da')).toEqual({ locale: 'da', currency: 'DKK' });
    expect(newPlanDefaults({ locale: 'nb', currency: null }, 'en')).toEqual({ locale: 'nb', currency: 'NOK' });
    expect(newPlanDefaults(undefined, 'en')).toEqual({ locale: 'en', currency: 'EUR' });
  });
});
