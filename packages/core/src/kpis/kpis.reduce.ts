import { type IsoDate, toDayNumber } from '../shared/dates.js';
import type { Aggregation } from '../shared/plan-values.js';
import type { Grain } from './kpis.periods.js';
import type { KpiSeriesPoint } from './kpis.series.js';

/*
 * A KPI series cut down to what a chart of a given width can show. A chart draws at most a
 * couple of points per pixel column, so a history of 100 000 periods is sent as each column's
 * lowest and highest period: the line keeps its peaks and dips, and the answer's size depends
 * on the width, not on the history. A range with few enough periods is sent whole.
 */

/** A series as columns: each period's last day (days since 1970-01-01), its value and its count of measurements. */
export interface SeriesColumns {
  t: number[];
  v: number[];
  n: number[];
}

export interface ReducedSeries extends SeriesColumns {
  /** True when `t`/`v`/`n` hold each pixel column's lowest and highest period rather than every period. */
  reduced: boolean;
  /** How many periods end within the range. */
  total: number;
  /** The range in days since 1970-01-01 (the asked bounds, else the first and last period's); null when it holds no period. */
  from: number | null;
  to: number | null;
}

/** `GET …/kpis/:kpi/series`: a KPI's periods as columns, reduced to what a chart `width` pixels wide shows; the server answers it, the web app reads it. */
export interface KpiSeriesAnswer extends SeriesColumns {
  kpi: string;
  grain: Grain;
  aggregation: Aggregation;
  /** The pixel columns the series was reduced for, after clamping. */
  width: number;
  /** The range the answer covers: the asked dates, else the first and last period's end; null with no period. */
  from: IsoDate | null;
  to: IsoDate | null;
  /** How many periods end within the range. */
  total: number;
  reduced: boolean;
}

export interface ReduceOptions {
  /** Pixel columns of the chart (at least 1). */
  width: number;
  /** First and last day (days since 1970-01-01, inclusive) a period may end on. */
  from?: number;
  to?: number;
}

/** The widths a series is reduced for: narrower is a phone's chart, wider than any screen's. */
export const SERIES_WIDTH = { min: 100, max: 2000 } as const;

/** How many points per pixel column a range may hold and still be sent whole. */
export const POINTS_PER_COLUMN = 2;

/** `kpiSeries`'s periods as columns. */
export function seriesColumns(points: readonly KpiSeriesPoint[]): SeriesColumns {
  const t = new Array<number>(points.length);
  const v = new Array<number>(points.length);
  const n = new Array<number>(points.length);
  points.forEach((p, i) => {
    t[i] = toDayNumber(p.end);
    v[i] = p.value;
    n[i] = p.count;
  });
  return { t, v, n };
}

/**
 * The periods of `series` (ascending `t`) that end within the range: all of them when there are
 * at most `POINTS_PER_COLUMN × width`, else, for each of `width` equal slices of the range
 * (column = ⌊(t − from) × width / (to − from + 1)⌋), the period with its lowest and the one with
 * its highest value, in time order, and always the range's first and last period.
 */
export function reduceSeries(series: SeriesColumns, options: ReduceOptions): ReducedSeries {
  const { t } = series;
  const width = Math.max(1, Math.floor(options.width));
  const first = options.from === undefined ? 0 : firstAtOrAfter(t, options.from);
  const last = (options.to === undefined ? t.length : firstAtOrAfter(t, options.to + 1)) - 1;
  const total = Math.max(0, last - first + 1);
  if (total === 0) return { t: [], v: [], n: [], reduced: false, total, from: options.from ?? null, to: options.to ?? null };
  const from = options.from ?? t[first]!;
  const to = options.to ?? t[last]!;
  if (total <= POINTS_PER_COLUMN * width) return { ...pick(series, range(first, last)), reduced: false, total, from, to };

  const days = to - from + 1;
  const kept: number[] = [first];
  let column = -1;
  let low = first;
  let high = first;
  const closeColumn = () => {
    if (column >= 0) kept.push(Math.min(low, high), Math.max(low, high));
  };
  for (let i = first; i <= last; i += 1) {
    const c = Math.floor(((t[i]! - from) * width) / days);
    if (c !== column) {
      closeColumn();
      column = c;
      low = i;
      high = i;
    } else if (series.v[i]! < series.v[low]!) low = i;
    else if (series.v[i]! > series.v[high]!) high = i;
  }
  closeColumn();
  kept.push(last);
  return { ...pick(series, unique(kept)), reduced: true, total, from, to };
}

/** The index of the first `t` at or after `day` (binary search; `t` ascends). */
function firstAtOrAfter(t: readonly number[], day: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Ascending indexes without repeats. */
function unique(indexes: readonly number[]): number[] {
  return indexes.filter((index, i) => i === 0 || index !== indexes[i - 1]);
}

function pick(series: SeriesColumns, indexes: readonly number[]): SeriesColumns {
  return { t: indexes.map((i) => series.t[i]!), v: indexes.map((i) => series.v[i]!), n: indexes.map((i) => series.n[i]!) };
}
