import type { Locale } from '../shared/plan-values.js';
import type { Kpi } from '../plan/plan.schema.js';
import type { CsvDelimiter } from './measurements.csv.js';
import { dayRule } from './measurements.days.js';
import { compactName, GA4_METRIC_WORDS, isGa4TimeDimension } from './measurements.ga4.js';
import { findHeader, headerNames, isBlankRecord, isCommentRecord } from './measurements.header.js';
import { DAY_NAMES, hasName, KPI_WORD_GROUPS, MEASUREMENT_PRESETS, type MeasurementPreset, type NumberStyle, sameName } from './measurements.presets.js';
import type { MeasurementMapping } from './measurements.schema.js';
import { hasPhrase, matchColumns, sampleRecords } from './measurements.suggest.js';

/*
 * A file read as an export Kurs knows (measurements.presets.ts): its header and the lines above
 * it, the preset it is recognised as, the mapping proposed for the plan's KPIs, and what its
 * mapping is remembered under for the next file of the same source.
 */

/** The header of a file and what stands above it, read from its first kilobytes. */
export interface SourceSample {
  header: string[];
  /** The header's line (1-based). */
  line: number;
  delimiter: CsvDelimiter;
  /** The records above the header (comments, titles), their cells joined. */
  above: string[];
  /** The headers of the sample's tables: a GA4 file's each follows a blank or comment line; another file has one. */
  tables: string[][];
}

/**
 * The header of a file's first kilobytes, and the lines above it: after GA4's '#' comments the
 * first record, else the header findHeader finds by the table's shape. Null without one.
 */
export function readSource(sample: string): SourceSample | null {
  const { records, delimiter } = sampleRecords(sample);
  const commented = records.slice(0, 30).some((r) => isCommentRecord(r.cells));
  const header = findHeader(records, commented ? { format: 'ga4', columns: {} } : undefined);
  if (!header) return null;
  const above = records.filter((r) => r.line < header.line && !isBlankRecord(r.cells)).map((r) => r.cells.join(',').replace(/^\uFEFF/, '').trim());
  const breaks = (at: number) => at === 0 || isBlankRecord(records[at - 1]!.cells) || isCommentRecord(records[at - 1]!.cells);
  const tables = commented
    ? records.filter((r, at) => r.line >= header.line && !isBlankRecord(r.cells) && !isCommentRecord(r.cells) && breaks(at)).map((r) => headerNames(r.cells))
    : [headerNames(header.cells)];
  return { header: headerNames(header.cells), line: header.line, delimiter, above, tables };
}

/** A preset the file is recognised as: its language, and the header cell that dates its rows. */
export interface RecognisedPreset {
  preset: MeasurementPreset;
  /** The language of the header's names (undefined when nothing tells). */
  language: Locale | undefined;
  /** The header cell of its date column; undefined when the file is one period. */
  dateColumn: string | undefined;
}

/** The first preset whose header cells (and comment lines) the file has; null when none fits. */
export function recognisePreset(source: SourceSample): RecognisedPreset | null {
  for (const preset of MEASUREMENT_PRESETS) {
    if (preset.above && !preset.above(source.above)) continue;
    if (!preset.above && source.above.some((l) => l.startsWith('#'))) continue;
    if (!preset.has.every((n) => source.header.some((cell) => hasName(n, cell)))) continue;
    if (preset.lacks?.some((n) => source.header.some((cell) => hasName(n, cell)))) continue;
    const dateColumn = dateColumnOf(preset, source.header);
    // A daily report's columns are a campaign report's and its date.
    if (preset.dates.length > 0 && dateColumn === undefined) continue;
    return { preset, language: languageOf(preset, source.header), dateColumn };
  }
  return null;
}

function dateColumnOf(preset: MeasurementPreset, header: readonly string[]): string | undefined {
  if (preset.format === 'ga4') return header.find(isGa4TimeDimension) ?? header.find((cell) => hasName(DAY_NAMES, cell));
  for (const columnNames of preset.dates) {
    const cell = header.find((c) => hasName(columnNames, c));
    if (cell !== undefined) return cell;
  }
  return undefined;
}

/** The language most of the header's known names are in ("Klikk", "Visn." → nb); the letters of a sheet's words tell the rest. */
function languageOf(preset: MeasurementPreset, header: readonly string[]): Locale | undefined {
  const all = [...preset.has, ...preset.dates, ...preset.breakdowns, ...preset.metrics.map((m) => m.names)];
  const count = new Map<Locale, number>();
  for (const cell of header) {
    for (const language of ['en', 'nb', 'sv', 'da'] as const) {
      if (all.some((n) => n[language]?.some((name) => sameName(name, cell)))) count.set(language, (count.get(language) ?? 0) + 1);
    }
  }
  const text = header.join(' ').toLowerCase();
  // Letters only one of the three languages writes.
  if (/[äö]/.test(text)) count.set('sv', (count.get('sv') ?? 0) + 1);
  if (/[æ]/.test(text)) count.set('da', (count.get('da') ?? 0) + 1);
  let best: Locale | undefined;
  for (const [language, n] of count) if (best === undefined || n > (count.get(best) ?? 0)) best = language;
  return best;
}

/** A KPI as the proposal needs it: its unit and aggregation say which columns may feed it. */
export type ProposalKpi = Pick<Kpi, 'id' | 'name'> & Partial<Pick<Kpi, 'unit' | 'aggregation'>>;

/**
 * The mapping a recognised export is imported with unless the person changes it: its date column
 * (or the period of its title lines), its metrics matched to the plan's KPIs by id, name, then
 * the words such a KPI is called (a KPI naming another tool is passed over), a rate or average
 * only to a KPI that is not added up and never beside a breakdown (a row per campaign) where it
 * would be refused, and how the tool writes numbers and dates.
 */
export function proposeMapping(recognised: RecognisedPreset, source: SourceSample, kpis: readonly ProposalKpi[]): MeasurementMapping {
  const { preset, language, dateColumn } = recognised;
  const metricOf = (cell: string) => preset.metrics.find((m) => hasName(m.names, cell));
  const dated = (cell: string) => cell === dateColumn || isGa4TimeDimension(cell);
  /** A table's columns that measure, and whether a dimension beside its date (a campaign, a channel) splits a date into rows. */
  const read = (header: readonly string[]) => {
    // GA4 writes a table's dimensions before its metrics, whatever they are.
    const firstMetric = header.findIndex((cell) => metricOf(cell) !== undefined);
    const isBreakdown = (cell: string, at: number) => preset.breakdowns.some((n) => hasName(n, cell)) || (preset.format === 'ga4' && at < firstMetric && !dated(cell));
    return { timed: header.some(dated), split: header.some(isBreakdown), columns: header.filter((cell, at) => cell !== '' && !dated(cell) && !isBreakdown(cell, at)) };
  };
  // GA4 reads the tables with a time dimension (one split by another dimension repeats its dates: refused), or, without any, the period of the first.
  const all = (preset.format === 'ga4' ? source.tables : [source.header]).map(read);
  const ga4Period = preset.format === 'ga4' && !all.some((t) => t.timed);
  const tables = preset.format !== 'ga4' ? all : ga4Period ? all.slice(0, 1) : all.filter((t) => t.timed && !t.split);
  const splitByRow = tables.some((t) => t.split);
  const columns = [...new Set(tables.flatMap((t) => t.columns))];
  const matched = matchColumns(columns, kpis, {
    words: (cell) => metricOf(cell)?.words ?? GA4_METRIC_WORDS.get(compactName(cell)) ?? KPI_WORD_GROUPS.find((group) => group.some((word) => hasPhrase(cell, word))),
    fits: (cell, kpi) => {
      // Rows of a campaign or channel each: the column must be one whose rows of a day add up for this KPI (else the import refuses it).
      if (splitByRow && !dayRule(kpi, [cell]).sums) return false;
      const kind = metricOf(cell)?.kind;
      if (kind === 'ratio') return !addsUp(kpi);
      if (kind === 'additive') return kpi.unit !== 'percent' && kpi.unit !== 'ratio' && kpi.aggregation !== 'average' && kpi.aggregation !== 'last';
      return true;
    },
    prefer: (holding) => preferred(preset, holding),
  });

  if (preset.format === 'ga4') {
    return {
      format: 'ga4',
      columns: matched,
      // A GA4 interface in another language names its date column itself ("Dato").
      ...(dateColumn !== undefined && !isGa4TimeDimension(dateColumn) ? { date_column: dateColumn } : {}),
      ...(ga4Period ? { period: 'file' as const } : {}),
    };
  }
  const filterColumn = preset.filter && source.header.find((cell) => hasName(preset.filter!.column, cell));
  const mapping: MeasurementMapping = {
    format: 'wide',
    ...(dateColumn !== undefined ? { date_column: dateColumn } : { period: 'file' as const }),
    columns: matched,
    ...(filterColumn !== undefined && preset.filter ? { filter: { [filterColumn]: preset.filter.value } } : {}),
    ...numberReading(preset.numbers, language, source.delimiter),
    ...(preset.dateOrder ? { date_order: preset.dateOrder } : {}),
  };
  return mapping;
}

/**
 * The KPI a column of this tool feeds, among those called by the column's word: one that names
 * the tool, else its channel ("Ad clicks" for Google Ads), else one that names no other tool or
 * channel ("Search clicks" is not Google Ads' and "Google Ads clicks" not Meta's).
 */
function preferred<K extends ProposalKpi>(preset: MeasurementPreset, holding: readonly K[]): K | undefined {
  const holds = (k: K, words: readonly string[]) => words.some((word) => hasPhrase(`${k.name} ${k.id}`, word));
  const own = preset.brands;
  const channel = preset.channels ?? [];
  const other = (words: (p: MeasurementPreset) => readonly string[] | undefined) =>
    MEASUREMENT_PRESETS.flatMap((p) => words(p) ?? []).filter((w) => !own.includes(w) && !channel.includes(w));
  const otherBrands = other((p) => p.brands);
  const otherChannels = other((p) => p.channels);
  const candidates = holding.filter((k) => holds(k, own) || !holds(k, otherBrands));
  return candidates.find((k) => holds(k, own)) ?? candidates.find((k) => holds(k, channel)) ?? candidates.find((k) => !holds(k, otherChannels));
}

/** Whether a KPI's values add up over the rows of a day, as its unit and aggregation say (measurements.days.ts decides the import). */
function addsUp(kpi: ProposalKpi): boolean {
  if (kpi.aggregation !== undefined) return kpi.aggregation === 'sum';
  return kpi.unit === 'count' || kpi.unit === 'currency' || kpi.unit === 'duration_s';
}

/**
 * How the proposal hints at the numbers: a tool that writes plain numbers has a decimal point,
 * as long as the file is still the tool's (a ',' file: one saved again by a Nordic spreadsheet
 * is a ';' file and decides by its values); a tool or sheet that writes its language's numbers
 * gives that language as the locale, a hint the importer weighs with the delimiter.
 */
function numberReading(style: NumberStyle, language: Locale | undefined, delimiter: CsvDelimiter): Pick<Extract<MeasurementMapping, { format: 'wide' }>, 'decimal_mark' | 'locale'> {
  if (style === 'plain') return delimiter === ',' ? { decimal_mark: '.' } : {};
  return language === undefined ? {} : { locale: language };
}

/**
 * What the mapping of a file is remembered under: the export's preset (next month's download of a
 * report has its header), else, for a sheet of its maker's own columns or a file no preset knows,
 * `header:` and the fingerprint of its header.
 */
export function sourceKey(recognised: RecognisedPreset | null, header: readonly string[]): string {
  return recognised && !recognised.preset.ownColumns ? recognised.preset.id : `header:${headerFingerprint(header)}`;
}

/**
 * A short fingerprint of a header's cells (their letters and digits, in order), to remember the
 * mapping of a file no preset knows: next month's export of the same sheet has the same header.
 */
export function headerFingerprint(header: readonly string[]): string {
  const text = header.map(compactName).join('|');
  // cyrb53: 53 bits, plenty to tell the headers of one plan apart.
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
