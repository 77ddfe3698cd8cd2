import type { Frequency, Goal, GoalStatus, Horizon, Kpi } from '@kurs/core';

/*
 * The choices the goal form offers. core holds the same lists, but as code, which the browser
 * does not load; goals.types.test.ts keeps these equal to core's.
 */

/** What the tree needs of a goal. */
export type GoalLike = Pick<Goal, 'id' | 'parent' | 'horizon'>;

/** The seeds' order of setting goals: long-term first, then the year, then the quarter. */
export const HORIZONS_LONG_FIRST: readonly Horizon[] = ['long', 'year', 'quarter'];

export const KPI_UNITS: readonly NonNullable<Kpi['unit']>[] = ['count', 'percent', 'currency', 'duration_s', 'ratio'];
export const KPI_FREQUENCIES: readonly Frequency[] = ['live', 'daily', 'weekly', 'monthly', 'quarterly', 'semiannual'];
export const BUSINESS_LINKS: readonly NonNullable<Goal['business_link']>[] = ['revenue', 'market_share', 'cost', 'customer', 'other'];

/** The engine's goal statuses worst first (core's GOAL_STATUSES_WORST_FIRST), the order the dashboard and the review list them in. */
export const STATUSES_WORST_FIRST: readonly GoalStatus[] = ['missed', 'at_risk', 'behind', 'on_track', 'achieved', 'no_data'];
