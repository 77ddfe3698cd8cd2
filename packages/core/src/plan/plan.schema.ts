import { z } from 'zod';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  AGGREGATIONS,
  AUDIENCE_KINDS,
  BUSINESS_LINKS,
  CHANNEL_TYPES,
  DIRECTIONS,
  FORMAT_PATTERNS,
  FREQUENCIES,
  FUNNEL_STAGES,
  GOAL_STATUSES,
  HORIZONS,
  KPI_SOURCES,
  KPI_UNITS,
  LEVELS,
  LOCALES,
  RESOURCING,
  SCORE_MAX,
  SCORE_MIN,
  TEXT_LIMITS,
  TRAFFIC,
} from '../shared/plan-values.js';

/*
 * The plan document format (shared/design/plan-document.md), defined once.
 * Field order here is the canonical export order. Every object is strict: an unknown
 * field is an error, because a typo must never be silently dropped.
 * Cross-field rules (unique ids, references, cycles, end >= start) live in plan.rules.ts.
 */

export * from '../shared/plan-values.js';

/** A user's own short id: letters, digits, and - _ . inside; safe in a URL path segment. */
export const idSchema = z
  .string({ error: 'must be a text id' })
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .regex(FORMAT_PATTERNS.id, {
    error: 'must start with a letter or digit and contain only letters, digits, "-", "_" and "."',
  })
  // The OpenAPI generator would publish the pattern with its flags ("…$/u"), which no id matches.
  .meta({ pattern: FORMAT_PATTERNS.id.source });

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Checked by table rather than through Date: a large plan holds 100 000 measurement dates.
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]);
}

/** ISO calendar date, YYYY-MM-DD. */
export const isoDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, {
    error: (issue) => `not a valid date ${JSON.stringify(issue.input)} (use YYYY-MM-DD)`,
    // The code of the field error (shared/issues.ts), so that it can be worded in every language.
    params: { code: 'invalid_date' },
  });

const text = z.string({ error: 'must be text' });
const atMost = (max: number) => `must be at most ${max} characters`;
/** A name, a title, or a short text that names someone (owner, team): TEXT_LIMITS.name. */
const shortText = text.max(TEXT_LIMITS.name, atMost(TEXT_LIMITS.name));
/** Every other free text (descriptions, notes, findings): TEXT_LIMITS.text. */
const longText = text.max(TEXT_LIMITS.text, atMost(TEXT_LIMITS.text));
// Trimmed before it is measured, as it is stored.
const required = (max: number) => text.trim().min(1, 'must not be empty').max(max, atMost(max));
const requiredName = required(TEXT_LIMITS.name);
const requiredText = required(TEXT_LIMITS.text);
const number = z.number({ error: 'must be a number' }).finite('must be a finite number');
const nonNegative = number.min(0, 'must not be negative');
const bool = z.boolean({ error: 'must be true or false' });
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `must be one of: ${values.join(', ')}` });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'must be a list' });
/** Content from a template that the user has not confirmed yet; absent means confirmed. */
const draft = bool.optional();

export const quarterSchema = z
  .string({ error: 'must be a quarter such as 2027-Q1' })
  .regex(FORMAT_PATTERNS.quarter, 'must be a quarter written YYYY-Qn, such as 2027-Q1');

export const periodSchema = z.strictObject({
  start: isoDateSchema,
  end: isoDateSchema,
});

export const planHeaderSchema = z.strictObject({
  name: requiredName,
  organisation: shortText.optional(),
  locale: enumOf(LOCALES).optional(),
  currency: z
    .string({ error: 'must be a currency code' })
    .regex(FORMAT_PATTERNS.currency, 'must be a three-letter ISO 4217 code such as NOK or EUR')
    .optional(),
  period: periodSchema,
  business_objective: longText.optional(),
});

export const audienceSchema = z.strictObject({
  id: idSchema.optional(),
  name: requiredName,
  kind: enumOf(AUDIENCE_KINDS).optional(),
  notes: longText.optional(),
  draft,
});

export const competitorSchema = z.strictObject({
  id: idSchema.optional(),
  name: requiredName,
  better_at: list(requiredText).optional(),
  our_difference: longText.optional(),
  notes: longText.optional(),
  draft,
});

export const channelSchema = z.strictObject({
  id: idSchema,
  name: requiredName,
  type: enumOf(CHANNEL_TYPES).optional(),
  present: bool.optional(),
  funnel: list(enumOf(FUNNEL_STAGES)).optional(),
  goal: longText.optional(),
  challenges: longText.optional(),
  notes: longText.optional(),
  draft,
});

export const campaignSchema = z.strictObject({
  id: idSchema.optional(),
  name: requiredName,
  channel: idSchema.optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  spend: nonNegative.optional(),
  result: longText.optional(),
  learning: longText.optional(),
});

export const situationSchema = z.strictObject({
  usp: longText.optional(),
  audiences: list(audienceSchema).optional(),
  competitors: list(competitorSchema).optional(),
  channels: list(channelSchema).optional(),
  campaigns: list(campaignSchema).optional(),
  findings: list(requiredText).optional(),
});

export const goalPointSchema = z.strictObject({
  value: number.optional(),
  date: isoDateSchema.optional(),
});

export const goalSchema = z.strictObject({
  id: idSchema,
  title: requiredName,
  horizon: enumOf(HORIZONS),
  parent: idSchema.optional(),
  description: longText.optional(),
  department: shortText.optional(),
  business_link: enumOf(BUSINESS_LINKS).optional(),
  kpi: idSchema.optional(),
  baseline: goalPointSchema.optional(),
  target: goalPointSchema.optional(),
  owner: shortText.optional(),
  weight: number.positive('must be greater than 0').optional(),
  draft,
});

export const kpiSchema = z.strictObject({
  id: idSchema,
  name: requiredName,
  definition: longText.optional(),
  unit: enumOf(KPI_UNITS).optional(),
  direction: enumOf(DIRECTIONS).optional(),
  aggregation: enumOf(AGGREGATIONS).optional(),
  frequency: enumOf(FREQUENCIES).optional(),
  owner: shortText.optional(),
  funnel_stage: enumOf(FUNNEL_STAGES).optional(),
  conversion: bool.optional(),
  source: enumOf(KPI_SOURCES).optional(),
  draft,
});

export const measurementSchema = z.strictObject({
  kpi: idSchema,
  date: isoDateSchema,
  value: number,
});

export const journeyStepSchema = z.strictObject({
  stage: requiredName,
  touchpoints: list(idSchema).optional(),
});

export const strategySchema = z.strictObject({
  funnel: z
    .strictObject({
      reach: longText.optional(),
      engage: longText.optional(),
      convert: longText.optional(),
      retain: longText.optional(),
    })
    .optional(),
  positioning: longText.optional(),
  traffic: enumOf(TRAFFIC).optional(),
  content: longText.optional(),
  resourcing: enumOf(RESOURCING).optional(),
  journey: list(journeyStepSchema).optional(),
});

export const themeQuarterSchema = z.strictObject({
  quarter: quarterSchema,
  hours: nonNegative,
});

export const themeSchema = z.strictObject({
  id: idSchema,
  name: requiredName,
  description: longText.optional(),
  budget_hours: nonNegative.optional(),
  /** Hours per quarter, instead of the budget spread evenly over the plan period (plan.rules.ts checks them). */
  quarters: list(themeQuarterSchema).optional(),
  color: z
    .string({ error: 'must be a colour' })
    .regex(FORMAT_PATTERNS.colour, 'must be a colour written #rrggbb')
    .optional(),
  maintenance: bool.optional(),
  draft,
});

const scoreRange = `must be between ${SCORE_MIN} and ${SCORE_MAX}`;
const score = number.min(SCORE_MIN, scoreRange).max(SCORE_MAX, scoreRange);

export const activitySchema = z.strictObject({
  id: idSchema,
  title: requiredName,
  description: longText.optional(),
  type: enumOf(ACTIVITY_TYPES).optional(),
  theme: idSchema.optional(),
  goals: list(idSchema).optional(),
  kpis: list(idSchema).optional(),
  funnel_stage: enumOf(FUNNEL_STAGES).optional(),
  owner: shortText.optional(),
  team: shortText.optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  estimate_hours: nonNegative.optional(),
  actual_hours: nonNegative.optional(),
  cost: nonNegative.optional(),
  value: score.optional(),
  effort: score.optional(),
  confidence: number.min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  reach: nonNegative.optional(),
  urgency: enumOf(LEVELS).optional(),
  importance: enumOf(LEVELS).optional(),
  status: enumOf(ACTIVITY_STATUSES).optional(),
  depends_on: list(idSchema).optional(),
  draft,
});

export const milestoneSchema = z.strictObject({
  id: idSchema.optional(),
  title: requiredName,
  date: isoDateSchema,
  theme: idSchema.optional(),
  activity: idSchema.optional(),
  goals: list(idSchema).optional(),
  description: longText.optional(),
  draft,
});

export const reviewGoalSchema = z.strictObject({
  goal: idSchema,
  status: enumOf(GOAL_STATUSES).optional(),
  progress: number.optional(),
  decision: longText.optional(),
  notes: longText.optional(),
});

export const experimentSchema = z.strictObject({
  hypothesis: requiredText,
  goal: idSchema.optional(),
  kpi: idSchema.optional(),
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  result: longText.optional(),
  learning: longText.optional(),
  next: longText.optional(),
});

export const reviewSchema = z.strictObject({
  id: idSchema.optional(),
  date: isoDateSchema,
  period: quarterSchema.optional(),
  summary: longText.optional(),
  goals: list(reviewGoalSchema).optional(),
  experiments: list(experimentSchema).optional(),
});

/** The version as written; a list or an object only by its brackets, since it may nest deeper than JSON.stringify can go. */
export function writtenVersion(kurs: unknown): string {
  if (typeof kurs !== 'object' || kurs === null) return JSON.stringify(kurs);
  return Array.isArray(kurs) ? '[…]' : '{…}';
}

export const planDocumentSchema = z.strictObject({
  kurs: z.literal(1, {
    error: (issue) =>
      issue.input === undefined
        ? 'required: the format version, write "kurs: 1" at the top'
        : `unsupported format version ${writtenVersion(issue.input)}; this Kurs reads version 1`,
  }),
  plan: planHeaderSchema,
  situation: situationSchema.optional(),
  goals: list(goalSchema).optional(),
  kpis: list(kpiSchema).optional(),
  measurements: list(measurementSchema).optional(),
  strategy: strategySchema.optional(),
  themes: list(themeSchema).optional(),
  activities: list(activitySchema).optional(),
  milestones: list(milestoneSchema).optional(),
  reviews: list(reviewSchema).optional(),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type PlanHeader = z.infer<typeof planHeaderSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type Audience = z.infer<typeof audienceSchema>;
export type Competitor = z.infer<typeof competitorSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type GoalPoint = z.infer<typeof goalPointSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type JourneyStep = z.infer<typeof journeyStepSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type ThemeQuarter = z.infer<typeof themeQuarterSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Milestone = z.infer<typeof milestoneSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewGoal = z.infer<typeof reviewGoalSchema>;
export type Experiment = z.infer<typeof experimentSchema>;
