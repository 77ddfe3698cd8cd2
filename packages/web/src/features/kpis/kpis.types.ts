import type {
  Aggregation,
  GoalProgress,
  Grain,
  IsoDate,
  KpiOverview,
  KpiSeriesPoint,
  Measurement,
  MeasurementImportSummary,
  MeasurementMapping,
  PlanProgress,
} from '@kurs/core';

/** `GET /progress`: every goal's progress and forecast, and one overview row per KPI. */
export interface ProgressReport {
  today: IsoDate;
  summary: PlanProgress;
  goals: GoalProgress[];
  kpis: KpiOverview[];
}

/** `GET /kpis/:kpi/series`: the KPI's values rolled up by calendar period. */
export interface KpiSeries {
  kpi: string;
  grain: Grain;
  aggregation: Aggregation;
  points: KpiSeriesPoint[];
}

/** `POST /measurements/import`: what the file holds (dry run) or what was stored. */
export interface MeasurementImportReport {
  dry_run: boolean;
  mapping: MeasurementMapping;
  summary: MeasurementImportSummary;
  preview: Measurement[];
  stored: number;
}
