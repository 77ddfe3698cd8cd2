import type { Period, ThemeQuarter } from '@kurs/core';
import { quarterGrid, sumOfQuarters, toDayNumber } from '@kurs/core/browser';

/*
 * A theme's budget placed in the plan period's quarters. The plan keeps the rule that the
 * quarters add up to the budget; the form keeps the total fixed and says how many hours are
 * still to place (or placed too many) until they do.
 */

export interface PeriodQuarter {
  /** "2027-Q1" */
  quarter: string;
  /** How much of the quarter the plan period holds: 1 for a whole quarter, less for one the period cuts. */
  share: number;
}

export function periodQuarters(period: Period): PeriodQuarter[] {
  const first = toDayNumber(period.start);
  const last = toDayNumber(period.end);
  return quarterGrid(period.start, period.end).quarters.map((q) => {
    const [start, end] = [toDayNumber(q.start), toDayNumber(q.end)];
    return { quarter: q.quarter, share: (Math.min(last, end) - Math.max(first, start) + 1) / (end - start + 1) };
  });
}

/**
 * `total` hours spread evenly over the quarters: the same to each whole quarter (a quarter the
 * period cuts gets its part), in whole hours, and the last takes what is left (a fraction of the
 * total included), so the quarters add up to the total exactly. Whole quarters are counted
 * alike, though they have 90 to 92 days: 200 hours over a year are 50 a quarter.
 */
export function evenSpread(total: number, quarters: readonly PeriodQuarter[]): ThemeQuarter[] {
  const shares = quarters.reduce((sum, q) => sum + q.share, 0);
  const whole = Math.floor(total);
  let cumulative = 0;
  let placed = 0;
  return quarters.map((q, i) => {
    if (i === quarters.length - 1) return { quarter: q.quarter, hours: total - placed };
    cumulative += q.share;
    // Rounding the running total, not each share, keeps every quarter within an hour of its share and none below zero.
    const upTo = Math.min(whole, Math.round((total * cumulative) / shares));
    const hours = upTo - placed;
    placed = upTo;
    return { quarter: q.quarter, hours };
  });
}

/** Hours in the quarters added up, without the float dust of adding tenths. */
export function quarterSum(quarters: readonly ThemeQuarter[]): number {
  return roundHours(sumOfQuarters(quarters));
}

/** Hours of the total still to place: negative when the quarters hold more than the total. */
export function hoursLeft(total: number, quarters: readonly ThemeQuarter[]): number {
  return roundHours(total - quarterSum(quarters));
}

// Hours are typed with at most two decimals.
const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/** Every quarter of the period with its hours in `quarters` (0 where none are given), in period order. */
export function quarterRows(period: readonly PeriodQuarter[], quarters: readonly ThemeQuarter[]): ThemeQuarter[] {
  const given = new Map(quarters.map((q) => [q.quarter, q.hours]));
  return period.map((q) => ({ quarter: q.quarter, hours: given.get(q.quarter) ?? 0 }));
}

/** The given quarters that lie outside the period: saving the quarters from the form leaves them out. */
export function quartersOutside(period: readonly PeriodQuarter[], quarters: readonly ThemeQuarter[]): ThemeQuarter[] {
  const inside = new Set(period.map((q) => q.quarter));
  return quarters.filter((q) => !inside.has(q.quarter));
}
