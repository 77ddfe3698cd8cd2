import { bench, describe } from 'vitest';
import { goalProgress, kpiOverview, planProgress, type PlanDocument } from '../index.js';
import { buildGoal, buildKpi, buildPlan } from '../testing/plan.factories.js';
import { everyDays, measure } from './goals.factories.js';

/**
 * A plan far larger than any real one, for benchmarks: `kpiCount` weekly KPIs of every
 * aggregation with `measurementCount` measurements in all, and `goalCount` goals of which
 * one in five is a parent of the four goals after it.
 */
function buildLargePlan(goalCount: number, kpiCount: number, measurementCount: number): PlanDocument {
  const aggregations = ['sum', 'average', 'last'] as const;
  const kpis = Array.from({ length: kpiCount }, (_, i) =>
    buildKpi({ id: `kpi-${i}`, aggregation: aggregations[i % 3], frequency: 'weekly', direction: 'up' }),
  );
  const perKpi = Math.ceil(measurementCount / kpiCount);
  const dates = everyDays('2025-03-02', 7, perKpi);
  const measurements = kpis
    .flatMap((kpi, k) => measure(kpi.id, dates, (i) => 1000 + k + 5 * i + ((i * 7919 + k) % 97)))
    .slice(0, measurementCount);
  const goals = Array.from({ length: goalCount }, (_, i) => {
    const parent = i % 5 === 0;
    return buildGoal({
      id: `goal-${i}`,
      parent: parent ? undefined : `goal-${i - (i % 5)}`,
      kpi: parent ? undefined : `kpi-${(i * 5) % kpiCount}`,
      baseline: { value: 1000, date: '2026-01-01' },
      target: { value: 1400, date: '2027-06-30' },
    });
  });
  return buildPlan({ goals, kpis, measurements, themes: [], activities: [] });
}

const plan = buildLargePlan(200, 1000, 100_000);
const options = { today: '2027-02-01' };

describe('200 goals, 1 000 KPIs, 100 000 measurements', () => {
  bench('goalProgress', () => {
    goalProgress(plan, options);
  });
  bench('planProgress', () => {
    planProgress(plan, options);
  });
  bench('kpiOverview', () => {
    kpiOverview(plan, options);
  });
});
