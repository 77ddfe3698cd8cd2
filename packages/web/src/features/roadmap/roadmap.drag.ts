import { fromDayNumber, toDayNumber } from '@kurs/core/browser';

export interface Dates {
  start: string;
  end: string;
}

/** What a gesture changes: the whole bar, or one of its ends. */
export type DragMode = 'move' | 'start' | 'end';

/**
 * The dates after moving `mode` by `days`, kept inside the drawn days [minDay, maxDay]:
 * a move keeps the length, a resize keeps at least one day.
 */
export function shiftDates(dates: Dates, mode: DragMode, days: number, minDay: number, maxDay: number): Dates {
  let start = toDayNumber(dates.start);
  let end = toDayNumber(dates.end);
  if (mode === 'move') {
    const shift = Math.min(Math.max(days, minDay - start), maxDay - end);
    start += shift;
    end += shift;
  } else if (mode === 'start') {
    start = Math.min(Math.max(start + days, minDay), end);
  } else {
    end = Math.max(Math.min(end + days, maxDay), start);
  }
  return { start: fromDayNumber(start), end: fromDayNumber(end) };
}

/** Pixels from a bar's edge within which a press resizes instead of moving. */
export const EDGE_PX = 6;

/** Which part of a bar a press at `x` takes: an end when near it, on a bar wide enough to keep a middle. */
export function dragModeAt(x: number, left: number, right: number): DragMode {
  const edge = Math.min(EDGE_PX, (right - left) / 3);
  if (x - left <= edge) return 'start';
  if (right - x <= edge) return 'end';
  return 'move';
}

/** Whole days for a horizontal drag of `dx` pixels, snapped to the nearest day. */
export function daysFor(dx: number, pxPerDay: number): number {
  return Math.round(dx / pxPerDay) || 0;
}

export interface KeyChange {
  mode: DragMode;
  days: number;
}

/**
 * The keyboard's version of a drag: ←/→ move a bar by a day, with Shift by a week;
 * Alt+←/→ move its end, Alt+Shift+←/→ its start, by a day.
 */
export function keyChange(key: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }): KeyChange | null {
  if (key.ctrlKey || key.metaKey) return null;
  const direction = key.key === 'ArrowRight' ? 1 : key.key === 'ArrowLeft' ? -1 : 0;
  if (direction === 0) return null;
  if (key.altKey) return { mode: key.shiftKey ? 'start' : 'end', days: direction };
  return { mode: 'move', days: direction * (key.shiftKey ? 7 : 1) };
}
