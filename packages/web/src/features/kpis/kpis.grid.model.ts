import type { Frequency, IsoDate } from '@kurs/core';
import { stepMeasurementDate } from './kpis.dates';

/** How many measurement dates the grid shows at first, per frequency: about a season's worth. */
export const GRID_ROWS: Record<Frequency, number> = {
  live: 14,
  daily: 14,
  weekly: 12,
  monthly: 12,
  quarterly: 8,
  semiannual: 6,
};

export interface GridDatesInput {
  frequency: Frequency;
  /** When the next measurement is due (from the KPI overview); the grid ends with the period that holds today. */
  nextDue: IsoDate;
  today: IsoDate;
  count: number;
  /** Dates that already have a value: each shows as a row too, so nothing stored is hidden. */
  existing?: readonly IsoDate[];
}

/**
 * The rows of the measurement grid, oldest first: `count` measurement dates one interval
 * apart, ending with the first on or after today (so an overdue KPI shows the dates it
 * missed), and every date in that range that already has a value.
 */
export function gridDates(input: GridDatesInput): IsoDate[] {
  const { frequency, today, count } = input;
  let last = input.nextDue;
  while (last < today) last = stepMeasurementDate(last, frequency, 1);
  const dates = [last];
  for (let i = 1; i < count; i++) dates.unshift(stepMeasurementDate(dates[0], frequency, -1));
  const first = dates[0];
  const shown = new Set(dates);
  for (const date of input.existing ?? []) if (date >= first && date <= last) shown.add(date);
  return [...shown].sort();
}

/**
 * A pasted block of cells: rows by line, cells by tab, as spreadsheets copy them. A trailing
 * line break (which spreadsheets add) is not a row.
 */
export function pastedCells(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** Where an arrow key moves in a grid of `rows` × `columns`, or null at the edge. */
export function moveInGrid(
  at: { row: number; column: number },
  key: string,
  size: { rows: number; columns: number },
): { row: number; column: number } | null {
  const delta: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    Enter: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const step = delta[key];
  if (!step) return null;
  const row = at.row + step[0];
  const column = at.column + step[1];
  if (row < 0 || row >= size.rows || column < 0 || column >= size.columns) return null;
  return { row, column };
}
