import type {
  Activity,
  Audience,
  Campaign,
  Channel,
  Competitor,
  FieldError,
  Goal,
  GoalProgress,
  Kpi,
  KpiOverview,
  Milestone,
  PlanHeader,
  PlanProgress,
  Review,
  Theme,
} from '@kurs/core';

/** Every stored row comes back with its version; updates send it back as If-Match. */
export type Versioned<T> = T & { version: number };

export interface Workspace {
  id: string;
  name: string;
  version: number;
}

/** One row of `GET /workspaces/:ws/plans`: the plan header and the plan's short id. */
export type PlanSummary = Versioned<PlanHeader & { id: string }>;

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
export interface ProgressReport {
  today: string;
  summary: PlanProgress;
  goals: GoalProgress[];
  kpis: KpiOverview[];
}
