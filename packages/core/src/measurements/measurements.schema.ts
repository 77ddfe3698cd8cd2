import { z } from 'zod';
import { idSchema, isoDateSchema, LOCALES, type Locale } from '../plan/plan.schema.js';
import type { FieldError } from '../shared/errors.js';
import type { IsoDate } from '../shared/dates.js';
import type { CsvDelimiter } from './measurements.csv.js';
import type { ImportKpi } from './measurements.days.js';
import { DECIMAL_MARKS } from './measurements.numbers.js';

/*
 * How to read one measurement file: its shape, which column holds what, and how its
 * numbers and dates are written. The web app's mapping step builds it (suggestMapping
 * gives the first guess) and the server passes it to createMeasurementImporter.
 */

export const MEASUREMENT_FORMATS = ['long', 'wide', 'ga4'] as const;
export type MeasurementFormat = (typeof MEASUREMENT_FORMATS)[number];

export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

const columnName = z.string({ error: 'must be a column name' }).trim().min(1, 'must not be empty');
/** Column name in the file → KPI id. */
const columnsToKpis = z.record(columnName, idSchema, { error: 'must map column names to KPI ids' });

/**
 * Only the rows whose cells in these columns are these values, after trimming (one campaign of
 * a per-campaign report): `{ "Campaign name": "Spring sale" }`. Rows left out are counted.
 */
const filter = z.record(columnName, z.string({ error: 'must be the text of a cell' }).trim(), { error: 'must map column names to cell texts' });

/**
 * For a file without a date column (a report of one period: GA4 without a time dimension, Search
 * Console by query or page, a campaign report): "file" takes the period from the file's
 * comment or title lines ("# Start date: 20250101" / "# End date: 20250131", "January 1, 2025 -
 * January 31, 2025"); `{ start, end }` gives it. Each KPI gets one value, dated at the end.
 */
const period = z.union([z.literal('file'), z.strictObject({ start: isoDateSchema.optional(), end: isoDateSchema })], {
  error: 'must be "file" or { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" }',
});

/**
 * The decimal mark of the file's numbers ('.' or ','), for a column whose numbers all read two
 * ways ("1.234", "12,345"); without it each column decides from its values and the file
 * (measurements.columns.ts).
 */
const decimalMark = z.enum(DECIMAL_MARKS, { error: 'must be "." or ","' }).optional();

const reading = {
  /** The language the file's numbers are written in: a hint to the decimal mark (the plan's when not given). */
  locale: z.enum(LOCALES, { error: `must be one of: ${LOCALES.join(', ')}` }).optional(),
  decimal_mark: decimalMark,
  /** For "03/04/2027": day first (dmy) or month first (mdy). Without it a column of such dates only is refused as ambiguous. */
  date_order: z.enum(DATE_ORDERS, { error: 'must be dmy or mdy' }).optional(),
};

export const longMappingSchema = z.strictObject({
  format: z.literal('long'),
  kpi_column: columnName.optional(),
  date_column: columnName.optional(),
  value_column: columnName.optional(),
  filter: filter.optional(),
  ...reading,
});

export const wideMappingSchema = z.strictObject({
  format: z.literal('wide'),
  date_column: columnName.optional(),
  columns: columnsToKpis,
  /** What to do with a column that maps to no KPI: ignore it (listed in the summary) or report it as an error. */
  unmapped: z.enum(['ignore', 'report'], { error: 'must be ignore or report' }).optional(),
  filter: filter.optional(),
  /**
   * The columns that split a date into rows (a campaign, a channel): a row with all of them empty
   * is the file's summary row, skipped. Without it, in a file whose rows carry a period (a start
   * and an end column, as Meta's), the header's columns a preset knows as such (measurements.presets.ts).
   */
  breakdowns: z.array(columnName, { error: 'must be a list of column names' }).optional(),
  period: period.optional(),
  ...reading,
});

export const ga4MappingSchema = z.strictObject({
  format: z.literal('ga4'),
  /** GA4 metric column ("Sessions") → KPI id. */
  columns: columnsToKpis,
  /** Only when the time column has a name Kurs does not know (a GA4 export in another language). */
  date_column: columnName.optional(),
  filter: filter.optional(),
  /** Read the tables without a time dimension as the report's period (tables with one are passed over). */
  period: period.optional(),
  /** Only for a GA4 file saved again by a spreadsheet that wrote its numbers anew. */
  decimal_mark: decimalMark,
});

export const measurementMappingSchema = z.discriminatedUnion('format', [longMappingSchema, wideMappingSchema, ga4MappingSchema], {
  error: 'format must be one of: long, wide, ga4',
});

export type LongMapping = z.infer<typeof longMappingSchema>;
export type WideMapping = z.infer<typeof wideMappingSchema>;
export type Ga4Mapping = z.infer<typeof ga4MappingSchema>;
export type MeasurementMapping = z.infer<typeof measurementMappingSchema>;

/** The column names a long file has when the mapping does not name them. */
export const LONG_DEFAULT_COLUMNS = { kpi: 'kpi', date: 'date', value: 'value' } as const;
export const WIDE_DEFAULT_DATE_COLUMN = 'date';

export interface MeasurementImportOptions {
  mapping: MeasurementMapping;
  /**
   * The plan's KPIs: a row for any other KPI id is an error. Their unit and aggregation say
   * whether several rows of one date add up (measurements.days.ts: dayRule).
   */
  kpis: readonly ImportKpi[];
  /** How many errors the summary keeps (all are counted). Default 100. */
  maxErrors?: number;
  /**
   * The line of the header, found in the file's first records (readCsvHeader, findHeader):
   * records above it are the file's title, skipped. Without it the first record that is
   * neither a comment nor blank is the header.
   */
  headerLine?: number;
  /** The plan's locale: a hint to the decimal mark when the mapping gives none. */
  locale?: Locale | undefined;
  /** The reader the records come from (createCsvReader), or { delimiter }: a ';' file writes decimal commas, a ',' file decimal points. */
  csv?: { readonly delimiter: CsvDelimiter | undefined };
}

/** How a column's numbers or dates were read, when they could be read more than one way. */
export interface ColumnReading {
  column: string;
  reading: 'decimal_point' | 'decimal_comma' | 'day_first' | 'month_first' | 'excel_serial';
  /** What decided: the mapping, a value of the column (line, value), the file's other columns, or its delimiter. */
  by: 'mapping' | 'value' | 'other_columns' | 'delimiter';
  line?: number;
  value?: string;
}

/** Why a record was passed over. */
export const SKIP_REASONS = [
  'blank', // counted, not listed
  'comment', // starts with '#'
  'title', // above the header: a report's title or date range
  'totals', // a totals row: "Total", "Grand total", "Total: account", "Summa", "Totalt", "I alt", or GA4's empty dimension
  'sum', // a row without a date whose numbers are the sums of the rows above it
  'no_table', // a row of a table that gives no measurements (a GA4 table without a time dimension or mapped column)
  'unread', // a row under a header that lacks a column the mapping needs (the header's error says which)
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** A record passed over: its line, why, and its text (cells joined, shortened). */
export interface SkippedLine {
  line: number;
  reason: SkipReason;
  text: string;
}

/** What the import found for one KPI. */
export interface KpiImportCount {
  kpi: string;
  /** Rows read for this KPI. */
  rows: number;
  /** Values stored: one per date. */
  days: number;
  /** Rows added to a date an earlier row had (rows - days). */
  replaced: number;
  /** Whether rows of one date are summed (else a second one is refused). */
  summed: boolean;
  from: IsoDate;
  to: IsoDate;
  /** The sum of the values stored (one per date): for the preview, beside the file's own total. */
  sum: number;
  /** The value stored for the last date. */
  last: number;
}

export interface MeasurementImportSummary {
  format: MeasurementFormat;
  /** Measurements read, counting each row of a KPI and date. */
  rows: number;
  /** Rows added to the value of a KPI and date an earlier row had: rows - replaced values are stored. */
  replaced: number;
  kpis: KpiImportCount[];
  from: IsoDate | null;
  to: IsoDate | null;
  /** Comment lines, blank lines and totals rows passed over. */
  skipped: number;
  /** The first of them but blank lines (at most 100), in file order, with why. */
  skipped_lines: SkippedLine[];
  /** The line of the (first) header; null when the file has none. */
  header_line: number | null;
  /** Rows the mapping's filter left out. */
  filtered: number;
  /** Records alike in every cell but their values to an earlier one of the same date, refused (a file exported twice into one, a correction). */
  repeated_records: number;
  /** The period of a file without dates, and where it was found; every value is dated at its end. */
  period?: ImportPeriod;
  /** Header cells no KPI is mapped to (wide and GA4 files). */
  ignored_columns: string[];
  /** How the columns whose values read more than one way were read (decimal mark, date order, Excel dates). */
  readings: ColumnReading[];
  error_count: number;
  /** The first errors, in file order (at most maxErrors). */
  errors: FieldError[];
}

export interface ImportPeriod {
  start: IsoDate | null;
  end: IsoDate;
  /** The line it was read from; null when the mapping gave it. */
  line: number | null;
}
