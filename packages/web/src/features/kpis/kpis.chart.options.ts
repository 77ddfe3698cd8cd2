import uPlot from 'uplot';
import { epochSeconds } from './kpis.dates';
import type { ActivityMarker, ChartPoint, GoalOverlay } from './kpis.chart.model';

/*
 * uPlot options and data for the KPI chart. uPlot wants every series on one shared x array,
 * so the goal lines' few dates are merged into the actuals' dates, with nulls elsewhere
 * (spanGaps draws straight across them). With no goals the actuals go in untouched, which
 * keeps a chart of 100 000 points as fast as uPlot on its own.
 */

export interface ChartTheme {
  text: string;
  grid: string;
  actual: string;
  goals: readonly string[];
  marker: string;
}

/** Legend words; with several goals each goal's lines are numbered ("Target 2"). */
export interface ChartWords {
  date: string;
  actual: string;
  expected: string;
  target: string;
  forecast: string;
  low: string;
  high: string;
  running: string;
  totalAxis: string;
}

export interface ChartFormat {
  value: (value: number) => string;
  short: (value: number) => string;
  /** A date in the legend, from seconds since 1970. */
  date: (seconds: number) => string;
  /** An x-axis tick; `step` is the seconds between ticks, which decides how much of the date to show. */
  tick: (seconds: number, step: number) => string;
}

export interface ChartInput {
  /** The actuals: x in seconds since 1970 (UTC midnight of a date), ascending. */
  x: ArrayLike<number>;
  y: ArrayLike<number | null>;
  overlays?: readonly GoalOverlay[];
  markers?: readonly ActivityMarker[];
  /** Start the value axis at zero (counts and sums); else it fits the values. */
  fromZero?: boolean;
}

export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

/** Activity bars lie in lanes under the x axis's dates. */
const LANE_PX = 14;
const LANE_GAP_PX = 3;
const MAX_LANES = 5;
/** Height of the x axis's dates: ticks, gap and one line of text. */
const X_AXIS_PX = 34;

export function kpiChartConfig(input: ChartInput, theme: ChartTheme, words: ChartWords, format: ChartFormat): { options: ChartOptions; data: uPlot.AlignedData } {
  const overlays = input.overlays ?? [];
  const markers = input.markers ?? [];
  const columns = aligned(input, overlays);
  const lanes = laneOf(markers);
  const laneCount = Math.min(MAX_LANES, Math.max(0, ...lanes) + (markers.length ? 1 : 0));
  const hasTotal = overlays.some((o) => o.axis === 'total');

  const series: uPlot.Series[] = [
    { label: words.date, value: (_u, v) => (v == null ? '–' : format.date(v)) },
    {
      label: words.actual,
      stroke: theme.actual,
      width: 2,
      fill: withAlpha(theme.actual, 0.08),
      spanGaps: true,
      points: { show: input.x.length <= 60, size: 5, fill: theme.actual },
      value: (_u, v) => (v == null ? '–' : format.value(v)),
    },
  ];
  const bands: uPlot.Band[] = [];
  overlays.forEach((overlay, i) => {
    const color = theme.goals[i % theme.goals.length];
    const scale = overlay.axis === 'total' ? 'total' : 'y';
    const value = (_u: uPlot, v: number | null) => (v == null ? '–' : format.value(v));
    const tag = overlays.length > 1 ? ` ${i + 1}` : '';
    const line = (label: string, extra: Partial<uPlot.Series>): uPlot.Series => ({ label, scale, stroke: color, spanGaps: true, value, points: { show: false }, ...extra });
    if (overlay.axis === 'total') series.push(line(words.running + tag, { width: 2 }));
    series.push(line(words.expected + tag, { width: 1.5, dash: [6, 4] }));
    series.push(line(words.target + tag, { width: 0, paths: () => null, points: { show: true, size: 10, fill: color, stroke: color } }));
    if (overlay.forecast) {
      series.push(line(words.forecast + tag, { width: 1.5, dash: [2, 3] }));
      series.push(line(words.high + tag, { width: 0 }));
      series.push(line(words.low + tag, { width: 0 }));
      bands.push({ series: [series.length - 2, series.length - 1], fill: withAlpha(color, 0.16) });
    }
  });

  const range =
    (fromZero: boolean) =>
    (_u: uPlot, min: number | null, max: number | null): uPlot.Range.MinMax => {
      if (min == null || max == null) return [min, max];
      const [low, high] = uPlot.rangeNum(fromZero ? Math.min(0, min) : min, max, 0.1, true) as [number, number];
      return [fromZero && min >= 0 ? 0 : low, high];
    };
  const axis = { stroke: theme.text, grid: { stroke: theme.grid, width: 1 }, ticks: { stroke: theme.grid, width: 1 } };

  const options: ChartOptions = {
    series,
    bands,
    tzDate: (seconds) => new Date(seconds * 1000 + new Date(seconds * 1000).getTimezoneOffset() * 60_000),
    scales: { x: { time: true }, y: { range: range(input.fromZero ?? false) }, ...(hasTotal ? { total: { range: range(true) } } : {}) },
    axes: [
      {
        ...axis,
        space: 80,
        size: X_AXIS_PX + laneCount * (LANE_PX + LANE_GAP_PX) + (laneCount ? 4 : 16),
        values: (_u, splits, _i, _space, step) => splits.map((s) => format.tick(s, step)),
      },
      { ...axis, size: 56, values: (_u, splits) => splits.map((s) => format.short(s)) },
      ...(hasTotal
        ? [{ ...axis, scale: 'total', side: 1 as const, size: 56, label: words.totalAxis, grid: { show: false }, values: (_u: uPlot, splits: number[]) => splits.map((s) => format.short(s)) }]
        : []),
    ],
    legend: { live: true },
    cursor: { drag: { x: true, y: false } },
    hooks: markers.length ? { draw: [(u: uPlot) => drawMarkers(u, markers, lanes, theme)] } : {},
  };
  return { options, data: columns };
}

/** Every series on the union of their dates; the actuals' x array is used as it is when nothing else has dates. */
function aligned(input: ChartInput, overlays: readonly GoalOverlay[]): uPlot.AlignedData {
  const extra: ChartPoint[] = overlays.flatMap((o) => [
    ...o.expected,
    o.target,
    ...(o.forecast ? [o.forecast.from, o.forecast.to] : []),
    ...o.running,
  ]);
  if (extra.length === 0) return [input.x as number[], input.y as (number | null)[]];

  const xs = [...new Set([...Array.from(input.x), ...extra.map((p) => epochSeconds(p.date))])].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const column = (points: readonly { x: number; y: number }[]) => {
    const values: (number | null)[] = new Array(xs.length).fill(null);
    for (const p of points) values[index.get(p.x)!] = p.y;
    return values;
  };
  const at = (points: readonly ChartPoint[]) => points.map((p) => ({ x: epochSeconds(p.date), y: p.value }));
  const actual = column(Array.from(input.x, (x, i) => ({ x, y: input.y[i] as number })).filter((p) => p.y != null));
  const columns: (number | null)[][] = [actual];
  for (const o of overlays) {
    if (o.axis === 'total') columns.push(column(at(o.running)));
    columns.push(column(at(o.expected)));
    columns.push(column(at([o.target])));
    if (o.forecast) {
      const { from, to, low, high } = o.forecast;
      columns.push(column(at([from, to])));
      columns.push(column(at([from, { date: to.date, value: high }])));
      columns.push(column(at([from, { date: to.date, value: low }])));
    }
  }
  return [xs, ...columns];
}

/** Lanes for activity bars so that bars that overlap in time do not overlap on screen. */
function laneOf(markers: readonly ActivityMarker[]): number[] {
  const laneEnds: string[] = [];
  return markers.map((m) => {
    let lane = laneEnds.findIndex((end) => end < m.start);
    if (lane === -1) lane = laneEnds.length < MAX_LANES ? laneEnds.length : MAX_LANES - 1;
    laneEnds[lane] = m.end;
    return lane;
  });
}

function drawMarkers(u: uPlot, markers: readonly ActivityMarker[], lanes: readonly number[], theme: ChartTheme): void {
  const { ctx, bbox } = u;
  const dpr = devicePixelRatio || 1;
  const laneHeight = LANE_PX * dpr;
  const top = bbox.top + bbox.height + X_AXIS_PX * dpr;
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, top, bbox.width, MAX_LANES * (LANE_PX + LANE_GAP_PX) * dpr);
  ctx.clip();
  ctx.font = `${11 * dpr}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  markers.forEach((m, i) => {
    const x0 = u.valToPos(epochSeconds(m.start), 'x', true);
    const x1 = Math.max(x0 + 3 * dpr, u.valToPos(epochSeconds(m.end) + 86_400, 'x', true));
    const y = top + lanes[i] * (laneHeight + LANE_GAP_PX * dpr);
    ctx.fillStyle = theme.marker;
    ctx.fillRect(x0, y, x1 - x0, laneHeight);
    ctx.fillStyle = theme.text;
    const label = String(i + 1);
    const wide = x1 - x0 > ctx.measureText(label).width + 6 * dpr;
    ctx.fillText(label, wide ? x0 + 3 * dpr : x1 + 3 * dpr, y + laneHeight / 2);
  });
  ctx.restore();
}

/** `#rrggbb` with an alpha, for fills under a line of the same colour. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
