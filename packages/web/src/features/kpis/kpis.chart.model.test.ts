import {
  aggregationOf,
  bookshopPlan,
  FREQUENCY_GRAIN,
  goalProgress,
  kpiSeries,
  type Grain,
  reduceSeries,
  seriesColumns,
  toDayNumber,
} from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { kpiChartModel } from './kpis.chart.model';
import { chartSeries } from './kpis.series';
import type { KpiSeries } from './kpis.types';

const today = '2026-11-25';
const plan = bookshopPlan({ today });
const progress = goalProgress(plan, { today });
const goals = plan.goals!.map((goal, i) => ({ goal, progress: progress[i] }));

/** The series as the server answers it (core's reduceSeries) for a chart `width` pixels wide, and over a range. */
function answerOf(kpiId: string, grain: Grain, width: number, range: { from?: string; to?: string } = {}): KpiSeries {
  const kpi = plan.kpis!.find((k) => k.id === kpiId)!;
  const measurements = plan.measurements!.filter((m) => m.kpi === kpiId && m.date <= today);
  const columns = seriesColumns(kpiSeries(measurements, { grain, aggregation: aggregationOf(kpi) }));
  const day = (date?: string) => (date === undefined ? undefined : toDayNumber(date));
  const reduced = reduceSeries(columns, { width, from: day(range.from), to: day(range.to) });
  return { ...reduced, kpi: kpiId, grain, aggregation: aggregationOf(kpi), width, from: range.from ?? null, to: range.to ?? null };
}

function modelOf(kpiId: string, grain?: Grain, options: { width?: number; zoom?: { from: string; to: string } } = {}) {
  const kpi = plan.kpis!.find((k) => k.id === kpiId)!;
  const chartGrain = grain ?? FREQUENCY_GRAIN[kpi.frequency!];
  const measurements = plan.measurements!.filter((m) => m.kpi === kpiId && m.date <= today);
  const points = kpiSeries(measurements, { grain: chartGrain, aggregation: aggregationOf(kpi) });
  const width = options.width ?? 1000;
  const series = chartSeries(answerOf(kpiId, chartGrain, width), options.zoom && answerOf(kpiId, chartGrain, width, options.zoom));
  return {
    model: kpiChartModel({ kpi, grain: chartGrain, series, exact: series.exact, goals, activities: plan.activities!, period: plan.plan.period }),
    points,
    series,
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
    expect(overlay.runningLeftOut).toBe(false);
  });

  it('leaves a running total out where the chart has only each column’s lowest and highest, and draws it zoomed in on every period', () => {
    const { points } = modelOf('books-sold', 'day');
    const goal = plan.goals!.find((g) => g.id === 'sell-books')!;
    // A chart too narrow for the days: each column sends its lowest and highest day.
    const narrow = 2;
    expect(points.length).toBeGreaterThan(2 * narrow);
    const reduced = modelOf('books-sold', 'day', { width: narrow });
    expect(reduced.series.exact).toBeNull();
    expect(reduced.model.overlays[0]).toMatchObject({ running: [], runningLeftOut: true });
    // Zoomed in on the goal's time, with room for every day of it: the running total is back, and right.
    const zoom = { from: goal.baseline!.date!, to: goal.target!.date! };
    const inGoal = points.filter((p) => p.end >= zoom.from && p.end <= zoom.to).length;
    const zoomed = modelOf('books-sold', 'day', { width: Math.max(narrow, Math.ceil(inGoal / 2)), zoom });
    expect(zoomed.series.exact).toEqual([toDayNumber(zoom.from), toDayNumber(zoom.to)]);
    expect(zoomed.model.overlays[0]!.runningLeftOut).toBe(false);
    expect(zoomed.model.overlays[0]!.running).toEqual(modelOf('books-sold', 'day').model.overlays[0]!.running);
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
