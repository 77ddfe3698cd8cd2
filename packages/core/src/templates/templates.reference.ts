import type { Period } from '../plan/plan.schema.js';

/*
 * The period the starting plans are written for. startingPlan moves every date from here into
 * the period the user chooses (templates.shift.ts), so the content can use plain dates.
 */
export const REFERENCE_PERIOD: Period = { start: '2027-01-01', end: '2027-12-31' };

/** A baseline is measured the day before the plan starts; the user fills in its value. */
export const BASELINE_DATE = '2026-12-31';

/** Target dates of the three horizons: end of Q1, end of Q2, end of the year, and two years on. */
export const TARGET = { q1: '2027-03-31', q2: '2027-06-30', year: '2027-12-31', long: '2029-12-31' } as const;
