import { fromDayNumber, toDayNumber } from '@kurs/core/browser';
import { describe, expect, it } from 'vitest';
import { drawnDomain, monthTicks, quarterTicks, timeScale, weekTicks } from './roadmap.scale';

const year = { start: '2027-01-01', end: '2027-12-31' };

describe('timeScale', () => {
  it('shows a year, a quarter or a month in the width of the view', () => {
    expect(timeScale(year, 'year', 1095).pxPerDay).toBeCloseTo(3);
    expect(timeScale(year, 'quarter', 920).pxPerDay).toBeCloseTo(10);
    expect(timeScale(year, 'month', 620).pxPerDay).toBeCloseTo(20);
    expect(timeScale(year, 'month', 620).width).toBe(365 * 20);
  });

  it('fills the view when the roadmap is shorter than the zoom', () => {
    const quarter = timeScale({ start: '2027-01-01', end: '2027-03-31' }, 'year', 900);
    expect(quarter.width).toBe(900);
  });

  it('turns days into pixels and back, whole days only, within the drawn days', () => {
    const scale = timeScale(year, 'quarter', 920);
    for (const iso of ['2027-01-01', '2027-02-28', '2027-07-15', '2027-12-31']) {
      const day = toDayNumber(iso);
      expect(scale.dayAt(scale.x(day) + scale.pxPerDay / 2)).toBe(day);
      // d3's scale agrees with the arithmetic.
      expect(scale.scale(new Date(`${iso}T00:00:00Z`))).toBeCloseTo(scale.x(day));
    }
    expect(fromDayNumber(scale.dayAt(-50))).toBe('2027-01-01');
    expect(fromDayNumber(scale.dayAt(scale.width + 50))).toBe('2027-12-31');
  });
});

describe('ticks', () => {
  it('cut the year into quarters and months that cover it exactly', () => {
    const scale = timeScale(year, 'year', 1200);
    const quarters = quarterTicks(scale);
    expect(quarters.map((t) => fromDayNumber(t.day))).toEqual(['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01']);
    expect(quarters.reduce((sum, t) => sum + t.width, 0)).toBeCloseTo(scale.width);
    const months = monthTicks(scale);
    expect(months).toHaveLength(12);
    expect(months[1]!.width).toBeCloseTo(28 * scale.pxPerDay);
  });

  it('start the first period at the first drawn day', () => {
    const scale = timeScale({ start: '2027-01-13', end: '2027-03-31' }, 'month', 600);
    expect(fromDayNumber(monthTicks(scale)[0]!.day)).toBe('2027-01-13');
    expect(weekTicks(scale).slice(1).every((t) => new Date(t.date).getUTCDay() === 1)).toBe(true);
  });
});

describe('drawnDomain', () => {
  it('is the model’s whole quarters, or its span without them', () => {
    const quarters = [
      { start: '2026-10-01', end: '2026-12-31' },
      { start: '2027-01-01', end: '2027-03-31' },
    ];
    expect(drawnDomain({ span: { start: '2026-11-20', end: '2027-02-01' }, quarters })).toEqual({ start: '2026-10-01', end: '2027-03-31' });
    expect(drawnDomain({ span: { start: '2026-11-20', end: '2027-02-01' }, quarters: [] })).toEqual({ start: '2026-11-20', end: '2027-02-01' });
  });
});
