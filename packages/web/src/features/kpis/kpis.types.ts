import type {
  CsvDelimiter,
  GoalProgress,
  IsoDate,
  KpiOverview,
  KpiSeriesAnswer,
  Measurement,
  MeasurementImportSummary,
  MeasurementMapping,
  PlanProgress,
  TextEncoding,
} from '@kurs/core';

/** `GET /progress`: every goal's progress and forecast, and one overview row per KPI. */
export interface ProgressReport {
  today: IsoDate;
  summary: PlanProgress;
  goals: GoalProgress[];
  kpis: KpiOverview[];
}

/**
 * `GET /kpis/:kpi/series`: the KPI's values rolled up by calendar period, as columns: each
 * period's last day (days since 1970-01-01), value and count of measurements. `reduced`: the
 * range holds more periods than the chart's width shows, and each pixel column sends its lowest
 * and highest (core's reduceSeries).
 */
export type KpiSeries = KpiSeriesAnswer;

/** A remembered mapping's ways of writing numbers and dates left out for a file with another delimiter. */
export interface MappingDropped {
  fields: ('decimal_mark' | 'date_order')[];
  delimiter: CsvDelimiter | null;
}

/** `POST /measurements/import`: what the file holds (dry run) or what was stored. */
export interface MeasurementImportReport {
  dry_run: boolean;
  mapping: MeasurementMapping;
  /** Where the mapping came from: the request, the plan's last import of this source, the recognised export's proposal, or a guess from the header. */
  mapping_from: 'given' | 'remembered' | 'preset' | 'guessed';
  /**
   * With mapping_from 'remembered', when this file has another delimiter than the one the mapping was
   * remembered from: its decimal mark and date order (`fields`) were left out, so this file's columns
   * decide; `delimiter` is the remembered file's (null: not known).
   */
  mapping_dropped?: MappingDropped;
  /** The export the file was recognised as from its header; null when none. */
  source: { preset: string; name: string; note?: string } | null;
  /** How the file's bytes were read. */
  encoding: TextEncoding;
  /** The delimiter of the file's cells. */
  delimiter: CsvDelimiter;
  summary: MeasurementImportSummary;
  preview: Measurement[];
  stored: number;
}
