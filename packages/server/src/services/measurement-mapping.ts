import {
  type CsvDelimiter,
  DomainError,
  fieldError,
  type MeasurementMapping,
  measurementMappingSchema,
  type ProposalKpi,
  proposeMapping,
  readSource,
  recognisePreset,
  sourceKey,
  suggestMapping,
} from '@kurs/core';
import type { Repositories } from '../repositories/repositories.js';
import type { PlanScope } from '../repositories/scope.js';
import { parseInput } from './input.js';

/*
 * Which mapping a measurement import reads its file with: the one the request gives; else the
 * one the plan's last import of the same source was read with (remembered); else the proposal
 * of the export Kurs recognises from the header (a preset); else a guess from the header's
 * names. The source is the preset's id, or a fingerprint of the header when no preset knows it
 * (or the file is a sheet of its maker's own columns): core's sourceKey. A remembered mapping's
 * decimal mark and date order hold for files written like the one it was remembered from: a file
 * with another delimiter (a ',' file after a ';' one: another program, or another locale) is
 * read without them, so that its columns decide how they write numbers and dates, or are refused.
 */

/** The export a file was recognised as, for "Looks like: Google Ads daily report". */
export interface ImportSource {
  preset: string;
  name: string;
  /** What to know before importing it (Search Console's queries leave out anonymised ones…). */
  note?: string;
}

export type MappingFrom = 'given' | 'remembered' | 'preset' | 'guessed';

/** How the file is written is the mapping's to say only for files written alike: these fields of a remembered mapping are left out. */
export const READING_FIELDS = ['decimal_mark', 'date_order'] as const;

/** The fields of a remembered mapping left out for this file, and the delimiter of the file it was remembered from (null: not known). */
export interface MappingDropped {
  fields: (typeof READING_FIELDS)[number][];
  delimiter: CsvDelimiter | null;
}

export interface MappingChoice {
  mapping: MeasurementMapping;
  from: MappingFrom;
  source: ImportSource | null;
  /** What the mapping is remembered under after a successful import; undefined for a file without a header. */
  key: string | undefined;
  /** Set when a remembered mapping was read without its decimal mark or date order: this file has another delimiter. */
  dropped?: MappingDropped;
}

export async function chooseMapping(repos: Repositories, scope: PlanScope, sample: string, kpis: readonly ProposalKpi[], given: unknown): Promise<MappingChoice> {
  const file = readSource(sample);
  const recognised = file && recognisePreset(file);
  const source = recognised ? { preset: recognised.preset.id, name: recognised.preset.name, ...(recognised.preset.note ? { note: recognised.preset.note } : {}) } : null;
  const key = file ? sourceKey(recognised, file.header) : undefined;
  if (given !== undefined) return { mapping: parseInput(measurementMappingSchema, given, 'The mapping', ['mapping']), from: 'given', source, key };
  if (!file || key === undefined) throw new DomainError('invalid', 'The file has no header row.', [fieldError('file', 'no_header', 'no header row')]);

  const stored = await repos.importMappings.get(scope, key);
  const remembered = stored && fitting(stored.mapping, file.header, kpis);
  if (stored && remembered) return { ...writtenAlike(remembered, stored.delimiter, file.delimiter), from: 'remembered', source, key };
  if (recognised) return { mapping: proposeMapping(recognised, file, kpis), from: 'preset', source, key };
  return { mapping: suggestMapping(file.header, kpis), from: 'guessed', source, key };
}

/** Keeps the mapping of an import that stored values for the next file of its source, with the delimiter the file was read with. */
export async function rememberMapping(repos: Repositories, scope: PlanScope, choice: MappingChoice, delimiter: CsvDelimiter): Promise<void> {
  if (choice.key === undefined) return;
  const { mapping } = choice;
  // A period given by hand is this file's: next month's file takes its own from its title lines, or asks for one.
  const kept = 'period' in mapping && mapping.period !== undefined && mapping.period !== 'file' ? { ...mapping, period: 'file' as const } : mapping;
  await repos.importMappings.remember(scope, choice.key, kept, delimiter);
}

/** The remembered mapping for a file with this delimiter: without its decimal mark and date order when the file it was remembered from had another (or one not known). */
function writtenAlike(mapping: MeasurementMapping, rememberedWith: string | null, delimiter: CsvDelimiter): { mapping: MeasurementMapping; dropped?: MappingDropped } {
  if (rememberedWith === delimiter) return { mapping };
  const fields = READING_FIELDS.filter((field) => field in mapping && (mapping as Record<string, unknown>)[field] !== undefined);
  if (fields.length === 0) return { mapping };
  const kept = Object.fromEntries(Object.entries(mapping).filter(([field]) => !(fields as string[]).includes(field))) as MeasurementMapping;
  return { mapping: kept, dropped: { fields, delimiter: (rememberedWith as CsvDelimiter | null) ?? null } };
}

/**
 * The remembered mapping when it still reads this file: its columns are in the header (else it
 * was another layout of the source) and its KPIs are the plan's. Columns whose KPI was deleted
 * since are left out; a mapping left with no KPI is not used.
 */
function fitting(stored: unknown, header: readonly string[], kpis: readonly ProposalKpi[]): MeasurementMapping | undefined {
  const parsed = measurementMappingSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const mapping = parsed.data;
  const has = (name: string) => header.some((cell) => cell.toLowerCase() === name.trim().toLowerCase());
  const filtered = Object.keys(mapping.filter ?? {}).every(has);
  if (mapping.format === 'long') {
    return filtered && [mapping.kpi_column ?? 'kpi', mapping.date_column ?? 'date', mapping.value_column ?? 'value'].every(has) ? mapping : undefined;
  }
  const ids = new Set(kpis.map((k) => k.id));
  const columns = Object.fromEntries(Object.entries(mapping.columns).filter(([, kpi]) => ids.has(kpi)));
  if (Object.keys(columns).length === 0) return undefined;
  // A GA4 file's tables have headers of their own: its first one cannot say.
  if (mapping.format === 'wide') {
    const dated = mapping.period !== undefined || has(mapping.date_column ?? 'date');
    if (!dated || !filtered || !Object.keys(columns).every(has)) return undefined;
  }
  return { ...mapping, columns };
}
