import {
  aggregationOf,
  bookshopPlan,
  FREQUENCY_GRAIN,
  goalProgress,
  kpiSeries,
  type Grain,
} from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { kpiChartModel } from './kpis.chart.model';

const today = '2026-11-25';
const plan = bookshopPlan({ today });
const progress = goalProgress(plan, { today });
const goals = plan.goals!.map((goal, i) => ({ goal, progress: progress[i] }));

function modelOf(kpiId: string, grain?: Grain) {
  const kpi = plan.kpis!.find((k) => k.id === kpiId)!;
  const chartGrain = grain ?? FREQUENCY_GRAIN[kpi.frequency!];
  const measurements = plan.measurements!.filter((m) => m.kpi === kpiId && m.date <= today);
  const points = kpiSeries(measurements, { grain: chartGrain, aggregation: aggregationOf(kpi) });
  return {
    model: kpiChartModel({ kpi, grain: chartGrain, points, goals, activities: plan.activities!, period: plan.plan.period }),
    points,
  };
}

describe('kpiChartModel on the demo plan', () => {
  it('draws the actuals at the end of each period', () => {
    const { model, points } = modelOf('books-sold');
    expect(model.actual).toEqual(points.map((p) => ({ date: p.end, value: p.value })));
  });

  it('draws a level goal as it is, from baseline to target, with the forecast interval', () => {
    const { model } = modelOf('cost-per-order');
    const goal = plan.goals!.find((g) => g.kpi === 'cost-per-order')!;
    const p = progress[plan.goals!.indexOf(goal)];
    const [overlay] = model.overlays;
    expect(overlay.axis).toBe('value');
    expect(overlay.expected).toEqual([
      { date: goal.baseline!.date, value: goal.baseline!.value },
      { date: goal.target!.date, value: goal.target!.value },
    ]);
    expect(overlay.forecast).toEqual({
      from: { date: p.actualDate, value: p.actual },
      to: { date: p.forecast!.date, value: p.forecast!.value },
      low: p.forecast!.low,
      high: p.forecast!.high,
    });
  });

  it('draws a total goal against the running total of the actuals, which ends at the goal’s actual', () => {
    const { model } = modelOf('books-sold');
    const goalIndex = plan.goals!.findIndex((g) => g.id === 'sell-books');
    const [overlay] = model.overlays;
    expect(overlay.axis).toBe('total');
    expect(overlay.expected[0].value).toBe(0);
    expect(overlay.running[0]).toEqual({ date: plan.goals![goalIndex].baseline!.date, value: 0 });
    expect(overlay.running.at(-1)!.value).toBeCloseTo(progress[goalIndex].actual!, 6);
  });

  it('scales a rate goal to the chart’s period: a month’s visits drawn per week', () => {
    const goalIndex = plan.goals!.findIndex((g) => g.id === 'more-visits');
    expect(progress[goalIndex].reading).toEqual({ mode: 'rate', per: 'month' });
    const weekly = modelOf('visits', 'week').model.overlays[0];
    expect(weekly.expected[1].value).toBeCloseTo((60_000 * 7) / (365.25 / 12), 6);
    const monthly = modelOf('visits', 'month').model.overlays[0];
    expect(monthly.expected[1].value).toBeCloseTo(60_000, 6);
    // Finer than a measurement, a point is still one week's value.
    expect(modelOf('visits', 'day').model.overlays[0].scale).toBeCloseTo(weekly.scale, 12);
  });

  it('draws every goal of a KPI and marks the dated activities linked to it within the chart’s time, by start', () => {
    const { model } = modelOf('returning-share');
    expect(model.overlays.map((o) => o.goal).sort()).toEqual(
      plan.goals!.filter((g) => g.kpi === 'returning-share').map((g) => g.id).sort(),
    );
    const dates = [...model.actual.map((p) => p.date), ...model.overlays.flatMap((o) => [o.expected[0].date, o.target.date])].sort();
    const linked = plan.activities!
      .filter((a) => a.kpis?.includes('returning-share') && a.start && a.end && a.end >= dates[0] && a.start <= dates.at(-1)!)
      .sort((a, b) => a.start!.localeCompare(b.start!));
    expect(linked.length).toBeGreaterThan(0);
    expect(model.markers.map((m) => m.id)).toEqual(linked.map((a) => a.id));
  });

  it('leaves out activities after the chart’s last date', () => {
    const { model } = modelOf('visits');
    const last = [...model.actual.map((p) => p.date), ...model.overlays.flatMap((o) => [o.target.date, o.forecast?.to.date ?? ''])].sort().at(-1)!;
    const later = plan.activities!.filter((a) => a.kpis?.includes('visits') && a.start && a.start > last);
    expect(later.length).toBeGreaterThan(0);
    expect(model.markers.some((m) => later.some((a) => a.id === m.id))).toBe(false);
  });
});
