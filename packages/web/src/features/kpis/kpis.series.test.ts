import { describe, expect, it } from 'vitest';
import { chartSeries, kpiSeriesUrl, seriesWidth } from './kpis.series';
import type { KpiSeries } from './kpis.types';

const answer = (t: number[], reduced: boolean, range: [string, string] | [null, null] = [null, null]): KpiSeries => ({
  kpi: 'k',
  grain: 'day',
  aggregation: 'last',
  width: 100,
  from: range[0],
  to: range[1],
  total: t.length,
  reduced,
  t,
  v: t.map((d) => d * 10),
  n: t.map(() => 1),
});

describe('the KPI chart’s series', () => {
  it('asks for the window’s width in steps of 100 px, within what the server takes', () => {
    expect(seriesWidth(1440)).toBe(1500);
    expect(seriesWidth(375)).toBe(400);
    expect(seriesWidth(40)).toBe(100);
    expect(seriesWidth(9000)).toBe(2000);
    expect(seriesWidth(undefined)).toBe(1000);
  });

  it('asks for the KPI’s own grain unless one is chosen, and a range only when zoomed in', () => {
    expect(kpiSeriesUrl('w s', 'p', 'k', { grain: null, width: 1500 })).toBe('/api/v1/workspaces/w%20s/plans/p/kpis/k/series?width=1500');
    expect(kpiSeriesUrl('w', 'p', 'k', { grain: 'week', width: 400, from: '2027-01-01', to: '2027-02-01' })).toBe(
      '/api/v1/workspaces/w/plans/p/kpis/k/series?width=400&grain=week&from=2027-01-01&to=2027-02-01',
    );
  });

  it('has every period of a whole answer, anywhere', () => {
    expect(chartSeries(answer([1, 2, 3], false)).exact).toEqual([-Infinity, Infinity]);
  });

  it('puts a zoomed-in range’s periods in place of the reduced ones, and has every period there when it was sent whole', () => {
    // 1970-01-05 is day 4, 1970-01-07 day 6.
    const overview = answer([0, 3, 5, 9, 12], true);
    const detail = answer([4, 5, 6], false, ['1970-01-05', '1970-01-07']);
    const shown = chartSeries(overview, detail);
    expect(shown.t).toEqual([0, 3, 4, 5, 6, 9, 12]);
    expect(shown.v).toEqual([0, 30, 40, 50, 60, 90, 120]);
    expect(shown.exact).toEqual([4, 6]);
    expect(chartSeries(overview, { ...detail, reduced: true }).exact).toBeNull();
    expect(chartSeries(overview).exact).toBeNull();
  });
});
