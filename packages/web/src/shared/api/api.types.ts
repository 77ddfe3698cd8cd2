import type {
  Activity,
  Audience,
  Campaign,
  Channel,
  Competitor,
  FieldError,
  Finding,
  Goal,
  GoalProgress,
  HealthReport,
  Kpi,
  KpiOverview,
  Locale,
  Milestone,
  PlanDocument,
  PlanHeader,
  PlanProgress,
  Review,
  Severity,
  Step,
  Theme,
} from '@kurs/core';

/** Every stored row comes back with its version; updates send it back as If-Match. */
export type Versioned<T> = T & { version: number };

export interface Workspace {
  id: string;
  name: string;
  /** The language new plans of the workspace start with; null: not set. */
  locale: Locale | null;
  /** The currency new plans of the workspace start with (ISO 4217); null: not set. */
  currency: string | null;
  version: number;
}

/** `PATCH /workspaces/:ws`: the fields to change; null clears locale or currency. */
export interface WorkspacePatch {
  name?: string;
  locale?: Locale | null;
  currency?: string | null;
}

/**
 * One row of `GET /workspaces/:ws/plans`: the plan header and the plan's short id, and whether
 * it is archived (which is not part of the plan document).
 */
export type PlanSummary = Versioned<PlanHeader & { id: string; archived: boolean; archived_at: string | null }>;

/**
 * `PATCH /workspaces/:ws/plans/:plan`: a merge patch of the header (null removes an optional
 * field) and `archived`, which archives the plan (true) or takes it back into use (false).
 */
export type PlanPatch = { [K in keyof PlanHeader]?: PlanHeader[K] | null } & { archived?: boolean };

/** One row of `GET /workspaces/:ws/templates`. */
export interface TemplateSummary {
  id: string;
  name: string;
  description: string | null;
  locale: Locale | null;
  version: number;
  created_at: string;
}

/** `GET /workspaces/:ws/templates/:id`: the template with its plan document (no measurements, no reviews). */
export interface Template extends TemplateSummary {
  document: PlanDocument;
}

/** `POST /workspaces/:ws/templates`: saves the plan `from_plan` as it is now. */
export interface TemplateInput {
  name: string;
  description?: string;
  from_plan: string;
}

/** The plan document's collections that the API serves at `/plans/:plan/<collection>`. */
export interface CollectionTypes {
  audiences: Audience;
  competitors: Competitor;
  channels: Channel;
  campaigns: Campaign;
  goals: Goal;
  kpis: Kpi;
  themes: Theme;
  activities: Activity;
  milestones: Milestone;
  reviews: Review;
}
export type CollectionName = keyof CollectionTypes;

/** An entity as the API returns it: ids are always present there, even where the file may omit them. */
export type Entity<C extends CollectionName> = Versioned<CollectionTypes[C] & { id: string }>;

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/** The body of an `application/problem+json` answer. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** What went wrong (docs/api.md), with its facts. */
  code?: string;
  params?: unknown;
  errors?: FieldError[];
  /** With a 409 for a second review of a quarter: the review of that quarter. */
  existing?: { id: string; path: string };
}

/** `GET /plans/:plan/progress`: the engine's progress, status and forecast of every goal (plan order) and the KPI overview. */
/**
 * `GET …/health/summary?top=`: the health check's scores and its findings counted by severity, in
 * all and per step (what the navigation and guidance show), and the few findings to fix first
 * with each rule's count (what the dashboard shows), without the other findings.
 */
export interface HealthSummary {
  scores: HealthReport['scores'];
  counts: Record<Severity, number>;
  steps: Record<Step, Record<Severity, number>>;
  /** The worst findings, errors first; absent from a server before `top`. */
  top?: Finding[];
  /** How many findings each rule made, by rule id. */
  rules?: Record<string, number>;
}

export interface ProgressReport {
  today: string;
  summary: PlanProgress;
  goals: GoalProgress[];
  kpis: KpiOverview[];
}
