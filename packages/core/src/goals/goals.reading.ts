import type { Direction, Goal, Kpi, Measurement } from '../plan/plan.schema.js';
import { daysBetween, type IsoDate } from '../shared/dates.js';
import { aggregationOf, FREQUENCY_GRAIN, frequencyOf, MEASUREMENT_DAYS } from '../kpis/kpis.frequency.js';
import { countOnOrBefore, lastOnOrBefore } from '../kpis/kpis.history.js';
import { GRAIN_DAYS, GRAINS, type Grain } from '../kpis/kpis.periods.js';
import type { ForecastPoint } from './goals.forecast.js';
import { progressOf, reachesTarget, type GoalScale } from './goals.progress.js';

/*
 * How a goal's actual is read from its KPI's measurements (docs/decisions/goal-actuals.md).
 *   level: a `last` or `average` KPI is a level; the target is a level too.
 *   total: a `sum` KPI whose target is a total for the goal's own span ("sell 120 000 books
 *          in 2027"): the running total since the baseline date, counted from zero.
 *   rate:  a `sum` KPI whose target is an amount per week, month, quarter or year ("60 000
 *          monthly visits"): the latest measurements scaled to that length.
 * Which one a `sum` goal is comes from the numbers: the length of time over which the
 * measurements add up to about the goal's baseline and target. Every reading stops at the
 * target date: once it is past, a goal is judged by where it stood then.
 */

export type GoalReading =
  | { mode: 'level'; aggregation: 'last' | 'average' }
  | { mode: 'total' }
  | { mode: 'rate'; per: Grain };

/** Why a goal has no progress, in terms the user can act on. */
export type NoDataReason =
  | { reason: 'no_kpi' }
  | { reason: 'no_target' }
  /** The KPI has no measurement at all. */
  | { reason: 'no_measurements' }
  /** Every measurement up to today is dated on or before the baseline date (`baseline`, the goal's or the plan's); `last` is the latest. */
  | { reason: 'only_before_baseline'; last: IsoDate; baseline: IsoDate }
  /** The target date (`target`, the goal's or the plan's) is past and every measurement after the baseline date came after it; `first` is the earliest. */
  | { reason: 'only_after_target'; first: IsoDate; target: IsoDate }
  /** Every measurement is dated after today; `first` is the earliest. */
  | { reason: 'only_after_today'; first: IsoDate }
  | { reason: 'no_sub_goal_data' };

/** The reasons that lie in the measurements, not in the goal. */
export type MeasurementGap = Extract<NoDataReason, { reason: 'no_measurements' | 'only_before_baseline' | 'only_after_target' | 'only_after_today' }>;

export interface GoalActuals {
  reading: GoalReading;
  /** Null when the goal has no target value (or no baseline and nothing to stand in for it). */
  scale: GoalScale | null;
  /** The current actual and the date it stands for; null when nothing was measured after the baseline date (up to the target date). */
  actual: ForecastPoint | null;
  /** Why there is no actual; null when there is one. */
  gap: MeasurementGap | null;
  /**
   * The date the actual reached the target: the first of the latest unbroken run of actuals
   * at or beyond it, so a goal that fell back and recovered counts from the recovery. Null
   * unless the current actual is at or beyond the target.
   */
  reachedOn: IsoDate | null;
  /** The measurements through time, in the goal's unit, for the forecast. */
  series: ForecastPoint[];
}

export interface GoalReadingInput {
  goal: Goal;
  kpi: Kpi;
  /** The KPI's measurements, oldest first, one per date. */
  measurements: readonly Measurement[];
  /** The goal's baseline and target dates, filled in from the plan period where the goal has none. */
  start: IsoDate;
  end: IsoDate;
  today: IsoDate;
}

/** A level is read over about a month of measurements, so one odd day does not swing it. */
const LEVEL_WINDOW: Grain = 'month';
/** A grain this close in length to the goal's span is the span itself: read it as a total. */
const SAME_LENGTH = Math.log(1.25);

export function readGoal(input: GoalReadingInput): GoalActuals {
  const { measurements, start, today } = input;
  const known = measurements.slice(0, countOnOrBefore(measurements, today));
  const read = readActuals(input, known);
  return { ...read, gap: read.actual === null ? gapOf(measurements, known, start, input.end) : null };
}

/** The reading of a goal from its KPI's measurements up to today (`known`). */
function readActuals(input: GoalReadingInput, known: readonly Measurement[]): Omit<GoalActuals, 'gap'> {
  const { goal, kpi, start, end } = input;
  const aggregation = aggregationOf(kpi);
  const perMeasurement = MEASUREMENT_DAYS[frequencyOf(kpi)];
  const baselineValue = goal.baseline?.value;
  const targetValue = goal.target?.value;
  const direction: Direction =
    baselineValue !== undefined && targetValue !== undefined && baselineValue !== targetValue
      ? targetValue > baselineValue
        ? 'up'
        : 'down'
      : (kpi.direction ?? 'up');
  // The measurements the goal is judged by: after the baseline date, up to the target date.
  const since = known.filter((m) => m.date > start && m.date <= end);
  const level = { known, since, start, baselineValue, targetValue, direction };

  if (aggregation !== 'sum') {
    const count = aggregation === 'last' ? 1 : Math.round(GRAIN_DAYS[LEVEL_WINDOW] / perMeasurement);
    return readLevel(level, { mode: 'level', aggregation }, count, 1);
  }
  const reading = sumReading({
    values: since.length > 0 ? since : known,
    reference: geometricMean([baselineValue, targetValue]),
    perMeasurement,
    spanDays: direction === 'up' ? daysBetween(start, end) : null,
    ownGrain: FREQUENCY_GRAIN[frequencyOf(kpi)],
  });
  if (reading.mode === 'total') return readTotal(since, targetValue);
  const perPeriod = GRAIN_DAYS[reading.per] / perMeasurement;
  return readLevel(level, reading, Math.round(perPeriod), perPeriod);
}

/** Why nothing after the baseline date up to the target date could be read. */
function gapOf(measurements: readonly Measurement[], known: readonly Measurement[], start: IsoDate, end: IsoDate): MeasurementGap {
  if (known.length === 0) {
    return measurements.length === 0 ? { reason: 'no_measurements' } : { reason: 'only_after_today', first: measurements[0].date };
  }
  const after = known.find((m) => m.date > start);
  return after === undefined
    ? { reason: 'only_before_baseline', last: known[known.length - 1].date, baseline: start }
    : { reason: 'only_after_target', first: after.date, target: end };
}

interface LevelInput {
  /** Measurements up to today, and those of them after the baseline date. */
  known: readonly Measurement[];
  since: readonly Measurement[];
  start: IsoDate;
  baselineValue: number | undefined;
  targetValue: number | undefined;
  direction: Direction;
}

/**
 * A level or a rate: the mean of the latest `count` measurements, times `factor` to express
 * it per the goal's period. Without a baseline value, the last reading on or before the
 * baseline date stands in for it, else the first reading after.
 */
function readLevel(input: LevelInput, reading: GoalReading, count: number, factor: number): Omit<GoalActuals, 'gap'> {
  const { known, since, start, baselineValue, targetValue, direction } = input;
  const series = since.map((m) => ({ date: m.date, value: m.value * factor }));
  const window = Math.max(1, count);
  // The actual as it stood at the i-th measurement.
  const actualAt = (i: number): ForecastPoint => {
    const latest = since.slice(Math.max(0, i + 1 - window), i + 1);
    return { date: since[i].date, value: (sumOf(latest) / latest.length) * factor };
  };
  const before = lastOnOrBefore(known, start);
  const baseline = baselineValue ?? (before ? before.value * factor : series[0]?.value);
  const scale = targetValue === undefined || baseline === undefined ? null : { baseline, target: targetValue, direction };
  return {
    reading,
    scale,
    actual: since.length === 0 ? null : actualAt(since.length - 1),
    reachedOn: reachedOn(scale, since.length, actualAt),
    series,
  };
}

/** A total: the running total of the measurements after the baseline date up to the target date, from zero. */
function readTotal(since: readonly Measurement[], targetValue: number | undefined): Omit<GoalActuals, 'gap'> {
  let total = 0;
  const series = since.map((m) => ({ date: m.date, value: (total += m.value) }));
  const scale: GoalScale | null = targetValue === undefined ? null : { baseline: 0, target: targetValue, direction: 'up' };
  return {
    reading: { mode: 'total' },
    scale,
    actual: series.at(-1) ?? null,
    reachedOn: reachedOn(scale, series.length, (i) => series[i]),
    series,
  };
}

/** Walks back from the latest of `count` actuals while they reach the target; the date of the last one that did. */
function reachedOn(scale: GoalScale | null, count: number, actualAt: (i: number) => ForecastPoint): IsoDate | null {
  if (scale === null) return null;
  let date: IsoDate | null = null;
  for (let i = count - 1; i >= 0; i--) {
    const actual = actualAt(i);
    if (!reachesTarget(progressOf(scale, actual.value))) break;
    date = actual.date;
  }
  return date;
}

interface SumReadingInput {
  /** The measurements to size the goal by. */
  values: readonly Measurement[];
  /** The size of the goal's baseline and target, or null when neither is a positive number. */
  reference: number | null;
  perMeasurement: number;
  /** The goal's span in days when it may be a total (only goals that go up), else null. */
  spanDays: number | null;
  ownGrain: Grain;
}

/**
 * A `sum` KPI's target is an amount over some length of time. Of the goal's own span and
 * the grains no shorter than one measurement, take the length over which the measurements
 * add up closest to the goal's size (on a log scale); a grain of about the span's length
 * gives way to the span. Without a positive size or positive measurements, the KPI's own grain.
 */
function sumReading(input: SumReadingInput): Exclude<GoalReading, { mode: 'level' }> {
  const { values, reference, perMeasurement, spanDays, ownGrain } = input;
  const perDay = sumOf(values) / values.length / perMeasurement;
  if (reference === null || !(perDay > 0)) return { mode: 'rate', per: ownGrain };
  const distance = (days: number) => Math.abs(Math.log((perDay * days) / reference));
  const readable = (days: number) => days >= perMeasurement * 0.99;

  const span = spanDays !== null && readable(spanDays) ? spanDays : null;
  let best: Exclude<GoalReading, { mode: 'level' }> = { mode: 'rate', per: ownGrain };
  let bestDistance = span === null ? Infinity : distance(span);
  if (span !== null) best = { mode: 'total' };
  for (const grain of GRAINS) {
    const days = GRAIN_DAYS[grain];
    if (!readable(days) || (span !== null && Math.abs(Math.log(days / span)) < SAME_LENGTH)) continue;
    if (distance(days) < bestDistance) {
      best = { mode: 'rate', per: grain };
      bestDistance = distance(days);
    }
  }
  return best;
}

function geometricMean(values: readonly (number | undefined)[]): number | null {
  const positive = values.filter((v): v is number => v !== undefined && v > 0);
  if (positive.length === 0) return null;
  return Math.exp(positive.reduce((sum, v) => sum + Math.log(v), 0) / positive.length);
}

function sumOf(measurements: readonly Measurement[]): number {
  return measurements.reduce((sum, m) => sum + m.value, 0);
}
