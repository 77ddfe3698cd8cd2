import type { Grain, IsoDate } from '@kurs/core';
import { SERIES_WIDTH, toDayNumber } from '@kurs/core/browser';
import { apiPath } from '../../shared/api/api.client';
import type { KpiSeries } from './kpis.types';

/*
 * The KPI chart's series as the server sends it (columns, cut to the chart's width) and its
 * address, which the navigation table (app/app.navigation.ts) asks for before the page renders:
 * both must build the same URL from the address and the window alone.
 */

export interface SeriesRequest {
  /** Null: the KPI's own grain (its frequency's), which the answer names. */
  grain: Grain | null;
  width: number;
  /** A zoomed-in range of the chart: the periods that end within it. */
  from?: IsoDate;
  to?: IsoDate;
}

/**
 * The width to ask the series for: the window's, in steps of 100 px so that a small resize asks
 * nothing new. The chart is a little narrower, and a few points more than pixels cost nothing.
 * Without a window (a test of the navigation table), the server's default.
 */
export function seriesWidth(viewport: number | undefined): number {
  if (viewport === undefined || !Number.isFinite(viewport)) return 1000;
  return Math.min(SERIES_WIDTH.max, Math.max(SERIES_WIDTH.min, Math.ceil(viewport / 100) * 100));
}

export function kpiSeriesUrl(ws: string, plan: string, kpi: string, request: SeriesRequest): string {
  const query = new URLSearchParams({ width: String(request.width) });
  if (request.grain) query.set('grain', request.grain);
  if (request.from) query.set('from', request.from);
  if (request.to) query.set('to', request.to);
  return `${apiPath('workspaces', ws, 'plans', plan, 'kpis', kpi, 'series')}?${query}`;
}

/** What the chart draws: the periods as columns, and the days within which it has every one of them. */
export interface ChartSeries {
  t: number[];
  v: number[];
  n: number[];
  /** First and last day (days since 1970-01-01) between which no period is left out; null when some may be anywhere. */
  exact: [number, number] | null;
}

/**
 * The whole history's series with a zoomed-in range's in its place: zooming out again shows the
 * rest at once, and the zoomed range has every period when the server could send them all.
 */
export function chartSeries(overview: KpiSeries, detail?: KpiSeries): ChartSeries {
  if (!overview.reduced || !detail?.from || !detail.to) {
    return { t: overview.t, v: overview.v, n: overview.n, exact: overview.reduced ? null : [-Infinity, Infinity] };
  }
  const from = toDayNumber(detail.from);
  const to = toDayNumber(detail.to);
  const before = overview.t.findIndex((t) => t >= from);
  const after = overview.t.findIndex((t) => t > to);
  const head = before === -1 ? overview.t.length : before;
  const tail = after === -1 ? overview.t.length : after;
  const join = (a: number[], b: number[]) => [...a.slice(0, head), ...b, ...a.slice(tail)];
  return {
    t: join(overview.t, detail.t),
    v: join(overview.v, detail.v),
    n: join(overview.n, detail.n),
    exact: detail.reduced ? null : [from, to],
  };
}
