/*
 * The closed lists of values the plan document's fields take, and the range of its scores:
 * plain constants without zod, so that the schema (plan/plan.schema.ts) and the web app
 * (through the browser entry) offer and check the same values from one list.
 */

export const LOCALES = ['en', 'nb', 'sv', 'da'] as const;
export const FUNNEL_STAGES = ['reach', 'engage', 'convert', 'retain'] as const;
export const HORIZONS = ['quarter', 'year', 'long'] as const;
export const BUSINESS_LINKS = ['revenue', 'market_share', 'cost', 'customer', 'other'] as const;
export const CHANNEL_TYPES = [
  'website',
  'social',
  'email',
  'search',
  'paid',
  'marketplace',
  'app',
  'crm',
  'erp',
  'intranet',
  'other',
] as const;
export const AUDIENCE_KINDS = ['current', 'non_buyer', 'desired'] as const;
export const KPI_UNITS = ['count', 'percent', 'currency', 'duration_s', 'ratio'] as const;
export const DIRECTIONS = ['up', 'down'] as const;
export const AGGREGATIONS = ['sum', 'average', 'last'] as const;
export const FREQUENCIES = ['live', 'daily', 'weekly', 'monthly', 'quarterly', 'semiannual'] as const;
export const KPI_SOURCES = ['manual', 'csv', 'ga4'] as const;
export const TRAFFIC = ['paid', 'organic', 'mixed'] as const;
export const RESOURCING = ['in_house', 'agency', 'mixed'] as const;
export const ACTIVITY_TYPES = ['campaign', 'project', 'task', 'maintenance'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const ACTIVITY_STATUSES = ['idea', 'planned', 'in_progress', 'done', 'dropped'] as const;
/** `missed`: the target date is past and the goal fell short of its target on that date. */
export const GOAL_STATUSES = ['on_track', 'behind', 'at_risk', 'achieved', 'missed', 'no_data'] as const;

/**
 * The written forms of the plan's short texts, each by the name a field error gives it
 * (`invalid_format`, shared/issues.ts): the schema checks these patterns and no copies of them.
 */
export const FORMAT_PATTERNS = {
  id: /^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u,
  quarter: /^\d{4}-Q[1-4]$/,
  colour: /^#[0-9a-fA-F]{6}$/,
  currency: /^[A-Z]{3}$/,
} as const;

/**
 * The most characters a text of the plan may have (as the web counts them: UTF-16 code units).
 * `name`: names, titles and the short texts that name someone (owner, team, department,
 * organisation) or a journey stage; `text`: every other free text (descriptions, notes, goals
 * in words, findings, summaries, decisions…). docs/plan-document.md lists which field takes which.
 */
export const TEXT_LIMITS = { name: 200, text: 5000 } as const;

/** An activity's value and effort are scores from 1 to 10. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 10;

export type Locale = (typeof LOCALES)[number];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type Horizon = (typeof HORIZONS)[number];
export type ChannelType = (typeof CHANNEL_TYPES)[number];
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Aggregation = (typeof AGGREGATIONS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type Level = (typeof LEVELS)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type GoalStatus = (typeof GOAL_STATUSES)[number];
