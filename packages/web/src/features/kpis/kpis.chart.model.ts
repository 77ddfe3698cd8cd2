import type { Activity, Goal, GoalProgress, Grain, IsoDate, Kpi, Period } from '@kurs/core';
import { addDays, frequencyOf, fromDayNumber, GRAIN_DAYS, MEASUREMENT_DAYS, toDayNumber } from '@kurs/core/browser';

/*
 * What the KPI page draws, worked out from the engine's results without the chart library:
 * the actuals by period, and for each goal the KPI measures its expected line (baseline to
 * target), its target and its forecast with the 80 % interval, in the units the chart shows.
 *
 * A goal reads its KPI in one of three ways (GoalProgress.reading, docs/decisions/goal-actuals.md):
 * a level is drawn as it is; a rate ("60 000 visits a month") is scaled to the chart's period
 * (about 13 800 a week); a total ("120 000 books in the year") is a running total, drawn on
 * a second axis against the running total of the actuals since the goal's baseline date.
 *
 * A long history comes as each pixel column's lowest and highest period (kpis.series.ts); a
 * running total is only drawn where the chart has every period, as a sum of some would be wrong.
 */

export interface ChartPoint {
  date: IsoDate;
  value: number;
}

export interface GoalOverlay {
  goal: string;
  title: string;
  /** `total` goals are drawn on the running-total axis. */
  axis: 'value' | 'total';
  /** A rate goal's period ("per month"), else null. */
  per: Grain | null;
  /** What a goal value is multiplied by to be read per chart period (1 unless the goal is a rate). */
  scale: number;
  expected: [ChartPoint, ChartPoint];
  target: ChartPoint;
  /** From the latest actual to the forecast at the target date, with the 80 % interval there. */
  forecast: { from: ChartPoint; to: ChartPoint; low: number; high: number } | null;
  /** A total goal's running total of the chart's actuals since its baseline date; empty otherwise. */
  running: ChartPoint[];
  /** A total goal whose running total is left out: the chart has only some of its periods (zoom in to see it). */
  runningLeftOut: boolean;
}

export interface ActivityMarker {
  id: string;
  title: string;
  start: IsoDate;
  end: IsoDate;
}

export interface KpiChartModel {
  actual: ChartPoint[];
  overlays: GoalOverlay[];
  /** The dated activities linked to the KPI within the time the chart spans, by start date. */
  markers: ActivityMarker[];
}

export interface KpiChartInput {
  kpi: Pick<Kpi, 'id' | 'frequency'>;
  grain: Grain;
  /** The periods: last day (days since 1970-01-01) and value. */
  series: { t: readonly number[]; v: readonly number[] };
  /** The days between which the series has every period (kpis.series.ts), or null. */
  exact: readonly [number, number] | null;
  /** The plan's goals with their progress (GET /progress), in any order; those of other KPIs are left out. */
  goals: readonly { goal: Goal; progress: GoalProgress }[];
  activities: readonly Activity[];
  period: Period;
}

export function kpiChartModel(input: KpiChartInput): KpiChartModel {
  const actual = input.series.t.map((t, i) => ({ date: fromDayNumber(t), value: input.series.v[i]! }));
  const overlays = input.goals.flatMap(({ goal, progress }) =>
    goal.kpi === input.kpi.id ? overlayOf(goal, progress, input, actual) : [],
  );
  const dates = [...actual, ...overlays.flatMap((o) => [o.expected[0], o.target, ...(o.forecast ? [o.forecast.to] : [])])].map((p) => p.date);
  const first = dates.reduce((a, b) => (a < b ? a : b), '9999-12-31');
  const last = dates.reduce((a, b) => (a > b ? a : b), '0000-01-01');
  // Activities within the time the chart spans, in the order they start.
  const markers = input.activities
    .flatMap((a) => (a.kpis?.includes(input.kpi.id) && (a.start || a.end) ? [{ id: a.id, title: a.title, start: (a.start ?? a.end)!, end: (a.end ?? a.start)! }] : []))
    .filter((m) => m.end >= first && m.start <= last)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return { actual, overlays, markers };
}

function overlayOf(goal: Goal, progress: GoalProgress, input: KpiChartInput, actual: readonly ChartPoint[]): GoalOverlay[] {
  const { baseline, target, reading } = progress;
  if (progress.source !== 'kpi' || baseline === null || target === null || reading === null) return [];
  const start = goal.baseline?.date ?? addDays(input.period.start, -1);
  const end = goal.target?.date ?? input.period.end;
  const per = reading.mode === 'rate' ? reading.per : null;
  const chartPeriodDays = Math.max(GRAIN_DAYS[input.grain], MEASUREMENT_DAYS[frequencyOf(input.kpi)]);
  const scale = per === null ? 1 : chartPeriodDays / GRAIN_DAYS[per];
  const at = (date: IsoDate, value: number): ChartPoint => ({ date, value: value * scale });
  const { forecast } = progress;
  return [
    {
      goal: goal.id,
      title: goal.title,
      axis: reading.mode === 'total' ? 'total' : 'value',
      per,
      scale,
      expected: [at(start, baseline), at(end, target)],
      target: at(end, target),
      forecast:
        forecast && progress.actual !== null && progress.actualDate !== null
          ? {
              from: at(progress.actualDate, progress.actual),
              to: at(forecast.date, forecast.value),
              low: forecast.low * scale,
              high: forecast.high * scale,
            }
          : null,
      ...(reading.mode === 'total' ? runningOf(actual, start, end, input.exact) : { running: [], runningLeftOut: false }),
    },
  ];
}

/** The running total, when the chart has every period from the day after the baseline to the target or the last period. */
function runningOf(actual: readonly ChartPoint[], start: IsoDate, end: IsoDate, exact: KpiChartInput['exact']): Pick<GoalOverlay, 'running' | 'runningLeftOut'> {
  const last = actual.length ? actual[actual.length - 1]!.date : end;
  const covered = exact !== null && exact[0] <= toDayNumber(start) + 1 && exact[1] >= toDayNumber(last < end ? last : end);
  return covered ? { running: runningTotal(actual, start, end), runningLeftOut: false } : { running: [], runningLeftOut: true };
}

/** The running total from zero on the baseline date, over the points dated after it up to the target date. */
function runningTotal(points: readonly ChartPoint[], start: IsoDate, end: IsoDate): ChartPoint[] {
  const running: ChartPoint[] = [{ date: start, value: 0 }];
  let total = 0;
  for (const p of points) {
    if (p.date <= start || p.date > end) continue;
    total += p.value;
    running.push({ date: p.date, value: total });
  }
  return running;
}
