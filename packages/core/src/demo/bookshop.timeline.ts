import { isoDateSchema, type Period } from '../plan/plan.schema.js';
import { addDays, addMonths, quarterStart, type IsoDate } from '../shared/dates.js';
import { DomainError, fieldError } from '../shared/errors.js';
import { monthStart, yearOf } from './demo.calendar.js';

/** From the day before a goal's baseline is measured to its target date. */
export interface GoalWindow {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The dates the demo plan hangs on, all relative to today so that the demo always looks
 * alive: a two-year plan in its twelfth month, goals part of the way to their targets, and a
 * review of the quarter just finished.
 */
export interface BookshopTimeline {
  today: IsoDate;
  /** The first day of today's month. */
  month: IsoDate;
  period: Period;
  /** Long goals: from the plan's start, four years. */
  long: GoalWindow;
  /** Year goals: twelve months, today in the seventh. */
  year: GoalWindow;
  /** Quarter goals: three months, today in the second. */
  quarter: GoalWindow;
  /** The last day of the last finished quarter. */
  review: IsoDate;
}

function windowOf(from: IsoDate, months: number): GoalWindow {
  return { from: addDays(from, -1), to: addDays(addMonths(from, months), -1) };
}

export function bookshopTimeline(today: IsoDate): BookshopTimeline {
  const parsed = isoDateSchema.safeParse(today);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'must be a date written YYYY-MM-DD';
    throw new DomainError('invalid', `The demo plan needs today's date: ${message}`, [fieldError('today', 'invalid_date', message, { value: today })]);
  }
  const month = monthStart(today);
  const start = addMonths(month, -11);
  return {
    today,
    month,
    period: { start, end: addDays(addMonths(start, 24), -1) },
    long: windowOf(start, 48),
    year: windowOf(addMonths(month, -6), 12),
    quarter: windowOf(addMonths(month, -1), 3),
    review: addDays(quarterStart(today), -1),
  };
}

/** "Digital strategy 2026–2027", named after the two calendar years the period mostly covers. */
export function planName(period: Period): string {
  const first = yearOf(addMonths(period.start, 6));
  return `Digital strategy ${first}–${first + 1}`;
}
