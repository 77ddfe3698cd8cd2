import type { Frequency, IsoDate } from '@kurs/core';
import { measurementPeriodOf } from '@kurs/core/browser';
import type { MessageId } from '../../i18n/i18n.messages';
import { isApiError } from '../../shared/api/api.client';
import { previousPeriodEnd } from './kpis.dates';

/** How many periods the grid shows at first, and adds with "Show earlier dates": about a season's worth. */
export const GRID_ROWS: Record<Frequency, number> = {
  live: 14,
  daily: 14,
  weekly: 12,
  monthly: 12,
  quarterly: 8,
  semiannual: 6,
};

interface PlanPeriod {
  start: IsoDate;
  end: IsoDate;
}

/*
 * The rows of the measurement grid come from the KPI's frequency, the plan period and today
 * only, never from the values: saving a value must not move a row under the cursor. A row is
 * the last day of a period (a Sunday, a month end…), the date a measurement is written on.
 */

/** The last row: the period that holds today, or the plan's last period once the plan is over. */
export function lastGridRow(frequency: Frequency, period: PlanPeriod, today: IsoDate): IsoDate {
  return measurementPeriodOf(today < period.end ? today : period.end, frequency).end;
}

/** The first row at first: a season back from the last, but not before the baseline row (the period before the plan's first). */
export function firstGridRow(frequency: Frequency, period: PlanPeriod, today: IsoDate): IsoDate {
  const baseline = previousPeriodEnd(period.start, frequency);
  let first = lastGridRow(frequency, period, today);
  for (let i = 1; i < GRID_ROWS[frequency] && first > baseline; i++) first = previousPeriodEnd(first, frequency);
  return first;
}

/** The first row after "Show earlier dates": a season further back. */
export function earlierGridRow(first: IsoDate, frequency: Frequency): IsoDate {
  let earlier = first;
  for (let i = 0; i < GRID_ROWS[frequency]; i++) earlier = previousPeriodEnd(earlier, frequency);
  return earlier;
}

/** The dates the grid reads values for: its period rows, widened to every date added by hand. */
export function gridSpan(first: IsoDate, last: IsoDate, added: readonly IsoDate[] = []): { from: IsoDate; to: IsoDate } {
  return { from: [first, ...added].reduce((a, b) => (a < b ? a : b)), to: [last, ...added].reduce((a, b) => (a > b ? a : b)) };
}

/**
 * The rows, oldest first: every period end from `first` to `last`, each date added by hand,
 * and each stored date inside the span (a value dated between period ends) as a row of its own.
 */
export function gridDates(input: {
  frequency: Frequency;
  first: IsoDate;
  last: IsoDate;
  stored?: readonly IsoDate[];
  added?: readonly IsoDate[];
}): IsoDate[] {
  const { frequency, first, last, added = [] } = input;
  const { from, to } = gridSpan(first, last, added);
  const dates = new Set<IsoDate>(added);
  for (let date = last; date >= first; date = previousPeriodEnd(date, frequency)) dates.add(date);
  for (const date of input.stored ?? []) if (date >= from && date <= to) dates.add(date);
  return [...dates].sort();
}

/** Why a cell's value was not saved, as a message of the KPI catalogue. */
export interface SaveProblem {
  id: MessageId;
  values?: Record<string, number>;
}

export function saveProblem(error: unknown): SaveProblem {
  if (!isApiError(error)) return { id: 'kpis.grid.problem.unknown' };
  if (error.status === 0) return { id: 'kpis.grid.problem.network' };
  if (error.status === 401) return { id: 'kpis.grid.problem.signedOut' };
  if (error.status === 403) return { id: 'kpis.grid.problem.forbidden' };
  if (error.status === 404) return { id: 'kpis.grid.problem.gone' };
  if (error.status === 400 || error.status === 422) {
    // The KPI was deleted while its column was open.
    if (error.errors.some((e) => /\.kpi$/.test(e.path))) return { id: 'kpis.grid.problem.noKpi' };
    return { id: 'kpis.grid.problem.refused' };
  }
  return { id: 'kpis.grid.problem.server', values: { status: error.status } };
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
