import type { Frequency, Period } from '../plan/plan.schema.js';
import { addDays, type IsoDate } from '../shared/dates.js';
import { measurementGraceDays, measurementPeriodOf } from './kpis.frequency.js';

export interface MeasurementDueInput {
  frequency: Frequency;
  /** The plan period: values are due for the KPI's periods from the one it starts in to the one it ends in. */
  period: Period;
  /** The date of the KPI's latest measurement, wherever it falls; null when it has none. */
  latest: IsoDate | null;
  today: IsoDate;
}

export interface MeasurementDue {
  /** The last day of the period whose value is awaited: the date that value is written on. Null when the plan has no further period. */
  due: IsoDate | null;
  /** The last day to enter it: `due` plus the grace days for the frequency. */
  lateAfter: IsoDate | null;
  /** Today is after `lateAfter`. */
  overdue: boolean;
}

/**
 * Whether a KPI's result is overdue: the one rule behind the KPI list, the dashboard, goal
 * progress and the health check. The awaited value is that of the period after the one the
 * latest measurement falls in; a measurement from before the plan period (a baseline) awaits
 * the period the plan starts in. So nothing is overdue before the plan starts, nor before the
 * first period has closed and its grace days have passed, nor for periods after the plan.
 */
export function measurementDue(input: MeasurementDueInput): MeasurementDue {
  const { frequency, period, latest, today } = input;
  const from = latest !== null && latest >= period.start ? addDays(measurementPeriodOf(latest, frequency).end, 1) : period.start;
  const awaited = measurementPeriodOf(from, frequency);
  if (awaited.start > period.end) return { due: null, lateAfter: null, overdue: false };
  const lateAfter = addDays(awaited.end, measurementGraceDays(frequency));
  return { due: awaited.end, lateAfter, overdue: today > lateAfter };
}
