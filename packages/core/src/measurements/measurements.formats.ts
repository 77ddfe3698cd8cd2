import type { IsoDate } from '../shared/dates.js';
import { compactName, ga4DateColumn, isTotalsCell, readGa4RangeComment, type Ga4DateColumn, type Ga4Range } from './measurements.ga4.js';
import type { ColumnReadings, DateCell, DateColumn, NumberCell, NumberColumn } from './measurements.columns.js';
import { ColumnSums, isTotalsLabel, isTotalsWordAlone } from './measurements.totals.js';
import { isBreakdownColumn } from './measurements.presets.js';
import { PeriodSpans, periodColumns } from './measurements.spans.js';
import type { KpiDays } from './measurements.days.js';
import type { FilePeriod } from './measurements.period.js';
import {
  checkWidth,
  findColumn,
  knownColumns,
  mappedColumns,
  missingColumn,
  refuse,
  type FormatReader,
  type KnownKpis,
  type Sink,
} from './measurements.reader.js';
import {
  LONG_DEFAULT_COLUMNS,
  WIDE_DEFAULT_DATE_COLUMN,
  type Ga4Mapping,
  type LongMapping,
  type MeasurementMapping,
  type WideMapping,
} from './measurements.schema.js';

/**
 * The reader of the mapping's file shape; `period` dates the rows of a file without dates, and
 * `readings` decides per column how numbers and dates are written (measurements.columns.ts).
 */
export function formatReader(mapping: MeasurementMapping, known: KnownKpis, period: FilePeriod, readings: ColumnReadings): FormatReader {
  if (mapping.format === 'long') return longReader(mapping, known, readings);
  if (mapping.format === 'wide') return wideReader(mapping, known, period, readings);
  return ga4Reader(mapping, known, period, readings);
}

/** The period the rows of a table are dated at, put in the summary; an error when the file names none. */
function periodEnd(period: FilePeriod, line: number, sink: Sink): IsoDate | null {
  const found = period.current();
  if (found === null) {
    sink.error('', line, undefined, 'the file names no period above its header: give it in the mapping, as period: { "start": "2025-01-01", "end": "2025-01-31" }', 'no_period');
    return null;
  }
  sink.tally.setPeriod(found);
  return found.end;
}

function longReader(mapping: LongMapping, known: KnownKpis, readings: ColumnReadings): FormatReader {
  const names = {
    kpi: mapping.kpi_column ?? LONG_DEFAULT_COLUMNS.kpi,
    date: mapping.date_column ?? LONG_DEFAULT_COLUMNS.date,
    value: mapping.value_column ?? LONG_DEFAULT_COLUMNS.value,
  };
  let header: readonly string[] = [];
  let kpiAt = -1;
  let dateAt = -1;
  let valueAt = -1;
  /** The cells beside the KPI, date and value (a channel, a campaign), where a day's subtotal says "Totalt". */
  let besides: number[] = [];
  let dates = readings.dates(names.date);
  let values = readings.numbers(names.value);
  const sums = new ColumnSums(1);

  return {
    header(cells, line, sink) {
      header = cells;
      kpiAt = findColumn(cells, names.kpi);
      dateAt = findColumn(cells, names.date);
      valueAt = findColumn(cells, names.value);
      besides = cells.map((_, at) => at).filter((at) => at !== kpiAt && at !== dateAt && at !== valueAt);
      sink.valueColumns([valueAt]);
      for (const [at, name] of [
        [kpiAt, names.kpi],
        [dateAt, names.date],
        [valueAt, names.value],
      ] as const) {
        if (at === -1) missingColumn(sink, name, cells, line);
      }
      if (dateAt !== -1) dates = readings.dates(cells[dateAt] as string);
      if (valueAt !== -1) values = readings.numbers(cells[valueAt] as string);
    },
    row(cells, line, sink) {
      if (kpiAt === -1 || dateAt === -1 || valueAt === -1) return sink.tally.skip(line, 'unread', cells);
      if (!checkWidth(cells, header.length, line, sink)) return;
      const kpi = (cells[kpiAt] ?? '').trim();
      const dateText = cells[dateAt] ?? '';
      const kpiOk = known.has(kpi);
      const date = dates.read(dateText, line, dateAt);
      // A totals row names no KPI and no date, but a word such as "Total".
      if ((!kpiOk || !date.ok) && cells.some(isTotalsLabel)) return sink.tally.skip(line, 'totals', cells);
      const value = values.read(cells[valueAt] ?? '', line, valueAt);
      if (kpiOk && date.ok && value.ok) {
        if (isSubtotal(cells, besides)) return sink.tally.skip(line, 'totals', cells);
        addTo(sums, 0, value);
        sums.row();
        return readings.row(sink.tally.days(kpi), date, dates, value, values, valueAt + 1);
      }
      if (!date.ok && dateText.trim() === '' && sums.isSumRow([values.sumReading(cells[valueAt] ?? '')])) return sink.tally.skip(line, 'sum', cells);
      if (!kpiOk && kpi === '') sink.error(header[kpiAt] as string, line, kpiAt + 1, 'the kpi is empty', 'required');
      else if (!kpiOk) known.report(sink, header[kpiAt] as string, line, kpiAt + 1, kpi);
      if (!date.ok) refuse(sink, header[dateAt] as string, line, dateAt + 1, date);
      if (!value.ok) refuse(sink, header[valueAt] as string, line, valueAt + 1, value);
    },
  };
}

function wideReader(mapping: WideMapping, known: KnownKpis, period: FilePeriod, readings: ColumnReadings): FormatReader {
  const dateName = mapping.date_column ?? WIDE_DEFAULT_DATE_COLUMN;
  let dates = readings.dates(dateName);
  let header: readonly string[] = [];
  let dateAt = -1;
  /** A file of one period: its end dates every row. */
  let fixed: DateCell | null = null;
  let metrics: Metric[] = [];
  /** The cells beside the date and the mapped numbers (a channel, a campaign), where a day's subtotal says "Totalt". */
  let besides: number[] = [];
  let sums = new ColumnSums(0);
  /** Where the rows carry a period: its start and end columns, the column of the other end than the date's, and the periods read. */
  let spans: Spans | null = null;
  /** The columns that split a date into rows: a row with all of them empty is the summary row. */
  let breakdowns: number[] = [];

  return {
    header(cells, line, sink) {
      header = cells;
      spans = null;
      if (period.wanted) {
        const end = periodEnd(period, line, sink);
        if (end !== null) fixed = { ok: true, value: end };
      } else {
        dateAt = findColumn(cells, dateName);
        if (dateAt === -1) missingColumn(sink, dateName, cells, line);
        else {
          dates = readings.dates(cells[dateAt] as string);
          const ends = periodColumns(cells, dateAt);
          if (ends) {
            const otherAt = ends.startAt === dateAt ? ends.endAt : ends.startAt;
            spans = { otherAt, datedByStart: ends.startAt === dateAt, other: readings.dates(cells[otherAt] as string), read: new PeriodSpans() };
          }
        }
      }
      metrics = withNumbers(mappedColumns(cells, knownColumns(mapping.columns, known, line, sink), line, sink, true), cells, readings, sink);
      sums = new ColumnSums(metrics.length);
      besides = cells.map((_, at) => at).filter((at) => at !== dateAt && !metrics.some((m) => m.at === at));
      if (mapping.breakdowns) {
        breakdowns = mapping.breakdowns.map((name) => findColumn(cells, name));
        mapping.breakdowns.forEach((name, i) => {
          if (breakdowns[i] === -1) missingColumn(sink, name, cells, line);
        });
        breakdowns = breakdowns.filter((at) => at !== -1);
      } else {
        // A tool that writes a period per row (Meta) writes its summary row with the range's dates and no breakdown.
        breakdowns = spans ? besides.filter((at) => isBreakdownColumn(cells[at] as string)) : [];
      }
      sink.valueColumns(metrics.map((m) => m.at));
      const used = new Set([dateAt, ...Object.keys(mapping.columns).map((name) => findColumn(cells, name))]);
      cells.forEach((name, at) => {
        if (used.has(at) || name === '') return;
        sink.tally.ignore(name);
        if (mapping.unmapped === 'report') sink.error(name, line, at + 1, `the column "${name}" is not mapped to a KPI`, 'unmapped_column', { column: name });
      });
    },
    row(cells, line, sink) {
      if (fixed !== null) {
        // A report of one period ends with totals rows ("Total", "Totalt") in a dimension column.
        if (cells.some((cell, at) => isTotalsLabel(cell) && !metrics.some((m) => m.at === at))) return sink.tally.skip(line, 'totals', cells);
      } else if (dateAt === -1) return sink.tally.skip(line, 'unread', cells);
      if (!checkWidth(cells, header.length, line, sink)) return;
      const dateText = cells[dateAt] ?? '';
      const date = fixed ?? dates.read(dateText, line, dateAt);
      if (!date.ok) {
        // A row without a date: a totals row ("Total: account" in any cell), a closing sum row, or an error.
        if (cells.some(isTotalsLabel)) return sink.tally.skip(line, 'totals', cells);
        if (dateText.trim() === '' && sums.isSumRow(metrics.map(({ at, numbers }) => numbers.sumReading(cells[at] ?? '')))) return sink.tally.skip(line, 'sum', cells);
        return refuse(sink, header[dateAt] as string, line, dateAt + 1, date);
      }
      if (fixed === null && isSubtotal(cells, besides)) return sink.tally.skip(line, 'totals', cells);
      if (breakdowns.length > 0 && isSummary(cells, breakdowns)) return sink.tally.skip(line, 'totals', cells);
      if (spans && date.ok === true && !checkSpan(spans, cells, date.value, line, sink)) return sink.tally.skip(line, 'totals', cells);
      sums.row();
      for (let i = 0; i < metrics.length; i++) {
        const { at, days, numbers } = metrics[i] as Metric;
        const text = cells[at] ?? '';
        if (text.trim() === '') continue;
        const value = numbers.read(text, line, at);
        if (value.ok) {
          addTo(sums, i, value);
          readings.row(days, date, dates, value, numbers, at + 1);
        } else refuse(sink, header[at] as string, line, at + 1, value);
      }
      // A column still undecided may take the file's decimal mark: the unmapped columns show it too ("1,341.62" under Cost).
      if (readings.wantsFileMark()) readings.unmappedEvidence(cells, besides);
    },
  };
}

interface Ga4Table {
  header: readonly string[];
  date: Ga4DateColumn;
  metrics: Metric[];
  /** Dates of this table and their lines: a date twice means the table is split by another dimension. Null for a table of the period. */
  seen: Map<IsoDate, number> | null;
}

function ga4Reader(mapping: Ga4Mapping, known: KnownKpis, period: FilePeriod, readings: ColumnReadings): FormatReader {
  const range: Ga4Range = {};
  const found = new Set<string>();
  /** KPIs read from a table of the period, and its header's line: every table holds the whole period, so one table per KPI. */
  const periodKpis = new Map<string, number>();
  let table: Ga4Table | null = null;
  /** The mapping's columns whose KPI exists, checked (and reported) at the first header. */
  let columns: Record<string, string> | null = null;

  return {
    pause(comment) {
      table = null;
      if (comment !== null) readGa4RangeComment(comment, range);
    },
    header(cells, line, sink) {
      table = null;
      if (columns === null) columns = knownColumns(mapping.columns, known, line, sink);
      let date = ga4DateColumn(cells, range, mapping.date_column);
      if (period.wanted) {
        // Read as one period: the tables by date are another view of it.
        if (date !== null) return;
        date = { column: 0, date: () => ({ ok: false, error: '', code: 'invalid' }) };
      }
      if (date === null) return;
      if ('why' in date) return sink.error(date.name, line, undefined, date.why.error, date.why.code, date.why.params);
      const metrics = withNumbers(mappedColumns(cells, columns, line, sink, false), cells, readings, sink);
      if (metrics.length === 0) return;
      if (period.wanted) {
        const end = periodEnd(period, line, sink);
        if (end === null) return;
        for (const { at, kpi } of metrics) {
          const before = periodKpis.get(kpi);
          if (before !== undefined) {
            return sink.error(cells[at] as string, line, at + 1, `"${kpi}" is read from the table on line ${before} already: each table holds the whole period, so only one may give it (map the other table's column to no KPI)`, 'kpi_in_two_tables', { kpi, first_line: before });
          }
          periodKpis.set(kpi, line);
        }
        date = { column: 0, date: () => ({ ok: true, value: end }) };
      }
      // A table of the period is split by a dimension: its rows add up. Tables by date each hold the whole report: they must agree.
      sink.same = !period.wanted;
      for (const { at } of metrics) found.add(compactName(cells[at] as string));
      const used = new Set([date.column, ...metrics.map((m) => m.at)]);
      cells.forEach((name, at) => {
        if (!used.has(at) && name !== '') sink.tally.ignore(name);
      });
      table = { header: cells, date, metrics, seen: period.wanted ? null : new Map() };
    },
    row(cells, line, sink) {
      if (table === null) return sink.tally.skip(line, 'no_table', cells);
      const { header, metrics, seen } = table;
      if (!checkWidth(cells, header.length, line, sink)) return;
      const at = table.date.column;
      if (seen === null && isTotalsCell(cells[at] ?? '')) return sink.tally.skip(line, 'totals', cells);
      const date = table.date.date(cells);
      if (!date.ok) {
        if (isTotalsCell(cells[at] ?? '')) return sink.tally.skip(line, 'totals', cells);
        return refuse(sink, header[at] as string, line, at + 1, date);
      }
      const before = seen?.get(date.value);
      if (seen && before !== undefined) {
        return sink.error(
          header[at] as string,
          line,
          at + 1,
          `${date.value} is also on line ${before}: the table seems split by another dimension; download it with the date as its only dimension`,
          'repeated_date',
          { date: date.value, first_line: before },
        );
      }
      seen?.set(date.value, line);
      for (const metric of metrics) {
        const text = cells[metric.at] ?? '';
        if (text.trim() === '') continue;
        const value = metric.numbers.read(text, line, metric.at);
        if (value.ok) readings.row(metric.days, date, null, value, metric.numbers, metric.at + 1);
        else refuse(sink, header[metric.at] as string, line, metric.at + 1, value);
      }
    },
    finish(sink) {
      for (const name of Object.keys(columns ?? {})) {
        if (!found.has(compactName(name))) {
          sink.error(name, undefined, undefined, `no table in the file has the column "${name}" next to a date`, 'missing_column', { column: name, columns: [] });
        }
      }
    },
  };
}

/** A mapped column: where it is, its KPI and the KPI's days (looked up once, not per value), and the number column it is read by. */
interface Metric {
  at: number;
  kpi: string;
  days: KpiDays;
  numbers: NumberColumn;
}

/** The mapped columns with the number column each is read by. */
function withNumbers(metrics: { at: number; kpi: string }[], header: readonly string[], readings: ColumnReadings, sink: Sink): Metric[] {
  return metrics.map((m) => ({ ...m, days: sink.tally.days(m.kpi), numbers: readings.numbers(header[m.at] as string) }));
}

/** A dated row that is its day's subtotal: the totals word alone beside its date and numbers (measurements.totals.ts). */
function isSubtotal(cells: readonly string[], besides: readonly number[]): boolean {
  for (const at of besides) if (isTotalsWordAlone(cells[at] ?? '')) return true;
  return false;
}

/** A row whose breakdown cells (campaign, ad set…) are all empty: the file's summary row. */
function isSummary(cells: readonly string[], breakdowns: readonly number[]): boolean {
  for (const at of breakdowns) if ((cells[at] ?? '').trim() !== '') return false;
  return true;
}

/**
 * A row's period beside the periods of the rows read before it (measurements.spans.ts): false for
 * the range's summary row (covers them all, and more); an overlap is refused once per earlier period.
 */
function checkSpan(spans: Spans, cells: readonly string[], date: IsoDate, line: number, sink: Sink): boolean {
  const other = spans.other.read(cells[spans.otherAt] ?? '', line, spans.otherAt);
  // A period whose other end reads two ways, or not at all, cannot be compared: the row is read by its date.
  if (other.ok !== true) return true;
  const [start, end] = spans.datedByStart ? [date, other.value] : [other.value, date];
  const check = spans.read.check(start, end, line);
  if (check.kind === 'summary') return false;
  if (check.kind === 'overlaps' && check.first) {
    sink.error(
      spans.other.name,
      line,
      spans.otherAt + 1,
      `this row covers ${start} to ${end}, which overlaps the period of line ${check.line} (${check.start} to ${check.end}) without being the same: a summary row, or rows of different periods, cannot be added up; export the file with one period per row and no summary row, or delete the line that sums the others`,
      'overlapping_periods',
      { start, end, first_line: check.line, first_start: check.start, first_end: check.end },
    );
  }
  return true;
}

/** The start and end columns of a file whose rows each carry a period: the column of the end the date column is not, and the periods read. */
interface Spans {
  otherAt: number;
  datedByStart: boolean;
  other: DateColumn;
  read: PeriodSpans;
}

/** A value read, into its column's sums: both its readings while it has two. */
function addTo(sums: ColumnSums, column: number, value: NumberCell): void {
  if (value.ok === true) sums.add(column, value.value, value.value);
  else sums.add(column, value.point, value.comma);
}
