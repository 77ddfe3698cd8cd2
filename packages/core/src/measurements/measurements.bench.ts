import { bench, describe } from 'vitest';
import { addDays } from '../shared/dates.js';
import { createByteDecoder, createCsvReader, createMeasurementImporter, type CsvRecord, type MeasurementMapping } from '../index.js';

/*
 * A million records through the path the server takes: text in 64 KiB pieces → reader →
 * importer. Run with `npx vitest bench --project core packages/core/src/measurements`.
 */

const RECORDS = 1_000_000;
const CHUNK = 64 * 1024;
// Counts that add up: the wide file has a row per day and campaign, summed per day.
const kpis = Array.from({ length: 20 }, (_, i) => ({ id: `kpi-${i}`, aggregation: 'sum' as const }));

/** 20 KPIs × 50 000 days, dates in order as exports write them. */
function longText(nordic: boolean): string {
  const lines = [nordic ? 'kpi;dato;verdi' : 'kpi,date,value'];
  for (let i = 0; i < RECORDS; i++) {
    const date = addDays('1900-01-01', Math.floor(i / kpis.length));
    const value = (i * 7919) % 1_000_000;
    lines.push(
      nordic
        ? `kpi-${i % kpis.length};${date.slice(8)}.${date.slice(5, 7)}.${date.slice(0, 4)};${Math.floor(value / 100)},${value % 100}`
        : `kpi-${i % kpis.length},${date},${value / 100}`,
    );
  }
  return lines.join('\n') + '\n';
}

/** One row per day and campaign, one column per KPI: a million records of 20 values (20 campaigns of 50 000 days, their rows of a day summed). */
function wideText(): string {
  const lines = ['date,campaign,' + kpis.map((k) => k.id).join(',')];
  for (let i = 0; i < RECORDS; i++) lines.push(`${addDays('1950-01-01', i % 50_000)},c${Math.floor(i / 50_000)},${kpis.map((_, k) => (i + k) % 9973).join(',')}`);
  return lines.join('\n') + '\n';
}

/** Counts the records: keeping a million of them would measure the garbage collector instead. */
function read(text: string): number {
  const reader = createCsvReader();
  let records = 0;
  for (let i = 0; i < text.length; i += CHUNK) records += reader.push(text.slice(i, i + CHUNK)).length;
  return records + reader.end().length;
}

/** The file as the server gets it: bytes, decoded piece by piece (createByteDecoder) before they are read. */
function importBytes(bytes: Uint8Array, mapping: MeasurementMapping): number {
  const decoder = createByteDecoder();
  return importPieces(function* () {
    for (let i = 0; i < bytes.length; i += CHUNK) yield decoder.push(bytes.subarray(i, i + CHUNK));
    yield decoder.end();
  }, mapping);
}

function importAll(text: string, mapping: MeasurementMapping): number {
  return importPieces(function* () {
    for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
  }, mapping);
}

function importPieces(pieces: () => Iterable<string>, mapping: MeasurementMapping): number {
  const reader = createCsvReader();
  const importer = createMeasurementImporter({ mapping, kpis, csv: reader });
  let rows = 0;
  const feed = (records: CsvRecord[]): void => {
    for (const r of records) rows += importer.accept(r.cells, r.line).rows.length;
  };
  for (const piece of pieces()) feed(reader.push(piece));
  feed(reader.end());
  rows += importer.end().rows.length;
  const summary = importer.finish();
  if (summary.error_count > 0) throw new Error(JSON.stringify(summary.errors.slice(0, 3)));
  return rows;
}

const en = longText(false);
const nb = longText(true);
const options = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`${RECORDS} long records (${Math.round(en.length / 1e6)} MB)`, () => {
  bench('read CSV records only', () => void read(en), options);
  bench('read and import, en', () => void importAll(en, { format: 'long' }), options);
  const bytes = new TextEncoder().encode(en);
  bench('decode UTF-8 bytes, read and import, en', () => void importBytes(bytes, { format: 'long' }), options);
  bench('read and import, nb (";", 31.01.2027, 1234,56)', () => void importAll(nb, { format: 'long', date_column: 'dato', value_column: 'verdi', locale: 'nb' }), options);
});

describe(`${RECORDS} wide records × ${kpis.length} KPIs`, () => {
  const wide = wideText();
  const columns = Object.fromEntries(kpis.map((k) => [k.id, k.id]));
  bench('read and import', () => void importAll(wide, { format: 'wide', columns }), options);
});
