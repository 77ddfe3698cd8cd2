export * from './plan/plan.schema.js';
export * from './plan/plan.rules.js';
export * from './plan/plan.parse.js';
export * from './plan/plan.change.js';
export * from './plan/plan.edit.js';
export * from './plan/plan.normalize.js';
export * from './plan/plan.export.js';
export * from './shared/errors.js';
export { fieldErrorsOf } from './shared/issues.js';
export * from './shared/dates.js';
export * from './shared/date-style.js';
export * from './shared/cells.js';
export * from './shared/storable.js';
export * from './activities/activities.scores.js';
export type { Reason } from './activities/activities.reason.js';
export * from './activities/activities.facts.js';
export * from './activities/activities.rank.js';
export * from './activities/activities.priority.js';
export * from './activities/activities.maintenance.js';
export * from './activities/activities.quarter.js';
export * from './kpis/kpis.periods.js';
export * from './kpis/kpis.series.js';
export * from './kpis/kpis.reduce.js';
export * from './kpis/kpis.frequency.js';
export * from './kpis/kpis.due.js';
export * from './kpis/kpis.overview.js';
export * from './goals/goals.progress.js';
export * from './goals/goals.forecast.js';
export type { GoalReading, NoDataReason } from './goals/goals.reading.js';
export {
  goalProgress,
  planProgress,
  type GoalProgress,
  type GoalProgressOptions,
  type PlanProgress,
  type StatusCounts,
} from './goals/goals.rollup.js';
export * from './themes/themes.budgets.js';
export * from './themes/themes.colors.js';
export * from './themes/themes.quarters.js';
export type { QuarterSpan } from './themes/themes.spread.js';
export * from './roadmap/roadmap.model.js';
export * from './roadmap/roadmap.buckets.js';
export * from './demo/bookshop.plan.js';
export * from './health/health.types.js';
export * from './health/health.check.js';
export { healthRules, type HealthRuleId } from './health/health.catalogue.js';
export { healthRuleTitle } from './health/health.messages.js';
export * from './measurements/measurements.schema.js';
export * from './measurements/measurements.csv.js';
export * from './measurements/measurements.decode.js';
export { parseLocaleNumber, type ParseResult } from './measurements/measurements.numbers.js';
export { parseLocaleDate, type DateReading } from './measurements/measurements.dates.js';
export * from './measurements/measurements.importer.js';
export * from './measurements/measurements.suggest.js';
export { type ColumnNames, isRatioColumn, MEASUREMENT_PRESETS, type MeasurementPreset, type MetricKind, type NumberStyle, type PresetMetric } from './measurements/measurements.presets.js';
export * from './measurements/measurements.proposal.js';
export * from './templates/templates.public.js';
