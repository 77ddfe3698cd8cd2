import {
  createCsvReader,
  createMeasurementImporter,
  type CsvDelimiter,
  type CsvRecord,
  DomainError,
  fieldError,
  LOCALES,
  type Kpi,
  type Measurement,
  type MeasurementImportSummary,
  type MeasurementMapping,
  readCsvHeader,
  type TextEncoding,
} from '@kurs/core';
import type { Repositories, Store } from '../repositories/repositories.js';
import { audit } from './audit.js';
import { chooseMapping, type ImportSource, type MappingDropped, type MappingFrom, rememberMapping } from './measurement-mapping.js';
import { measurementEntry } from './measurements.service.js';
import { lockPlan, resolvePlan } from './plan-scope.js';

export interface MeasurementImportRequest {
  /** The mapping as given (validated here); without one the plan's last for this file's source, the preset's, or a guess from the header. */
  mapping?: unknown;
  dryRun: boolean;
  onProgress?: (rows: number) => void;
}

export interface MeasurementImportReport {
  dry_run: boolean;
  mapping: MeasurementMapping;
  /** Where the mapping came from: the request, the plan's last import of this source, the recognised export's proposal, or a guess from the header. */
  mapping_from: MappingFrom;
  /**
   * With mapping_from 'remembered', when this file has another delimiter than the one the mapping
   * was remembered from: its decimal mark and date order (`fields`) were left out, so the file's
   * columns decide how they write numbers and dates, or are refused; `delimiter` is the remembered
   * file's (null: not known).
   */
  mapping_dropped?: MappingDropped;
  /** The export the file was recognised as from its header ("Google Ads daily report"); null when none. */
  source: ImportSource | null;
  /** How the file's bytes were read: 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be' or 'windows-1252'. */
  encoding: TextEncoding;
  /** The delimiter of the file's cells: ',', ';' or a tab. */
  delimiter: CsvDelimiter;
  summary: MeasurementImportSummary;
  /** The first rows as they would be stored. */
  preview: Measurement[];
  /** Measurements written (0 for a dry run). */
  stored: number;
}

const PREVIEW_ROWS = 20;
const BATCH = 5_000;
const SAMPLE_CHARS = 64 * 1024;
// The reader hands back all records of a piece at once: a stream's 1 MB piece would keep some
// 40 000 of them alive together, long enough for the garbage collector to move them to the old heap.
const PIECE_CHARS = 64 * 1024;

/**
 * Streams a measurement file (CSV, wide CSV or a GA4 export) into a plan. The file is never
 * held whole: records are read as the text arrives and rows are written in batches. The real
 * run is one transaction and stores nothing if any line is wrong; a dry run writes nothing
 * and returns a preview with every error and its line.
 */
export class MeasurementImportService {
  constructor(private readonly store: Store) {}

  /** `text` is the file's text as it is decoded (services/file-text.ts), with the encoding it was read in. */
  async import(workspace: string, plan: string, text: AsyncIterable<string> & { readonly encoding?: TextEncoding }, request: MeasurementImportRequest): Promise<MeasurementImportReport> {
    const chunks = text[Symbol.asyncIterator]();
    const { sample, done } = await readSample(chunks);
    if (!sample.trim()) throw new DomainError('invalid', 'The file is empty.', [fieldError('file', 'empty_file', 'has no rows')]);

    const work = async (repos: Repositories) => {
      const { scope, plan: row } = await (request.dryRun ? resolvePlan : lockPlan)(repos, workspace, plan);
      const kpiIds = await repos.documents.kpiIds(scope);
      // The unit and aggregation say whether several rows of one date add up (core: dayRule).
      const kpis = (await repos.collection('kpis').list(scope)).map(({ entity }) => ({ ...(entity as Kpi), id: entity.id!, name: String(entity.name) }));
      const choice = await chooseMapping(repos, scope, sample, kpis, request.mapping);
      const { mapping } = choice;
      // The header is found in the sample: title lines above it are skipped.
      const reader = createCsvReader();
      // The plan's locale and the file's delimiter hint at the decimal mark of a column whose numbers all read two ways ("1.234").
      const locale = LOCALES.find((l) => l === row.locale);
      const importer = createMeasurementImporter({ mapping, kpis, headerLine: readCsvHeader(sample, mapping)?.line, locale, csv: reader });
      const preview = new Map<string, Measurement>();
      let batch = new Map<string, Measurement>();
      let read = 0;
      // The database writes one batch while the next is read (PostgreSQL works beside us); one write at a time.
      let writing: Promise<void> = Promise.resolve();

      const flush = async () => {
        if (!request.dryRun && batch.size) {
          const rows = [...batch.values()].map((m) => ({ kpiId: kpiIds.get(m.kpi)!, date: m.date, value: m.value }));
          await writing;
          await otherRequestsTurn();
          writing = repos.measurements.upsert(scope, rows);
          // Its failure is met at the next await of `writing`; until then it is not unhandled.
          writing.catch(() => {});
        }
        batch = new Map();
      };
      /** Adds rows to the batch; true when it is full. */
      const keep = (rows: Measurement[]): boolean => {
        for (const m of rows) {
          // A row of a date seen before carries the date's sum so far: it replaces the earlier one, here and in the database.
          const key = `${m.kpi}\u0000${m.date}`;
          if (preview.size < PREVIEW_ROWS || preview.has(key)) preview.set(key, m);
          // One INSERT may not name a KPI and date twice; the later value wins.
          batch.set(key, m);
        }
        read += rows.length;
        return batch.size >= BATCH;
      };
      const accept = async (records: CsvRecord[]) => {
        for (const record of records) {
          if (keep(importer.accept(record.cells, record.line).rows)) {
            await flush();
            request.onProgress?.(read);
          }
        }
      };

      try {
        const readText = async (text: string) => {
          for (let at = 0; at < text.length; at += PIECE_CHARS) {
            await accept(reader.push(text.slice(at, at + PIECE_CHARS)));
            await otherRequestsTurn();
          }
        };
        await readText(sample);
        if (!done) for (let next = await chunks.next(); !next.done; next = await chunks.next()) await readText(next.value);
        await accept(reader.end());
      } catch (error) {
        if (error instanceof DomainError && error.code === 'syntax') throw new DomainError('invalid', `The file cannot be read as CSV: ${error.message}`, error.errors);
        throw error;
      }
      // Rows whose column decided only at the end of the file.
      keep(importer.end().rows);
      const summary = importer.finish();
      if (!request.dryRun && summary.error_count > 0) {
        throw new DomainError('invalid', `The file has ${summary.error_count} error(s); nothing was stored. Fix them, or check the file first with a dry run.`, summary.errors);
      }
      await flush();
      await writing;
      // One value per KPI and date, however often a date's growing sum was written.
      const stored = request.dryRun ? 0 : summary.rows - summary.replaced;
      if (stored) await repos.plans.touch(row.id);
      if (!request.dryRun) {
        await audit(repos, scope.workspaceId, measurementEntry('measurements.import', plan, summary.kpis.map((k) => k.kpi), stored));
        // A mapping that stored nothing (every row filtered out) is no mapping to read next month's file with.
        if (stored > 0) await rememberMapping(repos, scope, choice, reader.delimiter ?? ',');
      }
      return {
        dry_run: request.dryRun,
        mapping,
        mapping_from: choice.from,
        ...(choice.dropped ? { mapping_dropped: choice.dropped } : {}),
        source: choice.source,
        encoding: text.encoding ?? 'utf-8',
        delimiter: reader.delimiter ?? ',',
        summary,
        preview: [...preview.values()],
        stored,
      };
    };

    // The file streams in once: the import cannot run a second time.
    return request.dryRun ? work(this.store.repos) : this.store.transaction(work, { retry: false });
  }
}

/**
 * Lets the requests that wait for the event loop run: between a piece read and a batch written
 * there is otherwise no pause (SQLite writes synchronously, and a fast upload has its next
 * piece ready at once), and a large import would hold every other request for its whole length.
 */
const otherRequestsTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function readSample(chunks: AsyncIterator<string>): Promise<{ sample: string; done: boolean }> {
  let sample = '';
  while (sample.length < SAMPLE_CHARS) {
    const next = await chunks.next();
    if (next.done) return { sample, done: true };
    sample += next.value;
  }
  return { sample, done: false };
}
