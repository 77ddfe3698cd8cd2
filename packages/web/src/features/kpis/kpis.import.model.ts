import type { Locale, MeasurementFormat, MeasurementMapping } from '@kurs/core';

export type Delimiter = ',' | ';' | '\t';

/**
 * The header of a measurement file from its first kilobytes, for the mapping step's column
 * lists: the first line that is neither blank nor a comment (`#`, as GA4 writes), split on
 * the delimiter it uses most. (The server reads the file properly; this only names columns.)
 */
export function readHeader(sample: string): { cells: string[]; delimiter: Delimiter } | null {
  const lines = sample.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const line = lines.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#') && l.replace(/[,;\t\s"]/g, '') !== '');
  if (line === undefined) return null;
  const delimiter = ([';', '\t', ','] as const)
    .map((d) => ({ d, n: splitLine(line, d).length }))
    .reduce((best, next) => (next.n > best.n ? next : best)).d;
  return { cells: splitLine(line, delimiter).map((c) => c.trim()), delimiter };
}

function splitLine(line: string, delimiter: Delimiter): string[] {
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
 * The server's guess at a mapping reads numbers the English way unless told otherwise. A
 * plan's own files are written the way its company writes numbers, so a plan in Norwegian,
 * Swedish or Danish reads "1 234,5" as its people mean it.
 */
export function withPlanLocale(mapping: MeasurementMapping, planLocale: Locale | undefined): MeasurementMapping {
  if (mapping.format === 'ga4' || mapping.locale !== undefined || !planLocale || planLocale === 'en') return mapping;
  return { ...mapping, locale: planLocale };
}

/**
 * The mapping in another format, keeping what carries over: the date column, the column →
 * KPI pairs and the way numbers are written.
 */
export function changeFormat(mapping: MeasurementMapping, format: MeasurementFormat): MeasurementMapping {
  if (mapping.format === format) return mapping;
  const columns = 'columns' in mapping ? mapping.columns : {};
  const reading = mapping.format === 'ga4' ? {} : { locale: mapping.locale, date_order: mapping.date_order };
  const dateColumn = mapping.date_column;
  if (format === 'long') return clean({ format, date_column: dateColumn, ...reading });
  if (format === 'wide') return clean({ format, date_column: dateColumn, columns, ...reading });
  return clean({ format, columns, date_column: dateColumn });
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
