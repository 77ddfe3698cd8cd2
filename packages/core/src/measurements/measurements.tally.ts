import type { Measurement } from '../plan/plan.schema.js';
import type { FieldError } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import type { KpiImportCount, MeasurementFormat, MeasurementImportSummary, SkippedLine, SkipReason } from './measurements.schema.js';

interface KpiTally {
  rows: number;
  replaced: number;
  from: IsoDate;
  to: IsoDate;
  seen: DateSet;
}

const MAX_SKIPPED_LINES = 100;
const TEXT_SHOWN = 120;
function recordText(cells: readonly string[]): string {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] as string).trim() === '') end--;
  const text = cells.slice(0, end).map((c) => c.trim()).join(', ');
  return text.length > TEXT_SHOWN ? `${text.slice(0, TEXT_SHOWN - 1)}…` : text;
}
/** Counts what an import read, as it reads it, for the summary. */
export class ImportTally {
  private rows = 0;
  private replaced = 0;
  private skipped = 0;
  private readonly skippedLines: SkippedLine[] = [];
  private headerLine: number | undefined;
  private errorCount = 0;
  private readonly errors: FieldError[] = [];
  private readonly ignored = new Set<string>();
  private readonly kpis = new Map<string, KpiTally>();

  constructor(private readonly maxErrors: number) {}

  /** Counts a row; a KPI and date seen before counts as replaced (the later value wins). */
  row(row: Measurement): void {
    this.rows++;
    let kpi = this.kpis.get(row.kpi);
    if (!kpi) {
      kpi = { rows: 0, replaced: 0, from: row.date, to: row.date, seen: new DateSet() };
      this.kpis.set(row.kpi, kpi);
    }
    kpi.rows++;
    if (!kpi.seen.add(row.date)) {
      kpi.replaced++;
      this.replaced++;
    }
    if (row.date < kpi.from) kpi.from = row.date;
    if (row.date > kpi.to) kpi.to = row.date;
  }

  error(error: FieldError): void {
    this.errorCount++;
    if (this.errors.length < this.maxErrors) this.errors.push(error);
  }

  skip(line: number, reason: SkipReason, cells: readonly string[]): void {
    this.skipped++;
    if (reason !== 'blank' && this.skippedLines.length < MAX_SKIPPED_LINES) this.skippedLines.push({ line, reason, text: recordText(cells) });
  }
  header(line: number): void {
    this.headerLine ??= line;
  }

  ignore(column: string): void {
    this.ignored.add(column);
  }

  summary(format: MeasurementFormat): MeasurementImportSummary {
    const kpis: KpiImportCount[] = [...this.kpis]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([kpi, t]) => ({ kpi, rows: t.rows, replaced: t.replaced, from: t.from, to: t.to }));
    const froms = kpis.map((k) => k.from).sort();
    const tos = kpis.map((k) => k.to).sort();
    return {
      format,
      rows: this.rows,
      replaced: this.replaced,
      kpis,
      from: froms[0] ?? null,
      to: tos[tos.length - 1] ?? null,
      skipped: this.skipped,
      skipped_lines: [...this.skippedLines],
      header_line: this.headerLine ?? null,
      ignored_columns: [...this.ignored],
      error_count: this.errorCount,
      errors: [...this.errors],
    };
  }
}

const FIRST_YEAR = 1900;
const YEARS = 300;

/**
 * The dates seen for one KPI: one bit per day of 1900–2199 (the years dates are read in),
 * 14 kB however many rows, and no hashing; a set holds any date outside them.
 */
class DateSet {
  private readonly bits = new Uint8Array((YEARS * 12 * 31) / 8);
  private readonly others = new Set<string>();

  /** Adds the date; false when it was there already. */
  add(date: IsoDate): boolean {
    const year = digits(date, 0, 4);
    const index = (year - FIRST_YEAR) * 372 + (digits(date, 5, 2) - 1) * 31 + digits(date, 8, 2) - 1;
    if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) {
      if (this.others.has(date)) return false;
      this.others.add(date);
      return true;
    }
    const mask = 1 << (index & 7);
    const byte = this.bits[index >> 3] as number;
    if (byte & mask) return false;
    this.bits[index >> 3] = byte | mask;
    return true;
  }
}

/** The number written at `from` in `length` digits, without slicing. */
function digits(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}
