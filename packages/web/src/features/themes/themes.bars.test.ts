import type { ThemeQuarterBudget } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { quarterBars, quarterParts } from './themes.bars';

const quarter = (q: string, budget: number | null, planned: number, actual: number): ThemeQuarterBudget => ({
  quarter: q,
  start: '2027-01-01',
  end: '2027-03-31',
  budgetHours: budget,
  plannedHours: planned,
  actualHours: actual,
  overBudget: budget !== null && (planned > budget || actual > budget),
});

describe('quarterBars', () => {
  it('puts every quarter of a theme on one scale, the largest figure being the full width', () => {
    const bars = quarterBars([quarter('2027-Q1', 100, 50, 25), quarter('2027-Q2', 100, 200, 0)]);
    expect(bars).toEqual([
      { quarter: '2027-Q1', planned: 25, actual: 12.5, budget: 50 },
      { quarter: '2027-Q2', planned: 100, actual: 0, budget: 50 },
    ]);
  });

  it('draws no budget line for a theme without a budget, and empty bars when nothing is planned', () => {
    expect(quarterBars([quarter('2027-Q1', null, 0, 0)])).toEqual([{ quarter: '2027-Q1', planned: 0, actual: 0, budget: null }]);
  });
});

describe('quarterParts', () => {
  it('reads the engine’s quarter names', () => {
    expect(quarterParts('2027-Q3')).toEqual({ year: 2027, quarter: 3 });
    expect(quarterParts('2027-Q5')).toBeNull();
  });
});
