import type { Goal, Horizon } from '@kurs/core';
import { HORIZONS } from '@kurs/core/browser';

/** What the tree needs of a goal. */
export type GoalLike = Pick<Goal, 'id' | 'parent' | 'horizon'>;

/** The seeds' order of setting goals: long-term first, then the year, then the quarter. */
export const HORIZONS_LONG_FIRST: readonly Horizon[] = [...HORIZONS].reverse();
