import type { Direction, Goal, Kpi, Measurement } from '../plan/plan.schema.js';
import { daysBetween, type IsoDate } from '../shared/dates.js';
import { aggregationOf, FREQUENCY_GRAIN, frequencyOf, MEASUREMENT_DAYS } from '../kpis/kpis.frequency.js';
import { countOnOrBefore, lastOnOrBefore } from '../kpis/kpis.history.js';
import { GRAIN_DAYS, GRAINS, type Grain } from '../kpis/kpis.periods.js';
import type { ForecastPoint } from './goals.forecast.js';
import type { GoalScale } from './goals.progress.js';

/*
 * How a goal's actual is read from its KPI's measurements (docs/decisions/goal-actuals.md).
 *   level: a `last` or `average` KPI is a level; the target is a level too.
 *   total: a `sum` KPI whose target is a total for the goal's own span ("sell 120 000 books
 *          in 2027"): the running total since the baseline date, counted from zero.
 *   rate:  a `sum` KPI whose target is an amount per week, month, quarter or year ("60 000
 *          monthly visits"): the latest measurements scaled to that length.
 * Which one a `sum` goal is comes from the numbers: the length of time over which the
 * measurements add up to about the goal's baseline and target.
 */

export type GoalReading =
  | { mode: 'level'; aggregation: 'last' | 'average' }
  | { mode: 'total' }
  | { mode: 'rate'; per: Grain };

export interface GoalActuals {
  reading: GoalReading;
  /** Null when the goal has no target value (or no baseline and nothing to stand in for it). */
  scale: GoalScale | null;
  /** The current actual and the date it stands for; null when nothing was measured after the baseline date. */
  actual: ForecastPoint | null;
  /** The actual through time, for the forecast. */
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
  const { goal, kpi, measurements, start, end, today } = input;
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
  const known = measurements.slice(0, countOnOrBefore(measurements, today));
  const since = known.filter((m) => m.date > start);
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
  if (reading.mode === 'total') return readTotal(since, end, targetValue);
  const perPeriod = GRAIN_DAYS[reading.per] / perMeasurement;
  return readLevel(level, reading, Math.round(perPeriod), perPeriod);
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
function readLevel(input: LevelInput, reading: GoalReading, count: number, factor: number): GoalActuals {
  const { known, since, start, baselineValue, targetValue, direction } = input;
  const series = since.map((m) => ({ date: m.date, value: m.value * factor }));
  const latest = since.slice(-Math.max(1, count));
  const before = lastOnOrBefore(known, start);
  const baseline = baselineValue ?? (before ? before.value * factor : series[0]?.value);
  return {
    reading,
    scale: targetValue === undefined || baseline === undefined ? null : { baseline, target: targetValue, direction },
    actual:
      latest.length === 0
        ? null
        : { date: latest[latest.length - 1].date, value: (sumOf(latest) / latest.length) * factor },
    series,
  };
}

/** A total: the running total of the measurements after the baseline date up to the target date, from zero. */
function readTotal(since: readonly Measurement[], end: IsoDate, targetValue: number | undefined): GoalActuals {
  let total = 0;
  const series: ForecastPoint[] = [];
  for (const m of since) {
    if (m.date > end) break;
    total += m.value;
    series.push({ date: m.date, value: total });
  }
  return {
    reading: { mode: 'total' },
    scale: targetValue === undefined ? null : { baseline: 0, target: targetValue, direction: 'up' },
    actual: series.at(-1) ?? null,
    series,
  };
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
