import { addDays, daysBetween, minDate, type IsoDate } from '../shared/dates.js';
import type { HealthContext } from './health.context.js';

const QUARTER_DAYS = 92;
/** Time to hold the meeting after a quarter closes. */
const GRACE_DAYS = 14;

export interface ReviewClock {
  /** The latest review up to `until`, if any. */
  latest: IsoDate | undefined;
  /** Days since the latest review, or since the plan started when there is none. */
  days: number;
  /** A review is overdue: more than a quarter and its grace period have gone by. */
  overdue: boolean;
}

/**
 * How long the plan has gone without a review. After the plan period one closing review is
 * still due, so the clock stops a grace period after the period ends. Undefined before the
 * plan has started: nothing can be due yet.
 */
export function reviewClock(ctx: HealthContext): ReviewClock | undefined {
  if (!ctx.started) return undefined;
  const until = minDate(ctx.today, addDays(ctx.period.end, GRACE_DAYS));
  let latest: IsoDate | undefined;
  for (const review of ctx.reviews) {
    if (review.date <= until && (!latest || review.date > latest)) latest = review.date;
  }
  const days = daysBetween(latest ?? ctx.period.start, until);
  return { latest, days, overdue: days > QUARTER_DAYS + GRACE_DAYS };
}
