import * as core from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { BUSINESS_LINKS, HORIZONS_LONG_FIRST, KPI_FREQUENCIES, KPI_UNITS, STATUSES_WORST_FIRST } from './goals.types';

describe('the goal form’s choices', () => {
  it('are exactly the values the plan document allows', () => {
    expect([...HORIZONS_LONG_FIRST].sort()).toEqual([...core.HORIZONS].sort());
    expect([...KPI_UNITS].sort()).toEqual([...core.KPI_UNITS].sort());
    expect([...KPI_FREQUENCIES]).toEqual([...core.FREQUENCIES]);
    expect([...BUSINESS_LINKS].sort()).toEqual([...core.BUSINESS_LINKS].sort());
    expect([...STATUSES_WORST_FIRST].sort()).toEqual([...core.GOAL_STATUSES].sort());
    // The same order as core's, which ranks the KPIs by the goals they measure.
    expect(STATUSES_WORST_FIRST).toEqual(core.GOAL_STATUSES_WORST_FIRST);
  });
});
