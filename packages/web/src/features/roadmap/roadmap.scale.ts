import { toDayNumber } from '@kurs/core/browser';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonday, utcMonth } from 'd3-time';
import { dateOfDay, dayOfDate } from './roadmap.dates';

export const ZOOMS = ['month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** How many days the visible width shows at each zoom. */
const DAYS_IN_VIEW: Record<Zoom, number> = { month: 31, quarter: 92, year: 365 };

/** The time axis of the roadmap: day numbers to pixels, whole days only. */
export interface TimeScale {
  /** First drawn day and the day after the last one. */
  startDay: number;
  endDay: number;
  pxPerDay: number;
  width: number;
  scale: ScaleTime<number, number>;
  /** Left edge of a day. */
  x(day: number): number;
  /** The day under a pixel, within the drawn days. */
  dayAt(x: number): number;
}

/**
 * A scale over the model's whole quarters (or its span) that shows `zoom` in `viewWidth`
 * pixels, and never leaves part of the view empty.
 */
export function timeScale(domain: { start: string; end: string }, zoom: Zoom, viewWidth: number): TimeScale {
  const startDay = toDayNumber(domain.start);
  const endDay = toDayNumber(domain.end) + 1;
  const days = endDay - startDay;
  const view = Math.max(viewWidth, 1);
  const pxPerDay = Math.max(view / DAYS_IN_VIEW[zoom], view / days);
  const width = Math.round(days * pxPerDay);
  const scale = scaleUtc().domain([dateOfDay(startDay), dateOfDay(endDay)]).range([0, width]);
  return {
    startDay,
    endDay,
    pxPerDay,
    width,
    scale,
    x: (day) => (day - startDay) * pxPerDay,
    dayAt: (x) => Math.min(endDay - 1, Math.max(startDay, startDay + Math.floor(x / pxPerDay))),
  };
}

/** The drawn domain: the model's whole quarters, or its span when it has none. */
export function drawnDomain(model: { span: { start: string; end: string }; quarters: readonly { start: string; end: string }[] }) {
  const quarters = model.quarters;
  return quarters.length > 0 ? { start: quarters[0]!.start, end: quarters[quarters.length - 1]!.end } : model.span;
}

export interface Tick {
  day: number;
  x: number;
  width: number;
  date: Date;
}

function ticksOf(ts: TimeScale, starts: Date[]): Tick[] {
  const days = starts.map(dayOfDate).filter((day) => day >= ts.startDay && day < ts.endDay);
  if (days[0] !== ts.startDay) days.unshift(ts.startDay);
  return days.map((day, i) => {
    const next = days[i + 1] ?? ts.endDay;
    return { day, x: ts.x(day), width: ts.x(next) - ts.x(day), date: dateOfDay(day) };
  });
}

export function monthTicks(ts: TimeScale): Tick[] {
  return ticksOf(ts, utcMonth.range(dateOfDay(ts.startDay), dateOfDay(ts.endDay)));
}

export function quarterTicks(ts: TimeScale): Tick[] {
  return ticksOf(ts, utcMonth.every(3)!.range(dateOfDay(ts.startDay), dateOfDay(ts.endDay)));
}

/** Week lines, for the month zoom, where a week is wide enough to be read. */
export function weekTicks(ts: TimeScale): Tick[] {
  return ticksOf(ts, utcMonday.range(dateOfDay(ts.startDay), dateOfDay(ts.endDay)));
}
