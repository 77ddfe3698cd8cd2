import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kpiSeries, POINTS_PER_COLUMN, reduceSeries, SERIES_WIDTH, seriesColumns, toDayNumber, type SeriesColumns } from '../index.js';

/** A series of distinct, ascending days with any values and counts. */
const seriesArb = fc
  .uniqueArray(fc.record({ t: fc.integer({ min: -2000, max: 2000 }), v: fc.double({ min: -1e6, max: 1e6, noNaN: true }), n: fc.integer({ min: 1, max: 9 }) }), {
    selector: (p) => p.t,
    maxLength: 400,
  })
  .map((points): SeriesColumns => {
    const sorted = [...points].sort((a, b) => a.t - b.t);
    return { t: sorted.map((p) => p.t), v: sorted.map((p) => p.v), n: sorted.map((p) => p.n) };
  });

const optionsArb = fc.record({
  width: fc.integer({ min: 1, max: 120 }),
  from: fc.option(fc.integer({ min: -2100, max: 2100 }), { nil: undefined }),
  span: fc.option(fc.integer({ min: 0, max: 4200 }), { nil: undefined }),
});

/** The periods of `series` that end within [from, to], as [t, v, n] triples. */
function within(series: SeriesColumns, from = -Infinity, to = Infinity): [number, number, number][] {
  return series.t.flatMap((t, i) => (t >= from && t <= to ? [[t, series.v[i]!, series.n[i]!] as [number, number, number]] : []));
}

const triples = (s: SeriesColumns) => s.t.map((t, i) => [t, s.v[i], s.n[i]]);

describe('reduceSeries', () => {
  it('keeps every period of a range that holds few enough for the width', () => {
    const series = seriesColumns(
      kpiSeries(
        Array.from({ length: 30 }, (_, i) => ({ kpi: 'k', date: `2027-01-${String(i + 1).padStart(2, '0')}`, value: i * 1.5 })),
        { grain: 'day', aggregation: 'sum' },
      ),
    );
    expect(series.t[0]).toBe(toDayNumber('2027-01-01'));
    const whole = reduceSeries(series, { width: 15 });
    expect(whole.reduced).toBe(false);
    expect(whole.t).toEqual(series.t);
    expect(whole.v).toEqual(series.v);
    const part = reduceSeries(series, { width: 5, from: toDayNumber('2027-01-11'), to: toDayNumber('2027-01-20') });
    expect(part).toMatchObject({ reduced: false, total: 10, from: toDayNumber('2027-01-11'), to: toDayNumber('2027-01-20') });
    expect(part.v).toEqual(series.v.slice(10, 20));
  });

  it('sends a pixel column its lowest and highest period, in time order, and the first and last', () => {
    // 10 days over 2 columns of 5 days: the first column dips on day 2 and peaks on day 1.
    const series: SeriesColumns = { t: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], v: [5, 9, 1, 4, 4, 3, 3, 8, 2, 6], n: Array(10).fill(1) };
    const reduced = reduceSeries(series, { width: 2 });
    expect(reduced).toMatchObject({ reduced: true, total: 10, from: 0, to: 9 });
    expect(reduced.t).toEqual([0, 1, 2, 7, 8, 9]);
    expect(reduced.v).toEqual([5, 9, 1, 8, 2, 6]);
  });

  it('answers an empty range with no periods', () => {
    const series: SeriesColumns = { t: [1, 2, 3], v: [1, 2, 3], n: [1, 1, 1] };
    expect(reduceSeries(series, { width: 100, from: 10, to: 20 })).toEqual({ t: [], v: [], n: [], reduced: false, total: 0, from: 10, to: 20 });
  });

  it('holds every value of the range between its column’s lowest and highest, keeps the first and last, and sends at most two a column', () => {
    fc.assert(
      fc.property(seriesArb, optionsArb, (series, { width, from, span }) => {
        const to = from === undefined || span === undefined ? undefined : from + span;
        const reduced = reduceSeries(series, { width, from, to });
        const raw = within(series, from, to);
        expect(reduced.total).toBe(raw.length);
        if (!reduced.reduced) {
          expect(triples(reduced)).toEqual(raw);
          expect(raw.length).toBeLessThanOrEqual(POINTS_PER_COLUMN * width);
          return;
        }
        expect(raw.length).toBeGreaterThan(POINTS_PER_COLUMN * width);
        // Every point sent is one of the range's periods, in time order.
        const rawByT = new Map(raw.map((p) => [p[0], p]));
        for (const p of triples(reduced)) expect(rawByT.get(p[0] as number)).toEqual(p);
        expect([...reduced.t].sort((a, b) => a - b)).toEqual(reduced.t);
        expect(new Set(reduced.t).size).toBe(reduced.t.length);
        expect(reduced.t.length).toBeLessThanOrEqual(POINTS_PER_COLUMN * width + 2);
        expect(reduced.t[0]).toBe(raw[0]![0]);
        expect(reduced.t.at(-1)).toBe(raw.at(-1)![0]);
        const days = reduced.to! - reduced.from! + 1;
        const columnOf = (t: number) => Math.floor(((t - reduced.from!) * width) / days);
        for (const [t, v] of raw) {
          const sent = reduced.t.flatMap((s, i) => (columnOf(s) === columnOf(t) ? [reduced.v[i]!] : []));
          expect(Math.min(...sent)).toBeLessThanOrEqual(v);
          expect(Math.max(...sent)).toBeGreaterThanOrEqual(v);
        }
      }),
    );
  });

  it('sends a million periods in under 100 kB of JSON at the widest chart, with their extremes, first and last', () => {
    // A million days from the year 1000 with two decimals, as the API sends them: the size depends on the width alone.
    const size = 1_000_000;
    const start = toDayNumber('1000-01-01');
    const value = (i: number) => Math.round((1000 + 800 * Math.sin(i / 5000) + ((i * 7919) % 311)) * 100) / 100;
    const series: SeriesColumns = { t: Array.from({ length: size }, (_, i) => start + i), v: Array.from({ length: size }, (_, i) => value(i)), n: Array(size).fill(1) };
    const reduced = reduceSeries(series, { width: SERIES_WIDTH.max });
    expect(reduced).toMatchObject({ reduced: true, total: size, from: start, to: start + size - 1 });
    expect(reduced.t.length).toBeLessThanOrEqual(POINTS_PER_COLUMN * SERIES_WIDTH.max + 2);
    expect(JSON.stringify({ t: reduced.t, v: reduced.v, n: reduced.n }).length).toBeLessThan(100_000);
    const extremes = (v: number[]) => v.reduce(([low, high], x) => [Math.min(low, x), Math.max(high, x)], [Infinity, -Infinity]);
    expect(extremes(reduced.v)).toEqual(extremes(series.v));
    expect([reduced.t[0], reduced.t.at(-1)]).toEqual([series.t[0], series.t.at(-1)]);
  });
});
