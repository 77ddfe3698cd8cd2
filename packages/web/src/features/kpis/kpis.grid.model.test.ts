import { describe, expect, it } from 'vitest';
import { gridDates, moveInGrid, pastedCells } from './kpis.grid.model';

describe('gridDates', () => {
  it('ends with the next due date and counts back one interval at a time', () => {
    expect(gridDates({ frequency: 'monthly', nextDue: '2027-03-31', today: '2027-03-10', count: 3 })).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
    expect(gridDates({ frequency: 'weekly', nextDue: '2027-01-17', today: '2027-01-12', count: 3 })).toEqual([
      '2027-01-03',
      '2027-01-10',
      '2027-01-17',
    ]);
  });

  it('runs on to the period that holds today when the KPI is overdue', () => {
    expect(gridDates({ frequency: 'monthly', nextDue: '2026-08-31', today: '2026-11-25', count: 4 })).toEqual([
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
    ]);
  });

  it('shows stored dates inside the range that fall between the intervals, and none outside it', () => {
    expect(
      gridDates({
        frequency: 'quarterly',
        nextDue: '2027-06-30',
        today: '2027-06-01',
        count: 2,
        existing: ['2027-05-15', '2027-03-31', '2026-12-31'],
      }),
    ).toEqual(['2027-03-31', '2027-05-15', '2027-06-30']);
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
