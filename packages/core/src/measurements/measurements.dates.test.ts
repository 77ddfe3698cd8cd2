import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../shared/dates.js';
import { isoWeekEnd, parseLocaleDate, sundayWeekEnd, type DateReading } from './measurements.dates.js';

function date(text: string, reading: DateReading = {}): string {
  const result = parseLocaleDate(text, reading);
  return result.ok ? result.value : result.error;
}

describe('parseLocaleDate', () => {
  it.each([
    ['2027-01-31', '2027-01-31'],
    [' 2027-1-5 ', '2027-01-05'],
    ['2027-01-31T23:59:00', '2027-01-31'],
    ['2027-01-31 08:00', '2027-01-31'],
    ['20270131', '2027-01-31'],
    ['2027/01/31', '2027-01-31'],
    ['2027.01.31', '2027-01-31'],
    ['2028-02-29', '2028-02-29'],
  ])('reads the year-first date %j in every locale', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each([
    ['2027-01', '2027-01-31'],
    ['202702', '2027-02-28'],
    ['2028-02', '2028-02-29'],
    ['04.2027', '2027-04-30'],
    ['2027-Q1', '2027-03-31'],
    ['2027Q4', '2027-12-31'],
    ['2027-W01', '2027-01-10'],
    ['2026-W53', '2027-01-03'],
  ])('dates the period %j on its last day', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each([
    ['31.01.2027', '2027-01-31'],
    ['1.2.2027', '2027-02-01'],
    ['03.04.2027', '2027-04-03'],
    ['31/01/2027', '2027-01-31'],
    ['31-01-2027', '2027-01-31'],
    ['01/31/2027', '2027-01-31'],
    ['04/04/2027', '2027-04-04'],
  ])('reads %j, which reads one way only', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each([
    ['Jan 07, 2025 09:00 am', '2025-01-07'],
    ['Jan 7, 2025', '2025-01-07'],
    ['January 7 2025', '2025-01-07'],
    ['Dec 31, 2025, 11:59:59 PM', '2025-12-31'],
    ['7. jan. 2025', '2025-01-07'],
    ['7 jan 2025', '2025-01-07'],
    ['07-Jan-2025', '2025-01-07'],
    ['7. januar 2025', '2025-01-07'],
    ['7 januari 2025', '2025-01-07'],
    ['1. mai 2025', '2025-05-01'],
    ['1 maj 2025', '2025-05-01'],
    ['3. marts 2025', '2025-03-03'],
    ['24. des. 2025', '2025-12-24'],
    ['15 okt 2025 kl. 14.30', '2025-10-15'],
    ['2025-01-07T09:00:00Z', '2025-01-07'],
    ['2025-01-07 09:00:00+01:00', '2025-01-07'],
    ['07.01.2025 09:00', '2025-01-07'],
    ['1/31/2025 9:00 AM', '2025-01-31'],
    ['jan 2025', '2025-01-31'],
    ['januar 2025', '2025-01-31'],
    ['Feb-2028', '2028-02-29'],
    ['februari 2025', '2025-02-28'],
    ['2025-W03', '2025-01-19'],
  ])('reads %j with its month name, time or period', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it.each(['Foo 7, 2025', '7. smarch 2025', '31. februar 2025', 'jan 25', 'Jan 32, 2025'])('says %j is not a date', (text) => {
    expect(parseLocaleDate(text)).toMatchObject({ ok: false, code: 'invalid_date' });
  });

  it('reads dates that read both ways by the date order, and refuses them without one in every locale', () => {
    expect(date('03/04/2027', { dateOrder: 'mdy' })).toBe('2027-03-04');
    expect(date('03/04/2027', { dateOrder: 'dmy' })).toBe('2027-04-03');
    expect(date('03-04-2027', { dateOrder: 'dmy' })).toBe('2027-04-03');
    expect(date('03/04/2027')).toBe('"03/04/2027" is ambiguous: write 2027-04-03 for day first or 2027-03-04 for month first, or choose the date order');
    expect(parseLocaleDate('03/04/2027')).toMatchObject({
      code: 'ambiguous_date',
      params: { value: '03/04/2027', day_first: '2027-04-03', month_first: '2027-03-04' },
    });
  });

  it.each(['31.02.2027', '2027-13-01', '2027-02-29', '20271301', '2027-00', '2027-W54', '2027-W53', 'yesterday', '1899-12-31', '2200-01-01', '2027-Q5'])(
    'says %j is not a date',
    (text) => {
      expect(date(text)).toBe(`"${text}" is not a date`);
    },
  );

  it('asks for a four-digit year and says when the cell is empty', () => {
    expect(date('31.01.27', {})).toBe('"31.01.27" has a two-digit year: write the year with four digits');
    expect(date(' ', {})).toBe('the date is empty');
    expect(parseLocaleDate('31.01.27', {})).toMatchObject({ code: 'short_year', params: { value: '31.01.27' } });
    expect(parseLocaleDate(' ', {})).toMatchObject({ code: 'required' });
  });

  it('reads back what Intl writes for nb, sv and da', () => {
    const day = fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.constantFrom(['nb', 'nb-NO'], ['sv', 'sv-SE'], ['da', 'da-DK']), (iso, [locale, tag]) => {
        const written = new Intl.DateTimeFormat(tag, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
        expect(date(written), locale).toBe(iso);
      }),
    );
  });
});

describe('week ends', () => {
  it('ends an ISO week on its Sunday, the Monday six days before in the same week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), fc.integer({ min: 1, max: 52 }), (year, week) => {
        const end = isoWeekEnd(year, week) as string;
        expect(new Date(`${end}T00:00:00Z`).getUTCDay()).toBe(0);
        const thursday = addDays(end, -3);
        expect(thursday.slice(0, 4)).toBe(String(year));
        const jan4 = `${year}-01-04`;
        expect(Math.floor((toDayNumber(thursday) - toDayNumber(jan4) + 3) / 7) + 1).toBe(week);
      }),
    );
  });

  it('ends a GA4 week on Saturday, the first on the first Saturday and the last on 31 December', () => {
    // 2027-01-01 is a Friday: week 01 is Friday and Saturday.
    expect(sundayWeekEnd(2027, 1)).toBe('2027-01-02');
    expect(sundayWeekEnd(2027, 2)).toBe('2027-01-09');
    expect(sundayWeekEnd(2027, 53)).toBe('2027-12-31');
    expect(sundayWeekEnd(2027, 54)).toBeNull();
    // 2023-01-01 is a Sunday: week 01 has seven days.
    expect(sundayWeekEnd(2023, 1)).toBe('2023-01-07');
  });
});
