import type { FieldError } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import { dayIndex, KpiDays, type DayRule } from './measurements.days.js';
import type { ColumnReading, ImportPeriod, KpiImportCount, MeasurementFormat, MeasurementImportSummary, SkippedLine, SkipReason } from './measurements.schema.js';

const MAX_SKIPPED_LINES = 100;
const TEXT_SHOWN = 120;

/** A record as a line of text for the summary: its cells up to the last one with text. */
function recordText(cells: readonly string[]): string {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] as string).trim() === '') end--;
  const text = cells.slice(0, end).map((c) => c.trim()).join(', ');
  return text.length > TEXT_SHOWN ? `${text.slice(0, TEXT_SHOWN - 1)}…` : text;
}

/** Counts what an import read, as it reads it, for the summary. */
export class ImportTally {
  private skipped = 0;
  private readonly skippedLines: SkippedLine[] = [];
  private headerLine: number | undefined;
  private filtered = 0;
  private repeatedRecords = 0;
  private errorCount = 0;
  private readonly errors: FieldError[] = [];
  private readonly ignored = new Set<string>();
  private readonly kpis = new Map<string, KpiDays>();
  private period: ImportPeriod | undefined;
  private lastDate = '';
  private lastIndex = -1;

  constructor(
    private readonly maxErrors: number,
    /** How a KPI's rows of one day combine (measurements.days.ts). */
    private readonly ruleOf: (kpi: string) => DayRule,
  ) {}

  /** The days of a KPI (measurements.days.ts), to add its rows to: readers of a header take them once for its columns. */
  days(kpi: string): KpiDays {
    let days = this.kpis.get(kpi);
    if (!days) this.kpis.set(kpi, (days = new KpiDays(kpi, this.ruleOf(kpi))));
    return days;
  }

  /** A date's index in KpiDays (dayIndex), kept for the next: a wide row gives its date to each of its KPIs. */
  dayIndex(date: IsoDate): number {
    if (date !== this.lastDate) {
      this.lastDate = date;
      this.lastIndex = dayIndex(date);
    }
    return this.lastIndex;
  }

  error(error: FieldError): void {
    this.errorCount++;
    if (this.errors.length < this.maxErrors) this.errors.push(error);
  }

  /** A record passed over: counted, and listed with why unless blank. */
  skip(line: number, reason: SkipReason, cells: readonly string[]): void {
    this.skipped++;
    if (reason !== 'blank' && this.skippedLines.length < MAX_SKIPPED_LINES) this.skippedLines.push({ line, reason, text: recordText(cells) });
  }

  /** The header of the file's (first) table. */
  header(line: number): void {
    this.headerLine ??= line;
  }

  /** The header's line when nothing under it was read: no value, no row filtered out and no error. */
  nothingRead(): number | null {
    if (this.headerLine === undefined || this.filtered > 0 || this.errorCount > 0) return null;
    for (const days of this.kpis.values()) if (days.rows > 0) return null;
    return this.headerLine;
  }

  /** A row the mapping's filter leaves out. */
  filter(): void {
    this.filtered++;
  }

  /** A record alike in every cell but its values to an earlier one of its date (refused). */
  repeatedRecord(): void {
    this.repeatedRecords++;
  }

  /** The period the file's rows stand for when it has no date column. */
  setPeriod(period: ImportPeriod): void {
    this.period = period;
  }

  ignore(column: string): void {
    this.ignored.add(column);
  }

  summary(format: MeasurementFormat, readings: ColumnReading[]): MeasurementImportSummary {
    const kpis: KpiImportCount[] = [...this.kpis]
      .filter(([, t]) => t.rows > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([kpi, t]) => ({ kpi, rows: t.rows, replaced: t.rows - t.days, days: t.days, summed: t.rule.sums, from: t.from, to: t.to, ...t.totals() }));
    const froms = kpis.map((k) => k.from).sort();
    const tos = kpis.map((k) => k.to).sort();
    return {
      format,
      rows: kpis.reduce((n, k) => n + k.rows, 0),
      replaced: kpis.reduce((n, k) => n + k.replaced, 0),
      kpis,
      from: froms[0] ?? null,
      to: tos[tos.length - 1] ?? null,
      skipped: this.skipped,
      skipped_lines: [...this.skippedLines],
      header_line: this.headerLine ?? null,
      filtered: this.filtered,
      repeated_records: this.repeatedRecords,
      ...(this.period ? { period: this.period } : {}),
      ignored_columns: [...this.ignored],
      readings,
      error_count: this.errorCount,
      errors: [...this.errors],
    };
  }
}
