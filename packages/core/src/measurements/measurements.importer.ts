import type { Measurement } from '../plan/plan.schema.js';
import { splitCsv, type CsvDelimiter } from './measurements.csv.js';
import { ColumnReadings } from './measurements.columns.js';
import { formatReader } from './measurements.formats.js';
import { findHeader, headerNames, isBlankRecord, isCommentRecord } from './measurements.header.js';
import { KnownKpis, Sink, type AcceptResult } from './measurements.reader.js';
import { isTotalsLabel } from './measurements.totals.js';
import { LONG_DEFAULT_COLUMNS, type MeasurementImportOptions, type MeasurementImportSummary } from './measurements.schema.js';
import { ImportTally } from './measurements.tally.js';
import { columnNames, dayRule } from './measurements.days.js';
import { RowFilter } from './measurements.filter.js';
import { FilePeriod } from './measurements.period.js';
import type { MeasurementMapping } from './measurements.schema.js';

/*
 * Turns the records of a measurement file into { kpi, date, value } rows, one record at a
 * time, so a file of a million rows is never held whole: the caller reads records from a
 * stream (createCsvReader), hands each to accept(), stores the rows it gets back, and asks
 * finish() for the summary. Kept here: counts, each KPI's value so far per day (several rows
 * of one date add up, measurements.days.ts: a row gives its day's value so far, and the last
 * one stored is the whole), and a hash per row to refuse two rows of a date nothing tells apart.
 *
 * Records whose first cell starts with '#' are comments; blank records are skipped. The
 * header is the record on options.headerLine (records above it are the file's title), else
 * the first other record. Each error names the column (path: the header's text),
 * the line and the 1-based column, with a message in plain words.
 */

export type { AcceptResult } from './measurements.reader.js';

export interface MeasurementImporter {
  /** Reads one record: the cells of one CSV row and the line it starts on. */
  accept(cells: readonly string[], line: number): AcceptResult;
  /**
   * The file is over: the rows held back until the end (their column could be read two ways
   * until then, measurements.columns.ts) and the errors only the end can tell. Store its rows
   * like accept()'s.
   */
  end(): AcceptResult;
  /** Sums up; after end(). */
  finish(): MeasurementImportSummary;
}

const DEFAULT_MAX_ERRORS = 100;

export function createMeasurementImporter(options: MeasurementImportOptions): MeasurementImporter {
  const { mapping } = options;
  const kpis = new Map(options.kpis.map((k) => [k.id, k]));
  const tally = new ImportTally(options.maxErrors ?? DEFAULT_MAX_ERRORS, (kpi) => dayRule(kpis.get(kpi) ?? { id: kpi }, columnsOf(mapping, kpi)));
  // GA4 tables are checked by date instead: the same table twice in a snapshot is no mistake.
  const sink = new Sink(tally, mapping.format !== 'ga4');
  const period = new FilePeriod(mapping, { dateOrder: 'date_order' in mapping ? mapping.date_order : undefined });
  const readings = new ColumnReadings(
    {
      decimalMark: mapping.decimal_mark,
      dateOrder: 'date_order' in mapping ? mapping.date_order : undefined,
      // GA4 writes decimal points whatever the interface language.
      locale: mapping.format === 'ga4' ? 'ga4' : (mapping.locale ?? options.locale),
      delimiter: () => options.csv?.delimiter,
    },
    sink,
  );
  const reader = formatReader(mapping, new KnownKpis(options.kpis), period, readings);
  const filter = mapping.filter ? new RowFilter(mapping.filter) : null;
  let state: 'header' | 'rows' | 'ended' | 'finished' = 'header';
  let headers = 0;

  return {
    accept(cells, line) {
      if (state === 'ended' || state === 'finished') throw new Error('the measurement import has finished');
      const comment = isCommentRecord(cells);
      if (comment || isBlankRecord(cells)) {
        tally.skip(line, comment ? 'comment' : 'blank', cells);
        if (comment) period.read(cells.join(','), line);
        if (reader.pause) {
          // A file of tables: the next record that is neither comment nor blank is a new header.
          reader.pause(comment ? cells.join(',') : null);
          if (state === 'rows') state = 'header';
        }
        return sink.take();
      }
      if (state === 'header' && headers === 0 && options.headerLine !== undefined && line < options.headerLine) {
        tally.skip(line, 'title', cells);
        period.read(cells.join(','), line);
        return sink.take();
      }
      if (state === 'header') {
        headers++;
        tally.header(line);
        const header = headerNames(cells);
        filter?.header(header, line, sink, mapping.format !== 'ga4');
        reader.header(header, line, sink);
        state = 'rows';
      } else if (filter && !filter.keeps(cells)) {
        // A totals row ("Total: account") fails any filter, but is listed as what it is, not as a row left out.
        if (cells.some(isTotalsLabel)) tally.skip(line, 'totals', cells);
        else tally.filter();
      } else {
        sink.startRecord(line, cells);
        reader.row(cells, line, sink);
      }
      return sink.take();
    },
    end() {
      if (state === 'ended' || state === 'finished') throw new Error('the measurement import has ended');
      if (headers === 0) sink.error('', undefined, undefined, 'the file has no header row', 'no_header');
      reader.finish?.(sink);
      sink.line = 0;
      readings.end();
      const header = tally.nothingRead();
      if (header !== null) {
        // A header alone (or over totals and empty cells only) stores nothing: said, never a quiet success.
        sink.error('', header, undefined, `the file has no rows with values under its header (line ${header}): nothing to import`, 'no_rows', { header_line: header });
      }
      state = 'ended';
      return sink.take();
    },
    finish() {
      if (state === 'finished') throw new Error('the measurement import has finished');
      // Rows held back and not taken would be lost without a word.
      if (state !== 'ended' && this.end().rows.length > 0) throw new Error('the rows held back until the end were not taken: call end() before finish()');
      state = 'finished';
      return tally.summary(mapping.format, readings.readings());
    },
  };
}

/** Reads a whole CSV text at once: for small files and tests. Rows repeat no KPI and date: each has the day's value (a sum of its rows, where they add up). */
export function parseMeasurementCsv(
  text: string,
  options: MeasurementImportOptions & { delimiter?: CsvDelimiter },
): { rows: Measurement[]; summary: MeasurementImportSummary; delimiter: CsvDelimiter } {
  const { records, delimiter } = splitCsv(text, { delimiter: options.delimiter });
  const importer = createMeasurementImporter({ headerLine: findHeader(records, options.mapping)?.line, csv: { delimiter }, ...options });
  const rows = new Map<string, Measurement>();
  const keep = (accepted: Measurement[]): void => {
    for (const row of accepted) rows.set(`${row.kpi}\u0000${row.date}`, row);
  };
  for (const record of records) keep(importer.accept(record.cells, record.line).rows);
  keep(importer.end().rows);
  return { rows: [...rows.values()], summary: importer.finish(), delimiter };
}

/** The columns a KPI is read from: their names may say its values are rates or averages. */
function columnsOf(mapping: MeasurementMapping, kpi: string): string[] {
  return mapping.format === 'long' ? [mapping.value_column ?? LONG_DEFAULT_COLUMNS.value] : columnNames(mapping.columns, kpi);
}
