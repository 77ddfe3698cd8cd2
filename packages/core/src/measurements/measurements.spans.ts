import type { IsoDate } from '../shared/dates.js';
import { findColumn } from './measurements.reader.js';

/*
 * Files whose rows each carry a period, a start and an end column (Meta's "Reporting starts" /
 * "Reporting ends", "Start date" / "End date", "Fra" / "Til"): a tool's summary row covers the
 * whole range beside rows of a day, a week or a campaign's range. Rows of one period (the
 * campaigns of a day) and rows of periods apart (days, weeks cut at the range's ends) are data.
 * In a file of days, a longer row that covers the days it overlaps sums them: the file's summary
 * row, or a week's subtotal (skipped). Any other overlap is refused, naming the earlier line: a
 * summary row above its days was read already, and periods of mixed lengths are never parts of
 * one value (Kurs does not guess which to keep).
 */

/** Words of a start column and of its end column, in en, nb, sv and da; `prefix` also where they begin a compound ("Startdato"). */
const PAIRS: readonly { start: string; end: string; prefix?: true }[] = [
  { start: 'starts', end: 'ends' },
  { start: 'start', end: 'end', prefix: true },
  { start: 'start', end: 'stop' },
  { start: 'starter', end: 'slutter' },
  { start: 'startar', end: 'slutar' },
  { start: 'start', end: 'slutt', prefix: true },
  { start: 'start', end: 'slut', prefix: true },
  { start: 'from', end: 'to' },
  { start: 'fra', end: 'til' },
  { start: 'från', end: 'till' },
];

function replaceWord(name: string, word: string, by: string, prefix: boolean): string | null {
  const pattern = new RegExp(`(?<!\\p{L})${word}${prefix ? '' : '(?!\\p{L})'}`, 'iu');
  return pattern.test(name) ? name.replace(pattern, by) : null;
}

/**
 * The other end of a date column's period: the header cell that names the start when the date
 * column names the end ("Reporting ends" → "Reporting starts"), or the end when it names the
 * start. Null when the header has none.
 */
export function periodColumns(header: readonly string[], dateAt: number): { startAt: number; endAt: number } | null {
  const name = header[dateAt] ?? '';
  for (const { start, end, prefix = false } of PAIRS) {
    for (const [word, by, isEnd] of [
      [end, start, true],
      [start, end, false],
    ] as const) {
      const other = replaceWord(name, word, by, prefix);
      const at = other === null ? -1 : findColumn(header, other);
      if (at !== -1 && at !== dateAt) return isEnd ? { startAt: at, endAt: dateAt } : { startAt: dateAt, endAt: at };
    }
  }
  return null;
}

/** What a row's period is beside the periods read before it. */
export type SpanCheck = { kind: 'ok' } | { kind: 'summary' } | { kind: 'overlaps'; start: IsoDate; end: IsoDate; line: number; first: boolean };

/** The periods of a file's rows: disjoint, sorted by start, each with the line it was first read on. */
export class PeriodSpans {
  private readonly starts: IsoDate[] = [];
  private readonly ends: IsoDate[] = [];
  private readonly lines: number[] = [];
  /** The lines of periods another row was refused for overlapping: said once each. */
  private readonly said = new Set<number>();
  /** Whether every period read is one day. */
  private days = true;
  /** The period last met: rows of a day or of a campaign's range come together. */
  private last = -1;

  check(start: IsoDate, end: IsoDate, line: number): SpanCheck {
    const { starts, ends } = this;
    if (this.last !== -1 && starts[this.last] === start && ends[this.last] === end) return { kind: 'ok' };
    // The first period starting after `start`; the one before it may overlap, as may those from it on.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as IsoDate) <= start) lo = mid + 1;
      else hi = mid;
    }
    const before = lo - 1;
    if (before >= 0 && starts[before] === start && ends[before] === end) {
      this.last = before;
      return { kind: 'ok' };
    }
    const overlapsBefore = before >= 0 && (ends[before] as IsoDate) >= start;
    const overlapsAfter = lo < starts.length && (starts[lo] as IsoDate) <= end;
    if (!overlapsBefore && !overlapsAfter) {
      starts.splice(lo, 0, start);
      ends.splice(lo, 0, end);
      this.lines.splice(lo, 0, line);
      if (start !== end) this.days = false;
      this.last = lo;
      return { kind: 'ok' };
    }
    // The periods it overlaps are the stored ones from `from` to `to` (sorted and disjoint).
    const from = overlapsBefore ? before : lo;
    let to = starts.length - 1;
    for (let low = from; low < to; ) {
      const mid = (low + to + 1) >> 1;
      if ((starts[mid] as IsoDate) <= end) low = mid;
      else to = mid - 1;
    }
    // In a file of days, a longer row that covers the days it overlaps sums them: the range's summary row, or a week's subtotal.
    if (this.days && start < end && start <= (starts[from] as IsoDate) && end >= (ends[to] as IsoDate)) return { kind: 'summary' };
    const firstLine = this.lines[from] as number;
    const first = !this.said.has(firstLine);
    this.said.add(firstLine);
    return { kind: 'overlaps', start: starts[from] as IsoDate, end: ends[from] as IsoDate, line: firstLine, first };
  }
}
