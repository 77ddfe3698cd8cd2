import type { CsvDelimiter, KpiImportCount, MeasurementFormat, MeasurementImportSummary, MeasurementMapping, SkippedLine, TextEncoding } from '@kurs/core';
import type { MappingDropped } from './kpis.types';

/** How much of a file the mapping step reads for its column names. */
export const SAMPLE_BYTES = 64 * 1024;

/** The start of a file as text, in the encoding the server found it written in (UTF-8's byte order mark dropped). */
export function sampleText(bytes: ArrayBuffer, encoding: TextEncoding): string {
  return new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding).decode(bytes, { stream: true });
}

/**
 * The cells of the header the server found (its line, 1-based, and the file's delimiter), for the
 * mapping step's column lists. The server reads the file properly; this only names the columns,
 * so a title above the header or GA4's comment lines do not end up as column names.
 */
export function headerAt(text: string, line: number | null, delimiter: CsvDelimiter): string[] {
  if (line === null) return [];
  const record = text.split(/\r\n|\n|\r/)[line - 1];
  return record === undefined ? [] : splitLine(record, delimiter).map((c) => c.trim());
}

function splitLine(line: string, delimiter: CsvDelimiter): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/**
 * The mapping in another format, keeping what carries over: the date column, the column →
 * KPI pairs, the filter, the period and the way numbers and dates are written (as far as the
 * new format has them: GA4 files write plain numbers and ISO dates).
 */
export function changeFormat(mapping: MeasurementMapping, format: MeasurementFormat): MeasurementMapping {
  if (mapping.format === format) return mapping;
  const columns = 'columns' in mapping ? mapping.columns : {};
  const shared = { date_column: mapping.date_column, filter: mapping.filter, decimal_mark: mapping.decimal_mark };
  const reading = mapping.format === 'ga4' ? {} : { locale: mapping.locale, date_order: mapping.date_order };
  const period = 'period' in mapping ? mapping.period : undefined;
  if (format === 'long') return clean({ format, ...shared, ...reading });
  if (format === 'wide') return clean({ format, ...shared, columns, period, ...reading });
  return clean({ format, ...shared, columns, period });
}
/** Maps `column` to `kpi`, or takes it out of the import when `kpi` is null. */
export function mapColumn(mapping: MeasurementMapping, column: string, kpi: string | null): MeasurementMapping {
  if (mapping.format === 'long') return mapping;
  const columns = { ...mapping.columns };
  if (kpi === null) delete columns[column];
  else columns[column] = kpi;
  return { ...mapping, columns };
}

/** Sets or removes one optional field of the mapping. */
export function setField<K extends string>(mapping: MeasurementMapping, field: K, value: string | undefined): MeasurementMapping {
  return clean({ ...mapping, [field]: value } as MeasurementMapping);
}

// The server refuses fields it does not know, and an unset field is better left out than sent empty.
function clean<T extends object>(mapping: T): T {
  return Object.fromEntries(Object.entries(mapping).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** The mapping's filter as the one column and cell text the mapping step edits; null without one. */
export function filterOf(mapping: MeasurementMapping): { column: string; value: string } | null {
  const [first] = Object.entries(mapping.filter ?? {});
  return first ? { column: first[0], value: first[1] } : null;
}

/**
 * Keeps only the rows whose `column` holds `value` (one campaign of a per-campaign report); no
 * column takes the filter away. A value not typed yet keeps the column chosen, sent as no filter
 * until there is one (an empty text would keep the rows whose cell is empty).
 */
export function setFilter(mapping: MeasurementMapping, column: string | null, value: string): MeasurementMapping {
  return clean({ ...mapping, filter: column === null ? undefined : { [column]: value } });
}

/** The mapping as sent: a filter whose text is not typed yet, and a period given without its end, are left out. */
export function mappingToSend(mapping: MeasurementMapping): MeasurementMapping {
  const filter = Object.fromEntries(
    Object.entries(mapping.filter ?? {})
      .map(([column, value]) => [column, value.trim()])
      .filter(([, value]) => value !== ''),
  );
  const period = 'period' in mapping && (mapping.period === 'file' || mapping.period?.end) ? mapping.period : undefined;
  return clean({ ...mapping, filter: Object.keys(filter).length ? filter : undefined, period });
}

/**
 * The choices the form holds but does not send yet: a filter column without its text, and a
 * given period without its end. The form keeps them and says so beside them.
 */
export function unsentChoices(mapping: MeasurementMapping): { filter: boolean; period: boolean } {
  const filter = Object.values(mapping.filter ?? {}).some((value) => value.trim() === '');
  const period = 'period' in mapping && typeof mapping.period === 'object' && !mapping.period.end;
  return { filter, period };
}

/**
 * The mapping the server answered with, with the choices of the form it left out because they
 * were not complete (`mappingToSend`) put back, so that checking again does not take them away.
 */
export function keepUnsent(answered: MeasurementMapping, form: MeasurementMapping): MeasurementMapping {
  if (answered.format !== form.format) return answered;
  const unsent = unsentChoices(form);
  const filter = unsent.filter && answered.filter === undefined ? form.filter : answered.filter;
  if (answered.format === 'long' || !('period' in form)) return clean({ ...answered, filter });
  const period = unsent.period && answered.period === undefined ? form.period : answered.period;
  return clean({ ...answered, filter, period });
}

/** Where the values' dates come from: the date column, or one period for a file without dates, named in the file or given. */
export type PeriodChoice = 'column' | 'file' | 'given';

export function periodOf(mapping: MeasurementMapping): { choice: PeriodChoice; start: string; end: string } {
  const period = 'period' in mapping ? mapping.period : undefined;
  if (period === undefined) return { choice: 'column', start: '', end: '' };
  if (period === 'file') return { choice: 'file', start: '', end: '' };
  return { choice: 'given', start: period.start ?? '', end: period.end };
}

/** Sets where the values' dates come from; a given period keeps the dates typed so far (the start may stay empty). */
export function setPeriod(mapping: MeasurementMapping, choice: PeriodChoice, dates: { start: string; end: string } = { start: '', end: '' }): MeasurementMapping {
  if (mapping.format === 'long') return mapping;
  const period = choice === 'column' ? undefined : choice === 'file' ? 'file' : { ...(dates.start ? { start: dates.start } : {}), end: dates.end };
  return clean({ ...mapping, period } as MeasurementMapping);
}

/**
 * The key of a recognised export in the catalogue's select of export names and notes
 * (`kpis.import.presetName`): ICU keys cannot hold a hyphen. An export the catalogue does not
 * name yet falls to `other`, the server's English.
 */
export function presetKey(preset: string): string {
  return preset.replace(/-/g, '_');
}

/**
 * What the preview says of a remembered mapping's decimal mark and date order left out because
 * the file is written with another delimiter (the server's `mapping_dropped`): which of them, and
 * the delimiter of the file it was remembered from (`unknown` when not kept).
 */
export function droppedToShow(dropped: MappingDropped): { fields: 'decimal_mark' | 'date_order' | 'both'; before: ReturnType<typeof delimiterName> | 'unknown' } {
  const [field, other] = dropped.fields;
  const fields = field === undefined || other !== undefined ? 'both' : field;
  return { fields, before: dropped.delimiter === null ? 'unknown' : delimiterName(dropped.delimiter) };
}

/** The word for a delimiter, for the catalogue's `kpis.import.delimiter.<name>`. */
export function delimiterName(delimiter: CsvDelimiter): 'comma' | 'semicolon' | 'tab' {
  return delimiter === ';' ? 'semicolon' : delimiter === '\t' ? 'tab' : 'comma';
}

/** How many of the lines passed over the preview lists; the rest are counted. */
export const SKIPPED_SHOWN = 5;

/**
 * The lines passed over as the preview shows them: the first ones listed with why, and how many
 * more there are. `unlisted` when some were never listed (blank lines are only counted, and the
 * summary lists the first hundred).
 */
export function skippedToShow(summary: Pick<MeasurementImportSummary, 'skipped' | 'skipped_lines'>, shown = SKIPPED_SHOWN): { lines: SkippedLine[]; more: number; unlisted: boolean } {
  const lines = summary.skipped_lines.slice(0, shown);
  return { lines, more: summary.skipped - lines.length, unlisted: summary.skipped > summary.skipped_lines.length };
}

/**
 * What the preview says the import stores for a KPI: its values (one per date), first and last
 * date, and the sum of the values when they add up (the engine's `summed`), else the last one.
 */
export function kpiToStore(count: KpiImportCount): { values: number; from: string; to: string; total: { kind: 'sum' | 'last'; value: number } } {
  return {
    values: count.days,
    from: count.from,
    to: count.to,
    total: count.summed ? { kind: 'sum', value: count.sum } : { kind: 'last', value: count.last },
  };
}
