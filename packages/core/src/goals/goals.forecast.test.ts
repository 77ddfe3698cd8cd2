import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, forecastGoal, fromDayNumber, toDayNumber, type ForecastPoint } from '../index.js';
import { everyDays, monthEnds } from './goals.factories.js';

const line = (dates: readonly string[], at: (day: number) => number): ForecastPoint[] =>
  dates.map((date) => ({ date, value: at(daysBetween(dates[0], date)) }));

/** A seeded normal sample (mulberry32 and Box–Muller), so the coverage test always sees the same data. */
function normalSampler(seed: number): () => number {
  let state = seed;
  const uniform = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

describe('forecastGoal on a straight line', () => {
  it('returns the line at the target date, with no spread, and the day it reaches the target', () => {
    const dates = everyDays('2027-01-04', 7, 12);
    const points = line(dates, (day) => 100 + 2 * day);
    // 100 + 2 * day = 400 on day 150 after the first point.
    const forecast = forecastGoal(points, { date: '2027-12-31', value: 400, direction: 'up' });
    const targetDay = daysBetween(dates[0], '2027-12-31');
    expect(forecast?.method).toBe('linear');
    expect(forecast?.value).toBeCloseTo(100 + 2 * targetDay, 6);
    expect(forecast!.high - forecast!.low).toBeCloseTo(0, 6);
    expect(forecast?.reachesTargetOn).toBe(addDays(dates[0], 150));
  });

  it('follows days, not points, when the points are unevenly spaced (month ends)', () => {
    const dates = monthEnds('2027-01-31', 9);
    const points = line(dates, (day) => 5000 - 10 * day);
    const forecast = forecastGoal(points, { date: '2027-12-31', value: 2000, direction: 'down' });
    expect(forecast?.method).toBe('linear');
    expect(forecast?.value).toBeCloseTo(5000 - 10 * daysBetween(dates[0], '2027-12-31'), 6);
    expect(forecast?.reachesTargetOn).toBe(addDays(dates[0], 300));
  });

  it('says when the target is already reached, and null when the trend moves away from it', () => {
    const points = line(everyDays('2027-01-04', 7, 6), (day) => 100 + day);
    const last = points[points.length - 1].date;
    expect(forecastGoal(points, { date: '2027-12-31', value: 90, direction: 'up' })?.reachesTargetOn).toBe(last);
    expect(forecastGoal(points, { date: '2027-12-31', value: 50, direction: 'down' })?.reachesTargetOn).toBeNull();
  });
});

describe('forecastGoal choosing the method', () => {
  it('takes Holt for a trend with a level shift, and lands near the shifted line', () => {
    const dates = everyDays('2027-01-04', 7, 30);
    const truth = (i: number) => 1000 + 10 * i + (i >= 20 ? 300 : 0);
    const points = dates.map((date, i) => ({ date, value: truth(i) }));
    const forecast = forecastGoal(points, { date: '2027-12-31', value: 2000, direction: 'up' });
    const stepsAhead = daysBetween(dates[29], '2027-12-31') / 7;
    expect(forecast?.method).toBe('holt');
    expect(forecast!.low).toBeLessThan(truth(29 + stepsAhead));
    expect(forecast!.high).toBeGreaterThan(truth(29 + stepsAhead));
  });

  it('covers about 80 % of outcomes with its interval on a noisy line', () => {
    const normal = normalSampler(7);
    const dates = everyDays('2027-01-04', 7, 20);
    const target = '2027-09-27';
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const points = dates.map((date, i) => ({ date, value: 500 + 4 * i + 20 * normal() }));
      const forecast = forecastGoal(points, { date: target, value: 1000, direction: 'up' })!;
      const outcome = 500 + (4 * daysBetween(dates[0], target)) / 7 + 20 * normal();
      if (forecast.low <= outcome && outcome <= forecast.high) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.72);
    expect(covered / trials).toBeLessThan(0.9);
  });
});

describe('forecastGoal with few points', () => {
  it('makes no forecast from no point or one point, or once the target date has passed', () => {
    expect(forecastGoal([], { date: '2027-12-31', value: 10, direction: 'up' })).toBeNull();
    expect(forecastGoal([{ date: '2027-01-31', value: 5 }], { date: '2027-12-31', value: 10, direction: 'up' })).toBeNull();
    const two = [
      { date: '2027-01-31', value: 5 },
      { date: '2027-02-28', value: 6 },
    ];
    expect(forecastGoal(two, { date: '2027-02-28', value: 10, direction: 'up' })).toBeNull();
  });

  it('extends the line through two points, with an interval from no change to twice the change', () => {
    const two = [
      { date: '2027-01-01', value: 10 },
      { date: '2027-01-11', value: 20 },
    ];
    const forecast = forecastGoal(two, { date: '2027-01-21', value: 100, direction: 'up' });
    expect(forecast).toMatchObject({ method: 'linear', value: 30, low: 20, high: 40 });
    // 10 a day from 20 on 11 January reaches 100 ninety days after 1 January.
    expect(forecast?.reachesTargetOn).toBe(addDays('2027-01-01', 90));
  });

  it('never gives NaN or infinity, however short or odd the series', () => {
    const points = fc
      .uniqueArray(fc.integer({ min: toDayNumber('2027-01-01'), max: toDayNumber('2027-06-30') }), { maxLength: 7 })
      .chain((days) =>
        fc.tuple(
          fc.constant(days),
          fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e9, max: 1e9, noNaN: true })), {
            minLength: days.length,
            maxLength: days.length,
          }),
        ),
      )
      .map(([days, values]) => days.map((day, i) => ({ date: fromDayNumber(day), value: values[i] })));
    fc.assert(
      fc.property(points, fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom('up', 'down'), (series, target, direction) => {
        const forecast = forecastGoal(series, { date: '2027-12-31', value: target, direction: direction as 'up' | 'down' });
        if (series.length < 2) expect(forecast).toBeNull();
        else {
          for (const n of [forecast!.value, forecast!.low, forecast!.high]) expect(Number.isFinite(n)).toBe(true);
          expect(forecast!.low).toBeLessThanOrEqual(forecast!.high);
        }
      }),
    );
  });
});
