import type { Direction } from '../plan/plan.schema.js';
import { addDays, daysBetween, type IsoDate } from '../shared/dates.js';
import { fitHoltByGrid, fitLine, t90, type TrendModel } from './goals.trend.js';

export interface ForecastPoint {
  date: IsoDate;
  value: number;
}

export interface ForecastTarget {
  date: IsoDate;
  value: number;
  /** Which side of the target counts as reached. */
  direction: Direction;
}

export const FORECAST_METHODS = ['linear', 'holt'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export interface GoalForecast {
  method: ForecastMethod;
  /** The target date the forecast is for. */
  date: IsoDate;
  value: number;
  /** The 80 % prediction interval. */
  low: number;
  high: number;
  /** When the trend line reaches the target: the last point's date if it already has, null if it never does (within a century). */
  reachesTargetOn: IsoDate | null;
}

/** Below this many points Holt's method has too little to learn from, and there is nothing to hold out. */
const MIN_POINTS_TO_COMPARE = 5;
/** The share of the latest points held out to compare the methods. */
const HOLDOUT_SHARE = 0.2;
const MAX_DAYS_AHEAD = 36_525;

interface Projection {
  /** Value and variance `days` after the last point. */
  at(days: number): { value: number; variance: number };
  df: number;
}

/**
 * The value at the target date if the trend of the points holds. Two methods compete, a
 * linear regression and Holt's linear trend (smoothing constants chosen by grid search);
 * the one with the smaller error on the latest points, held out while fitting, wins, and a
 * tie goes to the regression. No forecast from fewer than two points or once the target
 * date is not after the last point. From two points the line through them is extended and
 * the interval reaches from "no further change" to twice the change.
 */
export function forecastGoal(points: readonly ForecastPoint[], target: ForecastTarget): GoalForecast | null {
  const sorted = [...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const n = sorted.length;
  if (n < 2) return null;
  const last = sorted[n - 1];
  if (target.date <= last.date) return null;
  const x = sorted.map((p) => daysBetween(sorted[0].date, p.date));
  const y = sorted.map((p) => p.value);
  const ahead = daysBetween(last.date, target.date);

  const method = n >= MIN_POINTS_TO_COMPARE ? betterMethod(x, y) : 'linear';
  const projection = project(method, x, y);
  const { value, variance } = projection.at(ahead);
  const halfWidth = n === 2 ? Math.abs(value - last.value) : t90(Math.max(1, projection.df)) * Math.sqrt(variance);
  const level = projection.at(0).value;
  return {
    method,
    date: target.date,
    value,
    low: value - halfWidth,
    high: value + halfWidth,
    reachesTargetOn: reachDate(level, projection.at(1).value - level, last.date, target),
  };
}

function project(method: ForecastMethod, x: readonly number[], y: readonly number[]): Projection {
  if (method === 'linear') return fitLine(x, y);
  // Holt's method counts in points; measurements come at a steady pace, so a point is the mean gap.
  const daysPerStep = x[x.length - 1] / (x.length - 1);
  const model: TrendModel = fitHoltByGrid(y);
  return { df: model.df, at: (days) => model.at(days / daysPerStep) };
}

function betterMethod(x: readonly number[], y: readonly number[]): ForecastMethod {
  const train = x.length - Math.max(1, Math.round(x.length * HOLDOUT_SHARE));
  const line = fitLine(x.slice(0, train), y.slice(0, train));
  const holt = fitHoltByGrid(y.slice(0, train));
  let lineError = 0;
  let holtError = 0;
  for (let i = train; i < x.length; i++) {
    lineError += (y[i] - line.at(x[i] - x[train - 1]).value) ** 2;
    holtError += (y[i] - holt.at(i - train + 1).value) ** 2;
  }
  return holtError < lineError * (1 - 1e-9) ? 'holt' : 'linear';
}

function reachDate(level: number, perDay: number, lastDate: IsoDate, target: ForecastTarget): IsoDate | null {
  const gap = target.value - level;
  const reached = target.direction === 'down' ? gap >= 0 : gap <= 0;
  if (reached) return lastDate;
  if (perDay === 0 || Math.sign(perDay) !== Math.sign(gap)) return null;
  // The small slack keeps a line that lands exactly on a day from rounding to the next one.
  const days = Math.ceil(gap / perDay - 1e-9);
  return days <= MAX_DAYS_AHEAD ? addDays(lastDate, days) : null;
}
