import type { Kpi } from '../plan/plan.schema.js';
import { createCsvReader, detectDelimiter, type CsvDelimiter, type CsvRecord } from './measurements.csv.js';
import { compactName, GA4_METRIC_WORDS, isGa4TimeDimension } from './measurements.ga4.js';
import { findHeader, headerNames } from './measurements.header.js';
import type { MeasurementMapping } from './measurements.schema.js';

/*
 * A first guess at how to read a file, from its header, for the web app's mapping step: the
 * person checks and corrects it. Columns are matched to KPIs by exact id, then by id or name
 * ignoring case and punctuation, then (for GA4 metric names such as "Sessions") by the words a
 * KPI measuring the same thing is likely called ("visits", "besøk"). A KPI is used once.
 */

const KPI_WORDS = ['kpi', 'kpiid', 'kpiname', 'indicator', 'metric', 'measure', 'nøkkeltall', 'nyckeltal', 'nøgletal', 'måltall'];
const VALUE_WORDS = ['value', 'verdi', 'värde', 'værdi', 'amount', 'antall', 'antal', 'count', 'number', 'tall'];
const DATE_WORDS = [
  'date',
  'dato',
  'datum',
  'day',
  'dag',
  'period',
  'periode',
  'month',
  'måned',
  'månad',
  'week',
  'uke',
  'vecka',
  'uge',
  'year',
  'år',
];

export function suggestMapping(header: readonly string[], kpis: readonly Pick<Kpi, 'id' | 'name'>[]): MeasurementMapping {
  const cells = headerNames(header);
  const names = cells.map(compactName);
  const find = (words: readonly string[]): string | undefined => {
    for (const word of words) {
      const at = names.indexOf(word);
      if (at !== -1) return cells[at];
    }
    return undefined;
  };

  const timeColumn = cells.find(isGa4TimeDimension);
  const dateColumn = timeColumn ?? find(DATE_WORDS);
  const kpiColumn = find(KPI_WORDS);
  const valueColumn = find(VALUE_WORDS);
  if (kpiColumn && valueColumn && dateColumn) {
    return { format: 'long', kpi_column: kpiColumn, date_column: dateColumn, value_column: valueColumn };
  }

  const others = cells.filter((c) => c !== '' && c !== dateColumn);
  const columns = matchColumns(others, kpis);
  const ga4 =
    timeColumn !== undefined && (!DATE_WORDS.includes(compactName(timeColumn)) || others.some((c) => GA4_METRIC_WORDS.has(compactName(c))));
  if (ga4) return { format: 'ga4', columns };
  return dateColumn === undefined ? { format: 'wide', columns } : { format: 'wide', date_column: dateColumn, columns };
}

/** How matchColumns reads a column: the words a KPI measuring it is likely called, and whether a KPI may take it. */
export interface ColumnMatching<K> {
  /** Phrases, best first ("visits", "besøk"); by default GA4's metric names. */
  words?: (column: string) => readonly string[] | undefined;
  /** False when the KPI cannot be read from the column (a rate into a KPI that adds up); by default any. */
  fits?: (column: string, kpi: K) => boolean;
  /** Among KPIs that hold a column's word, the one to take first; by default the first. */
  prefer?: (kpis: readonly K[]) => K | undefined;
}

/**
 * Columns matched to KPIs (column → KPI id): by exact id, then by id or name ignoring case and
 * punctuation, then by the words a KPI measuring the column is likely called. A KPI is used once.
 */
export function matchColumns<K extends Pick<Kpi, 'id' | 'name'>>(columns: readonly string[], kpis: readonly K[], options: ColumnMatching<K> = {}): Record<string, string> {
  const words = options.words ?? ((column: string) => GA4_METRIC_WORDS.get(compactName(column)));
  const fits = options.fits ?? (() => true);
  const result = new Map<string, string>();
  const free = new Set(kpis);
  const assign = (column: string, kpi: K): void => {
    result.set(column, kpi.id);
    free.delete(kpi);
  };
  const open = (): string[] => columns.filter((c) => !result.has(c));
  const candidates = (column: string): K[] => [...free].filter((k) => fits(column, k));

  // Exact ids first, so that a looser match elsewhere cannot take them.
  for (const column of open()) {
    const kpi = candidates(column).find((k) => k.id === column);
    if (kpi) assign(column, kpi);
  }
  for (const column of open()) {
    const name = compactName(column);
    const kpi = candidates(column).find((k) => compactName(k.id) === name || compactName(k.name) === name);
    if (kpi) assign(column, kpi);
  }
  for (const column of open()) {
    for (const word of words(column) ?? []) {
      const holding = candidates(column).filter((k) => hasPhrase(k.name, word) || hasPhrase(k.id, word));
      const kpi = options.prefer ? options.prefer(holding) : holding[0];
      if (kpi) {
        assign(column, kpi);
        break;
      }
    }
  }
  return Object.fromEntries(result);
}

/** True when `text` holds `phrase` as whole words ("Webshop visits" holds "visits"). */
export function hasPhrase(text: string, phrase: string): boolean {
  const words = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  return words(text).includes(words(phrase));
}

/**
 * The header of a CSV text, from its beginning (the first kilobytes are enough): found by
 * findHeader (the columns the mapping names, else the shape of the table below it), with its
 * line and the delimiter. Null when the sample has none.
 */
export function readCsvHeader(sample: string, mapping?: MeasurementMapping): { header: string[]; line: number; delimiter: CsvDelimiter } | null {
  const { records, delimiter } = sampleRecords(sample);
  const header = findHeader(records, mapping);
  if (!header) return null;
  return { header: header.cells.map((c) => c.trim()), line: header.line, delimiter };
}

/** The whole records of a file's first kilobytes, and its delimiter. */
export function sampleRecords(sample: string): { records: CsvRecord[]; delimiter: CsvDelimiter } {
  const delimiter = detectDelimiter(sample);
  const reader = createCsvReader({ delimiter });
  const records: CsvRecord[] = reader.push(sample);
  try {
    records.push(...reader.end());
  } catch {
    // A sample cut inside a quoted cell: the records before it are still whole.
  }
  return { records, delimiter };
}
