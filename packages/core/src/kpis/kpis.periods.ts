import {
  addDays,
  addMonths,
  fromDayNumber,
  isoOf,
  quarterEnd,
  quarterOf,
  quarterStart,
  toDayNumber,
  type IsoDate,
} from '../shared/dates.js';

/** The calendar periods KPI values are bucketed into. */
export const GRAINS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Grain = (typeof GRAINS)[number];

/** One calendar period: its label ("2027-W05", "2027-01", "2027-Q1", "2027", "2027-01-31") and first and last day. */
export interface CalendarPeriod {
  period: string;
  start: IsoDate;
  end: IsoDate;
}

/** Mean length in days of a period of each grain (a month is a twelfth of a mean year). */
export const GRAIN_DAYS: Record<Grain, number> = {
  day: 1,
  week: 7,
  month: 365.25 / 12,
  quarter: 365.25 / 4,
  year: 365.25,
};

/** The period of the given grain that contains the date. Weeks are ISO weeks: Monday to Sunday, numbered by their Thursday's year. */
export function periodOf(date: IsoDate, grain: Grain): CalendarPeriod {
  switch (grain) {
    case 'day':
      return { period: date, start: date, end: date };
    case 'week':
      return isoWeekOf(date);
    case 'month': {
      const start = `${date.slice(0, 7)}-01`;
      return { period: date.slice(0, 7), start, end: addDays(addMonths(start, 1), -1) };
    }
    case 'quarter':
      return { period: quarterOf(date), start: quarterStart(date), end: quarterEnd(date) };
    case 'year': {
      const year = date.slice(0, 4);
      return { period: year, start: `${year}-01-01`, end: `${year}-12-31` };
    }
  }
}

/** The `count` periods that end with the one containing `date`, oldest first. */
export function periodsEndingWith(date: IsoDate, grain: Grain, count: number): CalendarPeriod[] {
  const periods: CalendarPeriod[] = [];
  let period = periodOf(date, grain);
  for (let i = 0; i < count; i++) {
    periods.unshift(period);
    period = periodOf(addDays(period.start, -1), grain);
  }
  return periods;
}

function isoWeekOf(date: IsoDate): CalendarPeriod {
  const day = toDayNumber(date);
  // Day 0 (1970-01-01) was a Thursday, so (day + 3) mod 7 counts days since Monday.
  const monday = day - (((day + 3) % 7) + 7) % 7;
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((monday + 3 - toDayNumber(isoOf(year, 1, 1))) / 7) + 1;
  return {
    period: `${thursday.slice(0, 4)}-W${String(week).padStart(2, '0')}`,
    start: fromDayNumber(monday),
    end: fromDayNumber(monday + 6),
  };
}
