import type { Frequency } from '../plan/plan.schema.js';
import { FREQUENCY_DAYS } from '../shared/dates.js';

/** A KPI with no frequency is still expected to be measured at least monthly. */
const DEFAULT_FREQUENCY: Frequency = 'monthly';

/**
 * Days after which the next measurement of a KPI is late: one period, plus half a period
 * (at most two weeks) because values are entered after the period closes.
 */
export function measurementDueAfterDays(frequency: Frequency | undefined): number {
  const days = FREQUENCY_DAYS[frequency ?? DEFAULT_FREQUENCY];
  return days + Math.min(Math.ceil(days / 2), 14);
}
