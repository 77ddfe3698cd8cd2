import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api.client';
import { earlierGridRow, firstGridRow, gridDates, gridSpan, lastGridRow, moveInGrid, pastedCells, saveProblem } from './kpis.grid.model';

const YEAR_2026 = { start: '2026-01-01', end: '2026-12-31' };

describe('the rows of the measurement grid', () => {
  it('are the month ends of the plan so far, up to the month that holds today', () => {
    const first = firstGridRow('monthly', YEAR_2026, '2026-12-07');
    const last = lastGridRow('monthly', YEAR_2026, '2026-12-07');
    expect([first, last]).toEqual(['2026-01-31', '2026-12-31']);
    expect(gridDates({ frequency: 'monthly', first, last })).toHaveLength(12);
    expect(gridDates({ frequency: 'monthly', first, last }).slice(0, 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
  });

  it('start with the baseline row (the day before the plan) when the plan began lately', () => {
    const period = { start: '2026-11-01', end: '2027-10-31' };
    const first = firstGridRow('monthly', period, '2026-12-07');
    expect(gridDates({ frequency: 'monthly', first, last: lastGridRow('monthly', period, '2026-12-07') })).toEqual([
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
    ]);
  });

  it('are Sundays for a weekly KPI, a season back, and stop at the end of the plan', () => {
    const last = lastGridRow('weekly', YEAR_2026, '2027-03-01');
    expect(last).toBe('2027-01-03');
    const dates = gridDates({ frequency: 'weekly', first: firstGridRow('weekly', YEAR_2026, '2027-03-01'), last });
    expect(dates).toHaveLength(12);
    expect(dates.every((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 0)).toBe(true);
  });

  it('show only the current period before the plan starts, and earlier ones when asked', () => {
    const period = { start: '2027-04-01', end: '2028-03-31' };
    const first = firstGridRow('monthly', period, '2026-12-07');
    expect(gridDates({ frequency: 'monthly', first, last: lastGridRow('monthly', period, '2026-12-07') })).toEqual(['2026-12-31']);
    expect(earlierGridRow(first, 'monthly')).toBe('2025-12-31');
    expect(earlierGridRow('2026-12-31', 'quarterly')).toBe('2024-12-31');
  });

  it('give stored dates between the period ends rows of their own, never merged', () => {
    const stored = ['2027-05-15', '2027-03-31', '2026-12-31', '2027-07-07'];
    expect(gridDates({ frequency: 'quarterly', first: '2027-03-31', last: '2027-06-30', stored })).toEqual(['2027-03-31', '2027-05-15', '2027-06-30']);
    // A date added by hand is a row, and the stored dates between it and the periods are too.
    expect(gridDates({ frequency: 'quarterly', first: '2027-03-31', last: '2027-06-30', stored, added: ['2026-11-02'] })).toEqual([
      '2026-11-02',
      '2026-12-31',
      '2027-03-31',
      '2027-05-15',
      '2027-06-30',
    ]);
    expect(gridSpan('2027-03-31', '2027-06-30', ['2026-11-02'])).toEqual({ from: '2026-11-02', to: '2027-06-30' });
  });

  it('stay put when a value is saved on any row: they come from the plan period and today, not from the values', () => {
    const day = fc.integer({ min: 20_000, max: 21_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom('daily', 'weekly', 'monthly', 'quarterly', 'semiannual' as const), day, day, fc.nat(700), fc.array(day), fc.nat(), (frequency, start, today, length, stored, pick) => {
        const period = { start, end: new Date(Date.parse(start) + length * 86_400_000).toISOString().slice(0, 10) };
        const input = { frequency, first: firstGridRow(frequency, period, today), last: lastGridRow(frequency, period, today), stored };
        const rows = gridDates(input);
        const saved = rows[pick % rows.length];
        expect(gridDates({ ...input, stored: [...stored, saved] })).toEqual(rows);
      }),
    );
  });
});

describe('saveProblem', () => {
  it('says why a value was not saved, in words the web app translates', () => {
    expect(saveProblem(new ApiError(0, 'Network error'))).toEqual({ id: 'kpis.grid.problem.network' });
    expect(saveProblem(new ApiError(403, 'Forbidden'))).toEqual({ id: 'kpis.grid.problem.forbidden' });
    expect(saveProblem(new ApiError(422, 'Invalid', 'no kpi', [{ path: 'items[0].kpi', code: 'unknown_reference', params: { kind: 'kpi', id: 'x' }, message: 'no kpi with id "x"' }]))).toEqual({
      id: 'kpis.grid.problem.noKpi',
    });
    expect(saveProblem(new ApiError(422, 'Invalid', 'bad', [{ path: 'items[0].value', code: 'invalid_type', params: { expected: 'number' }, message: 'must be a number' }]))).toEqual({ id: 'kpis.grid.problem.refused' });
    expect(saveProblem(new ApiError(503, 'Unavailable'))).toEqual({ id: 'kpis.grid.problem.server', values: { status: 503 } });
    expect(saveProblem(new Error('boom'))).toEqual({ id: 'kpis.grid.problem.unknown' });
  });
});

describe('pastedCells', () => {
  it('splits a spreadsheet copy into rows and cells, without the trailing line break', () => {
    expect(pastedCells('1\n2,5\n3\n')).toEqual([['1'], ['2,5'], ['3']]);
    expect(pastedCells('1\t2\r\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});

describe('moveInGrid', () => {
  const size = { rows: 3, columns: 2 };
  it('moves with the arrow keys and Enter, and stops at the edges', () => {
    expect(moveInGrid({ row: 0, column: 0 }, 'ArrowDown', size)).toEqual({ row: 1, column: 0 });
    expect(moveInGrid({ row: 1, column: 0 }, 'Enter', size)).toEqual({ row: 2, column: 0 });
    expect(moveInGrid({ row: 1, column: 0 }, 'ArrowRight', size)).toEqual({ row: 1, column: 1 });
    expect(moveInGrid({ row: 0, column: 0 }, 'ArrowUp', size)).toBeNull();
    expect(moveInGrid({ row: 2, column: 1 }, 'ArrowRight', size)).toBeNull();
    expect(moveInGrid({ row: 0, column: 0 }, 'a', size)).toBeNull();
  });
});
