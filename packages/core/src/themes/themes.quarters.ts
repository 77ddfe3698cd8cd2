import type { Theme } from '../plan/plan.schema.js';

/*
 * A theme's budget, given in total (budget_hours), per quarter (quarters), or both; plan.rules.ts
 * keeps both equal when both are given. The engine reads the budget only through these.
 */

/** The theme's budget in hours: budget_hours, else the sum of its quarters; undefined when it gives neither. */
export function themeBudgetHours(theme: Pick<Theme, 'budget_hours' | 'quarters'>): number | undefined {
  return theme.budget_hours ?? (theme.quarters === undefined ? undefined : sumOfQuarters(theme.quarters));
}

export function sumOfQuarters(quarters: readonly { hours: number }[]): number {
  return quarters.reduce((sum, q) => sum + q.hours, 0);
}

/** Hours per quarter ("2027-Q1") as the theme gives them; a quarter it lists twice counts once, the first. */
export function quarterHours(quarters: readonly { quarter: string; hours: number }[]): Map<string, number> {
  const hours = new Map<string, number>();
  for (const q of quarters) if (!hours.has(q.quarter)) hours.set(q.quarter, q.hours);
  return hours;
}
