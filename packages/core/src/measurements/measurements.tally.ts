import type { FieldError } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import { KpiDays, type DayAdd, type DayRule, type RecordCheck } from './measurements.days.js';
import type { ColumnReading, ImportPeriod, KpiImportCount, MeasurementFormat, MeasurementImportSummary, SkippedLine, SkipReason } from './measurements.schema.js';

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
  private filtered = 0;
  private repeatedRecords = 0;
  private readonly skippedLines: SkippedLine[] = [];
  private headerLine: number | undefined;
  private errorCount = 0;
  private readonly errors: FieldError[] = [];
  private readonly ignored = new Set<string>();
  private readonly kpis = new Map<string, KpiDays>();
  private period: ImportPeriod | undefined;

  constructor(
    private readonly maxErrors: number,
    /** How a KPI's rows of one day combine (measurements.days.ts). */
    private readonly ruleOf: (kpi: string) => DayRule,
  ) {}

  /**
   * Counts a row and adds it to its day: the day's value to store now, nothing new (GA4's same
   * value again), an earlier record it repeats, or a refusal (measurements.days.ts).
   */
  add(kpi: string, date: IsoDate, value: number, line: number, same: boolean, record: RecordCheck | null): DayAdd {
    let days = this.kpis.get(kpi);
    if (!days) this.kpis.set(kpi, (days = new KpiDays(this.ruleOf(kpi))));
    const before = days.days;
    const result = days.add(date, value, line, same, record);
    if (typeof result === 'number') {
      this.rows++;
      if (days.days === before) this.replaced++;
    }
    return result;
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

  summary(format: MeasurementFormat, readings: ColumnReading[]): MeasurementImportSummary {
    const kpis: KpiImportCount[] = [...this.kpis]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([kpi, t]) => ({ kpi, rows: t.rows, replaced: t.rows - t.days, days: t.days, summed: t.rule.sums, from: t.from, to: t.to, ...t.totals() }));
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
