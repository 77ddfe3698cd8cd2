import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTypedDate, monthName, parseTypedDate } from './date-input.js';
import { addDays } from './dates.js';
import { LOCALES, type Locale } from './plan-values.js';

const dateOf = (text: string, locale: Locale) => {
  const read = parseTypedDate(text, locale);
  return read.ok ? read.date : read.code;
};

describe('parseTypedDate', () => {
  it('reads ISO dates in every language', () => {
    for (const locale of LOCALES) {
      expect(dateOf('2027-03-31', locale)).toBe('2027-03-31');
      expect(dateOf(' 2027-3-1 ', locale)).toBe('2027-03-01');
      expect(dateOf('2027/03/31', locale)).toBe('2027-03-31');
    }
  });

  it('reads Norwegian and Danish dates day first, with a two-digit year in this century', () => {
    for (const locale of ['nb', 'da'] as const) {
      expect(dateOf('31.3.2027', locale)).toBe('2027-03-31');
      expect(dateOf('31.03.27', locale)).toBe('2027-03-31');
      expect(dateOf('1/2 2027', locale)).toBe('2027-02-01');
      expect(dateOf('1/2-2027', locale)).toBe('2027-02-01');
      expect(dateOf('1-2-2027', locale)).toBe('2027-02-01');
    }
    expect(dateOf('31. mars 2027', 'nb')).toBe('2027-03-31');
    expect(dateOf('17. mai 2027', 'nb')).toBe('2027-05-17');
    expect(dateOf('5. desember 2027', 'nb')).toBe('2027-12-05');
    expect(dateOf('31. marts 2027', 'da')).toBe('2027-03-31');
    expect(dateOf('1. okt. 2027', 'da')).toBe('2027-10-01');
  });

  it('reads Swedish dates by hand day first', () => {
    expect(dateOf('31/3 2027', 'sv')).toBe('2027-03-31');
    expect(dateOf('31/3-27', 'sv')).toBe('2027-03-31');
    expect(dateOf('6 juni 2027', 'sv')).toBe('2027-06-06');
    expect(dateOf('1 maj 2027', 'sv')).toBe('2027-05-01');
  });

  it('reads an English slash date the one way it can be, and refuses one that reads two ways', () => {
    expect(dateOf('3/31/2027', 'en')).toBe('2027-03-31');
    expect(dateOf('31/3/2027', 'en')).toBe('2027-03-31');
    expect(dateOf('4/4/27', 'en')).toBe('2027-04-04');
    expect(parseTypedDate('3/4/2027', 'en')).toEqual({ ok: false, code: 'ambiguous', dayFirst: '2027-04-03', monthFirst: '2027-03-04' });
    expect(dateOf('March 31, 2027', 'en')).toBe('2027-03-31');
    expect(dateOf('31st March 2027', 'en')).toBe('2027-03-31');
    expect(dateOf('4 Sep 2027', 'en')).toBe('2027-09-04');
    expect(dateOf('4 Sept 2027', 'en')).toBe('2027-09-04');
    // Dots are day first even in English.
    expect(dateOf('3.4.2027', 'en')).toBe('2027-04-03');
  });

  it('names the day that does not exist', () => {
    expect(parseTypedDate('31.2.2027', 'da')).toEqual({ ok: false, code: 'no_such_day', day: 31, month: 2, year: 2027, daysInMonth: 28 });
    expect(parseTypedDate('29.2.2028', 'nb')).toEqual({ ok: true, date: '2028-02-29' });
    expect(parseTypedDate('2027-04-31', 'sv')).toMatchObject({ code: 'no_such_day', day: 31, month: 4, daysInMonth: 30 });
    expect(parseTypedDate('2/31/2027', 'en')).toMatchObject({ code: 'no_such_day', day: 31, month: 2 });
    expect(parseTypedDate('31 February 2027', 'en')).toMatchObject({ code: 'no_such_day', day: 31, month: 2 });
  });

  it('refuses what is not one day', () => {
    for (const text of ['', 'tomorrow', '31.3', '2027-03', '32.1.2027', '1.13.2027', '0.1.2027', '31.3.027', '1. ma 2027', '2027-03-31T10:00']) {
      expect({ text, read: dateOf(text, 'nb') }).toEqual({ text, read: 'not_a_date' });
    }
    // "ju" is June or July: too short to tell.
    expect(dateOf('1 ju 2027', 'en')).toBe('not_a_date');
  });

  it('reads back every date as the field shows it, in every language', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.constantFrom(...LOCALES), (offset, locale) => {
        const date = addDays('1950-01-01', offset);
        expect(parseTypedDate(formatTypedDate(date, locale), locale)).toEqual({ ok: true, date });
      }),
    );
  });
});

describe('formatTypedDate', () => {
  it('writes the short form each language reads', () => {
    expect(formatTypedDate('2027-03-01', 'nb')).toBe('01.03.2027');
    expect(formatTypedDate('2027-03-01', 'da')).toBe('01.03.2027');
    expect(formatTypedDate('2027-03-01', 'sv')).toBe('2027-03-01');
    expect(formatTypedDate('2027-03-01', 'en')).toBe('1 Mar 2027');
  });
});

describe('monthName', () => {
  it('names a month in the language', () => {
    expect(monthName(2, 'da')).toBe('februar');
    expect(monthName(5, 'sv')).toBe('maj');
    expect(monthName(2, 'en')).toBe('February');
  });
});
