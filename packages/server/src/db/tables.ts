import type { Generated } from 'kysely';

/*
 * Row types of the tables the repositories query by name. The plan's collections (goals,
 * kpis, activities, …) are mapped field by field from the core schema by
 * repositories/collections.ts, so their row type is generic here.
 */

interface Timestamps {
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface WorkspaceTable extends Timestamps {
  id: string;
  slug: string;
  name: string;
}

export interface PlanTable extends Timestamps {
  id: string;
  workspace_id: string;
  slug: string;
  name: string;
  organisation: string | null;
  locale: string | null;
  currency: string | null;
  period_start: string;
  period_end: string;
  business_objective: string | null;
  usp: string | null;
  funnel_reach: string | null;
  funnel_engage: string | null;
  funnel_convert: string | null;
  funnel_retain: string | null;
  positioning: string | null;
  traffic: string | null;
  content: string | null;
  resourcing: string | null;
  /** Grows with every change anywhere in the plan: the ETag of the whole document. */
  revision: Generated<number>;
}

export interface MeasurementTable extends Timestamps {
  workspace_id: string;
  plan_id: string;
  kpi_id: string;
  date: string;
  value: number;
}

/** A row of any plan collection: the common columns plus the mapped fields. */
export interface PlanRow extends Timestamps {
  id: string;
  workspace_id: string;
  plan_id: string;
  position: number;
  key?: string;
  [column: string]: unknown;
}

export interface Database {
  workspaces: WorkspaceTable;
  plans: PlanTable;
  measurements: MeasurementTable;
  kpis: PlanRow;
  situation_findings: PlanRow;
  journey_steps: PlanRow;
  audiences: PlanRow;
  competitors: PlanRow;
  channels: PlanRow;
  campaigns: PlanRow;
  goals: PlanRow;
  themes: PlanRow;
  activities: PlanRow;
  milestones: PlanRow;
  reviews: PlanRow;
  review_goals: PlanRow;
  experiments: PlanRow;
}

export type CollectionTableName = Exclude<keyof Database, 'workspaces' | 'plans' | 'measurements'>;
