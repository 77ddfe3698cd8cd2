import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  AGGREGATIONS,
  type ActivityScores,
  type DateRange,
  EISENHOWER_QUADRANTS,
  FORMAT_PATTERNS,
  type Finding,
  FORECAST_METHODS,
  GOAL_STATUSES,
  type GoalForecast,
  type GoalProgress,
  type GoalReading,
  GRAINS,
  type HealthReport,
  HORIZONS,
  type KpiOverview,
  type LeftOutActivity,
  milestoneSchema,
  type NoDataReason,
  planHeaderSchema,
  POINTS_PER_COLUMN,
  type PlanProgress,
  PRIORITY_CLASSES,
  type PriorityOf,
  type QuarterActivity,
  type QuarterChange,
  type QuarterPlan,
  type QuarterSpan,
  type RankedActivity,
  ROADMAP_BUCKETS,
  type RoadmapBar,
  type RoadmapCapacity,
  type RoadmapLane,
  type RoadmapLink,
  type RoadmapMilestone,
  type RoadmapModel,
  type RoadmapQuarter,
  type RoadmapUndatedItem,
  SERIES_WIDTH,
  SEVERITIES,
  type StatusCounts,
  STEPS,
  type TeamUse,
  type ThemeBudget,
  type ThemeBudgets,
  type ThemeQuarterBudget,
} from '@kurs/core';
import { z } from 'zod';
import type { KpiSeries } from '../services/kpi-series.service.js';
import type { HealthSummaryAnswer } from '../services/derived-views.service.js';
import type { HealthSummary } from '../services/health.service.js';
import type { ProgressReport, StatusReport } from '../services/progress.service.js';

/*
 * The answers of the engine routes, for the OpenAPI document. The types are core's (and the
 * services' reports that bundle them); each schema here is tied to its type at compile time.
 */

/** True only when A and B are the same type, field by field, optional and null included. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;

/**
 * The schema of the type T. The call compiles only when what the schema parses is exactly T,
 * so a field added to (or changed in) the type and not here breaks the build, and so does the
 * reverse.
 */
const schemaOf =
  <T>() =>
  <S extends z.ZodType>(schema: S, ..._sameAsType: Same<z.output<S>, T> extends true ? [] : [mismatch: { schema: z.output<S>; type: T }]) =>
    schema;

/**
 * A named schema or null, written `anyOf: [$ref, null]` in the document: `.nullable()` on a
 * named schema would make its component nullable wherever it is used.
 */
const orNull = <S extends z.ZodType>(schema: S) => z.union([schema, z.null()]);

/** One field per key, each required: a record keyed by an enum would leave them optional in the document. */
function fieldsFor<const Keys extends readonly [string, ...string[]], V extends z.ZodType>(keys: Keys, value: V) {
  return z.object(Object.fromEntries(keys.map((key) => [key, value])) as { [K in Keys[number]]: V });
}

const date = z.iso.date();
const count = z.number().int().min(0);
const share = z.number().min(0).max(1);
const dated = z.object({ date, value: z.number() });
const colour = z.string().regex(FORMAT_PATTERNS.colour).meta({ description: "The theme's colour, #rrggbb" });

function reasonOf<const Codes extends readonly [string, ...string[]]>(codes: Codes, id: string) {
  return z
    .object({
      code: z.enum(codes),
      params: z
        .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
        .meta({ description: "The facts of the reason (dates as YYYY-MM-DD), for its words in the reader's language" }),
      text: z.string().meta({ description: 'The reason in English' }),
    })
    .meta({ id });
}

// Health check

export const findingSchema = schemaOf<Finding>()(
  z
    .object({
      rule: z.string().meta({ description: 'The id of the rule (docs/health-rules.md)' }),
      step: z.enum(STEPS),
      severity: z.enum(SEVERITIES),
      path: z.string().meta({ description: 'Where in the plan document, e.g. `goals[2].kpi`; a collection (`goals`) for a plan-wide finding' }),
      message: z.string().meta({ description: "What is weak, in the asked (or the plan's) language" }),
      hint: z.string().meta({ description: 'How to fix it, in the same language' }),
    })
    .meta({ id: 'Finding' }),
);

const stepScore = z.number().min(0).max(100);

export const healthReportSchema = schemaOf<HealthReport>()(
  z
    .object({
      findings: z.array(findingSchema),
      scores: z.object({ overall: stepScore, steps: fieldsFor(STEPS, stepScore) }).meta({ description: 'Scores 0–100, overall and per step of the method (docs/health-rules.md)' }),
    })
    .meta({ id: 'HealthReport', description: 'The health check of the plan: findings against the method, and scores' }),
);

const severityCounts = fieldsFor(SEVERITIES, count).meta({ id: 'SeverityCounts', description: 'How many findings of each severity' });

export const healthSummarySchema = schemaOf<HealthSummary>()(
  z
    .object({
      scores: z.object({ overall: stepScore, steps: fieldsFor(STEPS, stepScore) }).meta({ description: 'Scores 0–100, overall and per step of the method (docs/health-rules.md)' }),
      counts: severityCounts,
      steps: fieldsFor(STEPS, severityCounts).meta({ description: 'The counts of each step' }),
    })
    .meta({ id: 'HealthSummary', description: "The health check's scores and its findings counted by severity, without the findings" }),
);

export const healthSummaryAnswerSchema = schemaOf<HealthSummaryAnswer>()(
  healthSummarySchema
    .extend({
      top: z.array(findingSchema).optional().meta({ description: 'With `?top=N`: the N findings to fix first, errors before warnings before notes, otherwise in the order of the report' }),
      rules: z.record(z.string(), count).optional().meta({ description: 'With `?top=N`: how many findings each rule made, by rule id' }),
    })
    .meta({ id: 'HealthSummaryAnswer', description: "The health check's scores and counts, with `?top=N` its worst findings and each rule's count" }),
);

// Goal progress and the KPI overview

export const goalReadingSchema = schemaOf<GoalReading>()(
  z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('level'), aggregation: z.enum(AGGREGATIONS).exclude(['sum']) }),
      z.object({ mode: z.literal('total') }),
      z.object({ mode: z.literal('rate'), per: z.enum(GRAINS) }),
    ])
    .meta({
      id: 'GoalReading',
      description:
        "How the goal's actual is read from its KPI: a level (the last value or the average), the total since the baseline date, or a rate per period (docs/decisions/goal-actuals.md)",
    }),
);

export const noDataReasonSchema = schemaOf<NoDataReason>()(
  z
    .discriminatedUnion('reason', [
      z.object({ reason: z.literal('no_kpi') }),
      z.object({ reason: z.literal('no_target') }),
      z.object({ reason: z.literal('no_measurements') }),
      z.object({ reason: z.literal('only_before_baseline'), last: date, baseline: date }),
      z.object({ reason: z.literal('only_after_target'), first: date, target: date }),
      z.object({ reason: z.literal('only_after_today'), first: date }),
      z.object({ reason: z.literal('no_sub_goal_data') }),
    ])
    .meta({
      id: 'NoDataReason',
      description:
        'Why a goal has no progress. `last`/`first`: the latest/earliest measurement date; `baseline`/`target`: the baseline or target date that excluded them (the goal\'s or the plan\'s)',
    }),
);

export const goalForecastSchema = schemaOf<GoalForecast>()(
  z
    .object({
      method: z.enum(FORECAST_METHODS).meta({ description: 'The method that fitted the latest measurements best: a linear regression or Holt\'s linear trend' }),
      date: date.meta({ description: 'The target date the forecast is for' }),
      value: z.number(),
      low: z.number().meta({ description: 'The 80 % prediction interval: its low end' }),
      high: z.number(),
      reachesTargetOn: date.nullable().meta({ description: 'When the trend reaches the target; null if it never does (within a century)' }),
    })
    .meta({ id: 'GoalForecast', description: "The goal's value at its target date if the trend holds" }),
);

export const goalProgressSchema = schemaOf<GoalProgress>()(
  z
    .object({
      goal: z.string(),
      source: z.enum(['kpi', 'sub_goals', 'none']).meta({ description: "Where the progress comes from: the goal's KPI, its sub-goals, or nothing" }),
      reading: orNull(goalReadingSchema).meta({ description: 'Null unless the source is the KPI' }),
      baseline: z.number().nullable().meta({ description: 'The baseline the progress is measured from (a total counts from 0)' }),
      target: z.number().nullable(),
      actual: z.number().nullable(),
      actualDate: date.nullable().meta({ description: 'The date the actual stands for: its latest measurement' }),
      progress: z.number().nullable().meta({ description: '0 at the baseline, 1 at the target; null without data (see `noData`)' }),
      noData: orNull(noDataReasonSchema),
      expected: z.number().meta({ description: "The progress expected by the actual's date (by today without one); 1 once the target date is past" }),
      status: z.enum(GOAL_STATUSES),
      achievedOn: date.nullable().meta({ description: 'When an achieved goal reached its target and has stayed there since; null unless achieved' }),
      stale: z.boolean().meta({ description: "The KPI's next result is overdue (for sub-goals: any of theirs)" }),
      pastTarget: z.boolean().meta({ description: 'The target date is past: the goal is judged by where it stood then' }),
      forecast: orNull(goalForecastSchema).meta({ description: 'Null once achieved or past the target date' }),
      lastMeasurement: dated.nullable().meta({ description: "The KPI's latest measurement up to today, wherever it falls" }),
    })
    .meta({ id: 'GoalProgress' }),
);

const statusCountsShape = {
  goals: count,
  byStatus: fieldsFor(GOAL_STATUSES, count),
  stale: count.meta({ description: 'Goals whose KPI result is overdue' }),
};

export const statusCountsSchema = schemaOf<StatusCounts>()(z.object(statusCountsShape).meta({ id: 'StatusCounts', description: 'How many goals, by status' }));

export const planProgressSchema = schemaOf<PlanProgress>()(
  z
    .object({
      ...statusCountsShape,
      progress: z.number().nullable().meta({ description: 'The weighted progress of the top-level goals' }),
      expected: z.number(),
      status: z.enum(GOAL_STATUSES),
      byHorizon: fieldsFor(HORIZONS, statusCountsSchema),
    })
    .meta({ id: 'PlanProgress', description: 'The progress of the plan as a whole' }),
);

export const kpiOverviewSchema = schemaOf<KpiOverview>()(
  z
    .object({
      kpi: z.string(),
      last: dated.nullable(),
      nextDue: date.nullable().meta({ description: 'The date of the value awaited next (the end of its period); null when the plan has no further period' }),
      overdue: z.boolean().meta({ description: 'That value is late: its period has closed and the days for entering it have passed' }),
      status: z.enum(GOAL_STATUSES).nullable().meta({ description: 'The worst status of the goals this KPI measures; null when no goal uses it' }),
      goals: z.array(z.string()),
      sparkline: z
        .array(z.object({ period: z.string(), value: z.number().nullable() }))
        .meta({ description: "The last 12 periods at the KPI's frequency up to today, rolled up by its aggregation; null where nothing was measured" }),
    })
    .meta({ id: 'KpiOverview' }),
);

export const progressReportSchema = schemaOf<ProgressReport>()(
  z
    .object({ today: date, summary: planProgressSchema, goals: z.array(goalProgressSchema), kpis: z.array(kpiOverviewSchema) })
    .meta({ id: 'ProgressReport', description: 'Progress, status and forecast of every goal, and the KPI overview, as of `today`' }),
);

export const statusReportSchema = schemaOf<StatusReport>()(
  z
    .object({
      today: date,
      plan: planHeaderSchema.meta({ id: 'PlanHeader' }),
      summary: planProgressSchema,
      goals: z.array(goalProgressSchema),
      kpis: z.array(kpiOverviewSchema),
      milestones: z.array(milestoneSchema.meta({ id: 'PlanMilestone' })).meta({ description: 'The next (at most five) milestones from today' }),
      names: z.record(z.string(), z.string()).meta({ description: 'Goal titles and KPI names by id' }),
    })
    .meta({ id: 'StatusReport', description: 'What `kurs status` prints' }),
);

/** The series route's query; dates and the width are checked by the service (422 naming the field), as for the CLI. */
export const kpiSeriesQuerySchema = z.object({
  grain: z.enum(GRAINS).optional().meta({ description: "The periods to roll the values up into; default the KPI's frequency's (weekly → week)" }),
  from: z.string().optional().meta({ description: 'First day a period may end on (YYYY-MM-DD); default the first period' }),
  to: z.string().optional().meta({ description: 'Last day a period may end on (YYYY-MM-DD); default the last period' }),
  width: z
    .string()
    .optional()
    .meta({ description: `The chart's width in pixels, a whole number; default 1000, taken as ${SERIES_WIDTH.min} to ${SERIES_WIDTH.max}` }),
});

const dayNumbers = z.array(z.number().int()).meta({ description: 'Each period’s last day, in days since 1970-01-01, ascending' });

export const kpiSeriesSchema = schemaOf<KpiSeries>()(
  z
    .object({
      kpi: z.string(),
      grain: z.enum(GRAINS),
      aggregation: z.enum(AGGREGATIONS),
      width: z.number().int().min(SERIES_WIDTH.min).max(SERIES_WIDTH.max).meta({ description: 'The pixel columns the series was reduced for' }),
      from: date.nullable().meta({ description: 'The range answered: the asked from, else the first period’s last day; null with no period' }),
      to: date.nullable().meta({ description: 'The asked to, else the last period’s last day; null with no period' }),
      total: count.meta({ description: 'How many periods end within the range' }),
      reduced: z.boolean().meta({
        description: `false: t, v and n hold every period of the range (at most ${POINTS_PER_COLUMN} × width). true: the range is cut into width equal columns of days, and each column sends its lowest and its highest period in time order, with the range's first and last period`,
      }),
      t: dayNumbers,
      v: z.array(z.number()).meta({ description: "Each period's value, by the KPI's aggregation" }),
      n: z.array(count).meta({ description: 'How many measurements fell in each period' }),
    })
    .meta({ id: 'KpiSeries', description: "A KPI's measurements rolled up into calendar periods by its aggregation, as columns, oldest first; only periods with a measurement" }),
);

// The backlog and the 90-day plan

export const activityScoresSchema = schemaOf<ActivityScores>()(
  z
    .object({
      valueEffort: z.number().nullable().meta({ description: 'value / effort; null without both' }),
      ice: z.number().nullable().meta({ description: 'impact × confidence × ease, 0–1000; null without value and effort' }),
      rice: z.number().nullable().meta({ description: 'reach × impact × confidence / effort; null without reach, value and effort' }),
      confidence: share.meta({ description: "The confidence the scores used, 0–1: the activity's own or the default" }),
      confidenceDefaulted: z.boolean(),
      quadrant: z.enum(EISENHOWER_QUADRANTS).nullable().meta({ description: 'Its Eisenhower quadrant; null without urgency and importance' }),
    })
    .meta({ id: 'ActivityScores', description: 'Cost-benefit scores (docs/scoring.md)' }),
);

export const priorityOfSchema = schemaOf<PriorityOf>()(
  z
    .object({
      urgentImportant: z.boolean().meta({ description: 'The "do" quadrant of the Eisenhower matrix' }),
      servesGoal: z.boolean().meta({ description: 'Serves a goal, or is maintenance' }),
      class: z.enum(PRIORITY_CLASSES),
      tier: z.number().int().meta({ description: '3 for the best class down to 0' }),
    })
    .meta({ id: 'Priority', description: 'Its class in the order of priority the ranking and the 90-day plan share' }),
);

export const rankedActivitySchema = schemaOf<RankedActivity>()(
  z
    .object({
      rank: z.number().int().min(1),
      id: z.string(),
      title: z.string(),
      score: z.number().nullable().meta({ description: 'The score of the chosen method; null when it cannot be scored (it ranks last)' }),
      scores: activityScoresSchema,
      priority: priorityOfSchema,
      reasons: z
        .array(
          reasonOf(
            ['high_value_low_effort', 'high_value_high_effort', 'low_value_low_effort', 'low_value_high_effort', 'confidence_assumed', 'eisenhower', 'no_goal', 'due_soon', 'overdue', 'missing_scores'],
            'RankReason',
          ),
        )
        .meta({ description: 'The main reason for its place first, then what else shaped it' }),
    })
    .meta({ id: 'RankedActivity' }),
);

export const prioritiesSchema = z.object({ items: z.array(rankedActivitySchema) }).meta({ id: 'Priorities', description: 'The backlog, best first' });

const dateRangeSchema = schemaOf<DateRange>()(z.object({ start: date, end: date }).meta({ id: 'DateRange' }));

export const quarterChangeSchema = schemaOf<QuarterChange>()(
  dateRangeSchema.extend({ reason: reasonOf(['dependency_order', 'overdue'], 'DateChangeReason') }).meta({ id: 'QuarterChange', description: 'New dates for the activity, with the reason' }),
);

export const quarterActivitySchema = schemaOf<QuarterActivity>()(
  z
    .object({
      id: z.string(),
      title: z.string(),
      team: z.string().nullable(),
      theme: z.string().nullable(),
      status: z.enum(ACTIVITY_STATUSES).nullable(),
      hours: z.number().meta({ description: 'Hours counted in these 90 days: the share of its estimate (what is left of it, for work in progress) inside the window' }),
      value: z.number().nullable(),
      kept: z.boolean().meta({ description: 'Already in progress: kept whatever the scores, and counted first' }),
      priority: z.enum(PRIORITY_CLASSES),
      current: z.object({ start: date.nullable(), end: date.nullable() }).meta({ description: 'The dates the activity has now' }),
      start: date.meta({ description: 'Its start once accepted with no change ticked: its own, or the proposed one where it has none' }),
      end: date,
      proposed: z.array(z.enum(['start', 'end'])).meta({ description: 'Which of start and end are proposed (the activity had no such date)' }),
      change: orNull(quarterChangeSchema).meta({ description: 'A move of the dates the user set, applied only when the user ticks it' }),
    })
    .meta({ id: 'QuarterActivity' }),
);

export const leftOutActivitySchema = schemaOf<LeftOutActivity>()(
  z
    .object({
      id: z.string(),
      title: z.string(),
      team: z.string().nullable(),
      reason: reasonOf(['capacity', 'dependency', 'no_estimate', 'no_value', 'done', 'dropped', 'scheduled_later', 'dated_before'], 'LeftOutReason'),
      dependency: z.string().optional().meta({ description: 'With reason `dependency`: the dependency that stands in the way' }),
    })
    .meta({ id: 'LeftOutActivity' }),
);

export const teamUseSchema = schemaOf<TeamUse>()(
  z
    .object({
      team: z.string(),
      capacityHours: z.number().nullable().meta({ description: 'Null when one capacity is shared by all teams' }),
      usedHours: z.number(),
      keptHours: z.number().meta({ description: 'The part of usedHours taken by work already in progress' }),
    })
    .meta({ id: 'TeamUse' }),
);

export const quarterPlanSchema = schemaOf<QuarterPlan>()(
  z
    .object({
      window: dateRangeSchema.meta({ description: 'The 90 days, first and last' }),
      chosen: z.array(quarterActivitySchema).meta({ description: 'Kept and newly chosen activities, in plan order' }),
      leftOut: z.array(leftOutActivitySchema),
      teams: z.array(teamUseSchema),
      capacityHours: z.number(),
      usedHours: z.number().meta({ description: 'Hours of the chosen activities inside the 90 days' }),
      chosenValue: z.number().meta({ description: 'Sum of the value scores of the newly chosen activities' }),
      exact: z.boolean().meta({ description: 'True when the choice is proven the best; false when a heuristic decided' }),
      warnings: z.array(reasonOf(['kept_over_capacity'], 'QuarterWarning')).meta({ description: 'What the reader must know first' }),
    })
    .meta({ id: 'QuarterPlan', description: 'The proposed 90-day plan; accept it with POST …/quarter-plan/accept' }),
);

// Theme budgets and the roadmap

const quarterSpanShape = { quarter: z.string().regex(FORMAT_PATTERNS.quarter).meta({ description: 'e.g. 2027-Q1' }), start: date, end: date };
export const quarterSpanSchema = schemaOf<QuarterSpan>()(z.object(quarterSpanShape).meta({ id: 'QuarterSpan' }));

export const themeQuarterBudgetSchema = schemaOf<ThemeQuarterBudget>()(
  z
    .object({
      ...quarterSpanShape,
      budgetHours: z.number().nullable().meta({ description: "The theme's budget spread evenly over the plan period; null without a budget" }),
      plannedHours: z.number(),
      actualHours: z.number(),
      overBudget: z.boolean(),
    })
    .meta({ id: 'ThemeQuarterBudget' }),
);

export const themeBudgetSchema = schemaOf<ThemeBudget>()(
  z
    .object({
      theme: z.string().nullable().meta({ description: 'Null for the activities with no theme (or one the plan does not have)' }),
      name: z.string().nullable(),
      maintenance: z.boolean(),
      budgetHours: z.number().nullable(),
      plannedHours: z.number().meta({ description: 'Estimates of the activities that are not dropped' }),
      actualHours: z.number().meta({ description: 'Hours spent, dropped activities included' }),
      undatedPlannedHours: z.number().meta({ description: 'Planned hours of activities with no dates, which no quarter holds' }),
      outsidePeriodPlannedHours: z.number().meta({ description: 'Planned hours of dated activities outside the plan period' }),
      activityCount: count,
      overBudget: z.boolean().meta({ description: 'The planned or the spent hours exceed the budget' }),
      quarters: z.array(themeQuarterBudgetSchema),
    })
    .meta({ id: 'ThemeBudget' }),
);

export const themeBudgetsSchema = schemaOf<ThemeBudgets>()(
  z
    .object({
      quarters: z.array(quarterSpanSchema),
      themes: z.array(themeBudgetSchema).meta({ description: 'Every theme in plan order, then the activities with no theme when there are any' }),
      budgetHours: z.number(),
      plannedHours: z.number(),
      actualHours: z.number(),
      maintenance: z.object({
        budgetHours: z.number(),
        share: share.nullable().meta({ description: "Maintenance themes' part of all budgeted hours, 0–1; null when nothing is budgeted" }),
        plannedHours: z.number(),
        plannedShare: share.nullable().meta({ description: "Maintenance themes' part of all planned hours; null when nothing is planned" }),
      }),
    })
    .meta({ id: 'ThemeBudgets', description: 'Hours budgeted, planned and spent per theme and quarter; the maintenance reserve' }),
);

const roadmapItemShape = {
  id: z.string(),
  title: z.string(),
  status: z.enum(ACTIVITY_STATUSES).nullable(),
  type: z.enum(ACTIVITY_TYPES).nullable(),
  owner: z.string().nullable(),
  team: z.string().nullable(),
  theme: z.string().nullable(),
  color: colour,
};

export const roadmapBarSchema = schemaOf<RoadmapBar>()(
  z
    .object({
      ...roadmapItemShape,
      start: date,
      end: date,
      row: z.number().int().min(0).meta({ description: 'The row of the bar within its lane, from 0' }),
      dependsOn: z.array(z.string()),
      estimateHours: z.number().nullable(),
    })
    .meta({ id: 'RoadmapBar', description: 'A dated activity; one with a single date is a one-day bar' }),
);

export const roadmapUndatedItemSchema = schemaOf<RoadmapUndatedItem>()(
  z
    .object({
      ...roadmapItemShape,
      bucket: z.enum(ROADMAP_BUCKETS),
      rank: z.number().int().min(1).meta({ description: 'Place among the undated activities by the backlog ranking (ICE)' }),
    })
    .meta({ id: 'RoadmapUndatedItem' }),
);

export const roadmapMilestoneSchema = schemaOf<RoadmapMilestone>()(
  z
    .object({ id: z.string().nullable(), title: z.string(), date, theme: z.string().nullable(), activity: z.string().nullable(), color: colour })
    .meta({ id: 'RoadmapMilestone' }),
);

const roadmapCapacityShape = {
  plannedHours: z.number(),
  budgetHours: z.number().nullable().meta({ description: 'Theme budgets spread over the plan period; null when no theme (of the lane) has a budget' }),
  overBudget: z.boolean(),
};
export const roadmapCapacitySchema = schemaOf<RoadmapCapacity>()(z.object(roadmapCapacityShape).meta({ id: 'RoadmapCapacity' }));

export const roadmapLaneSchema = schemaOf<RoadmapLane>()(
  z
    .object({
      theme: z.string().nullable().meta({ description: 'Null: the lane of activities with no theme (only when it holds something)' }),
      name: z.string().nullable(),
      color: colour,
      maintenance: z.boolean(),
      budgetHours: z.number().nullable(),
      rows: z.array(z.array(roadmapBarSchema)).meta({ description: 'Bars packed so that no two in a row overlap' }),
      milestones: z.array(roadmapMilestoneSchema),
      capacity: z.array(roadmapCapacitySchema).meta({ description: 'Per quarter of the model, in the same order' }),
    })
    .meta({ id: 'RoadmapLane' }),
);

export const roadmapQuarterSchema = schemaOf<RoadmapQuarter>()(z.object({ ...quarterSpanShape, ...roadmapCapacityShape }).meta({ id: 'RoadmapQuarter' }));

export const roadmapLinkSchema = schemaOf<RoadmapLink>()(
  z
    .object({ from: z.string(), to: z.string(), ordered: z.boolean().meta({ description: 'False when the dependant starts before its dependency ends' }) })
    .meta({ id: 'RoadmapLink', description: 'A dependency between two bars: `to` depends on `from`' }),
);

export const roadmapModelSchema = schemaOf<RoadmapModel>()(
  z
    .object({
      span: dateRangeSchema,
      today: date,
      lanes: z.array(roadmapLaneSchema),
      quarters: z.array(roadmapQuarterSchema).meta({ description: 'Every quarter the span touches, whole' }),
      links: z.array(roadmapLinkSchema),
      undated: fieldsFor(ROADMAP_BUCKETS, z.array(roadmapUndatedItemSchema)).meta({ description: 'Open activities with no dates, by now / next / later' }),
    })
    .meta({ id: 'RoadmapModel', description: 'The roadmap as the web app draws it: dropped activities are left out' }),
);
