import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, fromDayNumber, GRAINS, kpiSeries, toDayNumber, type Measurement } from '../index.js';

const FIRST_DAY = toDayNumber('2019-06-01');

/** Measurements of one KPI on dates between mid-2019 and 2025, integer values so that sums are exact. */
const measurementsArb = fc.array(
  fc.record({
    day: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 2400 }),
    value: fc.integer({ min: -1000, max: 100_000 }),
  }),
  { maxLength: 300 },
).map((items): Measurement[] => items.map(({ day, value }) => ({ kpi: 'k', date: fromDayNumber(day), value })));

const one = (date: string, value = 1): Measurement => ({ kpi: 'k', date, value });

describe('kpiSeries periods', () => {
  it('labels and bounds a date in each grain', () => {
    const period = (grain: (typeof GRAINS)[number]) => {
      const [p] = kpiSeries([one('2027-01-31')], { grain, aggregation: 'sum' });
      return [p.period, p.start, p.end];
    };
    expect(period('day')).toEqual(['2027-01-31', '2027-01-31', '2027-01-31']);
    expect(period('week')).toEqual(['2027-W04', '2027-01-25', '2027-01-31']);
    expect(period('month')).toEqual(['2027-01', '2027-01-01', '2027-01-31']);
    expect(period('quarter')).toEqual(['2027-Q1', '2027-01-01', '2027-03-31']);
    expect(period('year')).toEqual(['2027', '2027-01-01', '2027-12-31']);
  });

  it('numbers ISO weeks by the year of their Thursday', () => {
    const week = (date: string) => kpiSeries([one(date)], { grain: 'week', aggregation: 'sum' })[0].period;
    expect(week('2027-01-01')).toBe('2026-W53');
    expect(week('2027-01-04')).toBe('2027-W01');
    expect(week('2024-12-30')).toBe('2025-W01');
    expect(week('2021-01-03')).toBe('2020-W53');
    expect(week('2020-12-31')).toBe('2020-W53');
    expect(week('2027-02-01')).toBe('2027-W05');
    expect(week('2024-02-29')).toBe('2024-W09');
  });

  it('gives every date a Monday-to-Sunday week that holds it, and week 1 holds 4 January', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2060-12-31') }), (day) => {
        const date = fromDayNumber(day);
        const [p] = kpiSeries([one(date)], { grain: 'week', aggregation: 'sum' });
        expect(new Date(`${p.start}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(daysBetween(p.start, p.end)).toBe(6);
        expect(p.start <= date && date <= p.end).toBe(true);
        const [jan4] = kpiSeries([one(`${date.slice(0, 4)}-01-04`)], { grain: 'week', aggregation: 'sum' });
        expect(jan4.period).toBe(`${date.slice(0, 4)}-W01`);
      }),
    );
  });

  it('returns periods oldest first, only those with measurements', () => {
    const series = kpiSeries([one('2027-03-05'), one('2027-01-10'), one('2026-12-31')], {
      grain: 'month',
      aggregation: 'sum',
    });
    expect(series.map((p) => p.period)).toEqual(['2026-12', '2027-01', '2027-03']);
    expect(kpiSeries([], { grain: 'month', aggregation: 'sum' })).toEqual([]);
  });
});

describe('kpiSeries aggregation', () => {
  it('sums, averages or takes the latest value of a period', () => {
    const measurements = [one('2027-01-20', 30), one('2027-01-05', 10), one('2027-01-12', 20), one('2027-02-01', 5)];
    const values = (aggregation: 'sum' | 'average' | 'last') =>
      kpiSeries(measurements, { grain: 'month', aggregation }).map((p) => [p.period, p.value, p.count]);
    expect(values('sum')).toEqual([
      ['2027-01', 60, 3],
      ['2027-02', 5, 1],
    ]);
    expect(values('average')).toEqual([
      ['2027-01', 20, 3],
      ['2027-02', 5, 1],
    ]);
    expect(values('last')).toEqual([
      ['2027-01', 30, 3],
      ['2027-02', 5, 1],
    ]);
  });

  it('lets the later entry of a repeated date be the last value', () => {
    const [p] = kpiSeries([one('2027-01-31', 1), one('2027-01-31', 2), one('2027-01-02', 3)], {
      grain: 'month',
      aggregation: 'last',
    });
    expect(p.value).toBe(2);
  });

  it('keeps measurements from `from` to `to`, both included', () => {
    const measurements = ['2027-01-01', '2027-01-15', '2027-01-31', '2027-02-01'].map((d) => one(d, 1));
    const [p] = kpiSeries(measurements, { grain: 'year', aggregation: 'sum', from: '2027-01-15', to: '2027-01-31' });
    expect(p.count).toBe(2);
    expect([p.start, p.end]).toEqual(['2027-01-01', '2027-12-31']);
  });

  it('with sum, a month equals the sum of its days', () => {
    fc.assert(
      fc.property(measurementsArb, (measurements) => {
        const days = kpiSeries(measurements, { grain: 'day', aggregation: 'sum' });
        for (const month of kpiSeries(measurements, { grain: 'month', aggregation: 'sum' })) {
          const ofDays = days.filter((d) => d.start >= month.start && d.end <= month.end);
          expect(month.value).toBe(ofDays.reduce((sum, d) => sum + d.value, 0));
          expect(month.count).toBe(ofDays.reduce((sum, d) => sum + d.count, 0));
        }
      }),
    );
  });

  it('in every grain keeps the total and the count, and the periods do not overlap', () => {
    fc.assert(
      fc.property(measurementsArb, fc.constantFrom(...GRAINS), (measurements, grain) => {
        const series = kpiSeries(measurements, { grain, aggregation: 'sum' });
        expect(series.reduce((sum, p) => sum + p.value, 0)).toBe(measurements.reduce((sum, m) => sum + m.value, 0));
        expect(series.reduce((sum, p) => sum + p.count, 0)).toBe(measurements.length);
        for (let i = 1; i < series.length; i++) expect(series[i - 1].end < series[i].start).toBe(true);
        const averages = kpiSeries(measurements, { grain, aggregation: 'average' });
        averages.forEach((p, i) => expect(p.value * p.count).toBeCloseTo(series[i].value, 6));
      }),
    );
  });

  it('puts each measurement in the period whose bounds hold its date, across centuries and leap days', () => {
    // Dense dates around a start anywhere in two centuries, so that periods hold several.
    const start = fc.integer({ min: toDayNumber('1895-01-01'), max: toDayNumber('2105-12-31') });
    const offsets = fc.array(fc.integer({ min: 0, max: 800 }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(start, offsets, fc.constantFrom(...GRAINS), (first, days, grain) => {
        const measurements = days.map((day) => one(fromDayNumber(first + day)));
        for (const p of kpiSeries(measurements, { grain, aggregation: 'sum' })) {
          expect(p.count).toBe(measurements.filter((m) => m.date >= p.start && m.date <= p.end).length);
        }
      }),
    );
  });

  it('with last, takes the value of the latest date in the period', () => {
    fc.assert(
      fc.property(measurementsArb, fc.constantFrom(...GRAINS), (measurements, grain) => {
        for (const p of kpiSeries(measurements, { grain, aggregation: 'last' })) {
          const inside = measurements.filter((m) => m.date >= p.start && m.date <= p.end);
          const latest = inside.reduce((a, b) => (b.date >= a.date ? b : a));
          expect(p.value).toBe(latest.value);
        }
      }),
    );
  });
});
