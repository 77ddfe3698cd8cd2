import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, FREQUENCY_GRAIN as CORE_FREQUENCY_GRAIN, FUNNEL_STAGES, GRAINS, KPI_SOURCES, KPI_UNITS } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import {
  AGGREGATION_CHOICES,
  DIRECTION_CHOICES,
  FREQUENCY_CHOICES,
  FREQUENCY_GRAIN,
  FUNNEL_CHOICES,
  GRAIN_CHOICES,
  SOURCE_CHOICES,
  UNITS,
} from './kpis.choices';

describe('KPI choices', () => {
  it('are core’s values, in core’s order', () => {
    expect(UNITS).toEqual([...KPI_UNITS]);
    expect(DIRECTION_CHOICES).toEqual([...DIRECTIONS]);
    expect(AGGREGATION_CHOICES).toEqual([...AGGREGATIONS]);
    expect(FREQUENCY_CHOICES).toEqual([...FREQUENCIES]);
    expect(FUNNEL_CHOICES).toEqual([...FUNNEL_STAGES]);
    expect(SOURCE_CHOICES).toEqual([...KPI_SOURCES]);
    expect(GRAIN_CHOICES).toEqual([...GRAINS]);
    expect(FREQUENCY_GRAIN).toEqual(CORE_FREQUENCY_GRAIN);
  });
});
