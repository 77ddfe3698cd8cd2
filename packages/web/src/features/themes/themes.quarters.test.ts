import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenSpread, hoursLeft, periodQuarters, quarterRows, quarterSum, quartersOutside } from './themes.quarters';

const YEAR_2027 = periodQuarters({ start: '2027-01-01', end: '2027-12-31' });

describe('periodQuarters', () => {
  it('lists the quarters of the period with how much of each the period holds', () => {
    expect(YEAR_2027).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4'].map((quarter) => ({ quarter, share: 1 })));
    // A period from 15 March to 10 July holds 17 of Q1's 90 days and 10 of Q3's 92.
    expect(periodQuarters({ start: '2027-03-15', end: '2027-07-10' })).toEqual([
      { quarter: '2027-Q1', share: 17 / 90 },
      { quarter: '2027-Q2', share: 1 },
      { quarter: '2027-Q3', share: 10 / 92 },
    ]);
  });
});

describe('evenSpread', () => {
  it('gives whole quarters even shares', () => {
    expect(evenSpread(200, YEAR_2027).map((q) => q.hours)).toEqual([50, 50, 50, 50]);
    // 91.25 a quarter: the running total rounded (91, 183, 274), the last takes the rest.
    expect(evenSpread(365, YEAR_2027).map((q) => q.hours)).toEqual([91, 92, 91, 91]);
  });

  it('gives a quarter the period cuts its part', () => {
    // The period ends halfway through Q3 (46 of its 92 days).
    const cut = periodQuarters({ start: '2027-01-01', end: '2027-08-15' });
    expect(evenSpread(250, cut).map((q) => q.hours)).toEqual([100, 100, 50]);
  });

  it('puts the fraction of the total in the last quarter', () => {
    expect(evenSpread(100.5, YEAR_2027).map((q) => q.hours)).toEqual([25, 25, 25, 25.5]);
    expect(evenSpread(0.5, YEAR_2027).map((q) => q.hours)).toEqual([0, 0, 0, 0.5]);
  });

  it('adds up to the total with whole hours, none negative and each within an hour of its share', () => {
    const period = fc
      .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 900 }))
      .map(([from, length]) => {
        const start = new Date(Date.UTC(2025, 0, 1 + from)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2025, 0, 1 + from + length)).toISOString().slice(0, 10);
        return { start, end };
      });
    fc.assert(
      fc.property(period, fc.double({ min: 0, max: 100_000, noNaN: true }), (p, total) => {
        const quarters = periodQuarters(p);
        const spread = evenSpread(total, quarters);
        const shares = quarters.reduce((s, q) => s + q.share, 0);
        expect(spread.map((q) => q.quarter)).toEqual(quarters.map((q) => q.quarter));
        expect(spread.reduce((s, q) => s + q.hours, 0)).toBeCloseTo(total, 6);
        spread.forEach((q, i) => {
          expect(q.hours).toBeGreaterThanOrEqual(0);
          if (i < spread.length - 1) expect(Number.isInteger(q.hours)).toBe(true);
          expect(Math.abs(q.hours - (total * quarters[i]!.share) / shares)).toBeLessThanOrEqual(1 + 1e-9);
        });
      }),
    );
  });
});

describe('hoursLeft and quarterSum', () => {
  it('say how many hours are still to place, negative when too many are placed', () => {
    const quarters = [
      { quarter: '2027-Q1', hours: 100 },
      { quarter: '2027-Q2', hours: 60 },
      { quarter: '2027-Q3', hours: 20 },
    ];
    expect(quarterSum(quarters)).toBe(180);
    expect(hoursLeft(200, quarters)).toBe(20);
    expect(hoursLeft(150, quarters)).toBe(-30);
  });

  it('add tenths without float dust', () => {
    const tenths = [0.1, 0.2, 0.3].map((hours, i) => ({ quarter: `2027-Q${i + 1}`, hours }));
    expect(quarterSum(tenths)).toBe(0.6);
    expect(hoursLeft(0.6, tenths)).toBe(0);
  });
});

describe('quarterRows and quartersOutside', () => {
  it('fill in the period quarters the theme leaves out, and set apart those outside the period', () => {
    const given = [
      { quarter: '2027-Q3', hours: 40 },
      { quarter: '2026-Q4', hours: 10 },
    ];
    expect(quarterRows(YEAR_2027, given).map((q) => q.hours)).toEqual([0, 0, 40, 0]);
    expect(quartersOutside(YEAR_2027, given)).toEqual([{ quarter: '2026-Q4', hours: 10 }]);
  });
});
