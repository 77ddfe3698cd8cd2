import type { IsoDate } from '../shared/dates.js';
import { parseLocaleDate, type DateReading } from './measurements.dates.js';
import { readGa4RangeComment, type Ga4Range } from './measurements.ga4.js';
import type { ImportPeriod, MeasurementMapping } from './measurements.schema.js';

/*
 * The period of a file that has no date column: a report of one period (GA4 without a time
 * dimension, Search Console by query or page, a campaign report). The mapping gives it, or
 * (period "file") the lines above the header do: GA4's "# Start date: 20250101" and
 * "# End date: 20250131", or a title line with a range ("2025-01-01 - 2025-01-31",
 * "January 1, 2025 - January 31, 2025" as Google Ads writes it). Its values are dated at the
 * period's end, as every measurement is dated at the end of the period it covers.
 */

const RANGE_LINE = /^(.+?)\s+(?:-|–|—|to|til|till)\s+(.+?)$/i;

/** A date range written on one line, such as a report's title line; null when the line is not one. */
export function readRangeLine(text: string, reading: DateReading = {}): { start: IsoDate; end: IsoDate } | null {
  const m = RANGE_LINE.exec(text.replace(/^[\s#"]+|[\s",;\t]+$/g, ''));
  if (!m) return null;
  const start = parseLocaleDate(m[1] as string, reading);
  const end = parseLocaleDate(m[2] as string, reading);
  return start.ok && end.ok && start.value <= end.value ? { start: start.value, end: end.value } : null;
}

/** The period a file's rows are dated by, as far as the file has been read. */
export class FilePeriod {
  private readonly range: Ga4Range = {};
  private line: number | null = null;

  constructor(
    private readonly mapping: MeasurementMapping,
    private readonly reading: DateReading,
  ) {}

  /** True when the mapping reads the file as one period instead of by a date column. */
  get wanted(): boolean {
    return 'period' in this.mapping && this.mapping.period !== undefined;
  }

  /** A comment or title line above a header: it may name the period. */
  read(text: string, line: number): void {
    if (!this.wanted) return;
    const end = this.range.end;
    readGa4RangeComment(text, this.range);
    const range = readRangeLine(text, this.reading);
    if (range) Object.assign(this.range, range);
    if (this.range.end !== end) this.line = line;
  }

  /** The period to date rows by, or null when the file has named none. */
  current(): ImportPeriod | null {
    const given = 'period' in this.mapping ? this.mapping.period : undefined;
    if (given === undefined) return null;
    if (given !== 'file') return { start: given.start ?? null, end: given.end, line: null };
    return this.range.end === undefined ? null : { start: this.range.start ?? null, end: this.range.end, line: this.line };
  }
}
