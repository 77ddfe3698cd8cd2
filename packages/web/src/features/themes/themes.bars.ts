import type { ThemeQuarterBudget } from '@kurs/core';

/*
 * The quarter bars of one theme share one scale, so that quarters compare at a glance: the
 * largest of the budget, planned and spent hours of any quarter is the full width.
 */

export interface QuarterBar {
  quarter: string;
  /** Widths in percent of the track. */
  planned: number;
  actual: number;
  /** Where the budget line sits; null without a budget. */
  budget: number | null;
}

export function quarterBars(quarters: readonly ThemeQuarterBudget[]): QuarterBar[] {
  const max = Math.max(0, ...quarters.flatMap((q) => [q.plannedHours, q.actualHours, q.budgetHours ?? 0]));
  const percent = (hours: number) => (max > 0 ? (hours / max) * 100 : 0);
  return quarters.map((q) => ({
    quarter: q.quarter,
    planned: percent(q.plannedHours),
    actual: percent(q.actualHours),
    budget: q.budgetHours === null ? null : percent(q.budgetHours),
  }));
}

/** "2027-Q1" → { year: 2027, quarter: 1 }, for words such as "Q1 2027"; null for anything else. */
export function quarterParts(quarter: string): { year: number; quarter: number } | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}
