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
  /** The language of plans made in the workspace (en, nb, sv, da); null: not set. */
  locale: string | null;
  /** The currency of plans made in the workspace (ISO 4217); null: not set. */
  currency: string | null;
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
  /** When the plan was archived; null while it is in use. Not part of the plan document. */
  archived_at: Generated<string | null>;
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

/** better-auth's user (its field names mapped to snake_case); dates are Date on PostgreSQL, ISO text on SQLite. */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  email_verified: number | boolean;
  image: string | null;
  created_at: string | Date;
  updated_at: string | Date;
}

export interface SessionTable {
  id: string;
  expires_at: string | Date;
  token: string;
  created_at: string | Date;
  updated_at: string | Date;
  ip_address: string | null;
  user_agent: string | null;
  user_id: string;
}

export interface WorkspaceMemberTable {
  workspace_id: string;
  user_id: string;
  role: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface InvitationTable {
  id: string;
  workspace_id: string;
  token_hash: string;
  role: string;
  email: string | null;
  expires_at: string;
  created_by: string | null;
  created_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface ShareLinkTable {
  id: string;
  workspace_id: string;
  plan_id: string;
  token_hash: string;
  label: string;
  expires_at: string | null;
  created_by: string | null;
  created_at: string;
  revoked_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  user_id: string;
  workspace_id: string;
  name: string;
  role: string;
  token_hash: string;
  hint: string;
  expires_at: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  id: string;
  workspace_id: string;
  at: string;
  actor_id: string | null;
  actor: string;
  via: string;
  action: string;
  entity_type: string;
  entity_id: string;
  plan: string | null;
  /** A JSON array of field names. */
  changed_fields: string;
  detail: string | null;
}

export interface SignInFailureTable {
  key: string;
  at: string;
}

/** The mapping of a plan's last import of a source (a preset id, or `header:` and a header's fingerprint), as JSON. */
export interface ImportMappingTable {
  workspace_id: string;
  plan_id: string;
  source: string;
  mapping: string;
  /** The delimiter of the file it was read from (',', ';' or a tab); null when remembered before it was kept. */
  delimiter: string | null;
  updated_at: string;
}

/** A plan document saved as the starting point of new plans in a workspace; never changed, only made and deleted. */
export interface PlanTemplateTable {
  id: string;
  workspace_id: string;
  slug: string;
  name: string;
  description: string | null;
  locale: string | null;
  /** The plan document as JSON, without measurements and reviews. */
  document: string;
  created_by: string | null;
  version: Generated<number>;
  created_at: string;
}

export interface InstanceSettingTable {
  key: string;
  value: string;
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
  users: UserTable;
  sessions: SessionTable;
  workspace_members: WorkspaceMemberTable;
  invitations: InvitationTable;
  share_links: ShareLinkTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  sign_in_failures: SignInFailureTable;
  instance_settings: InstanceSettingTable;
  import_mappings: ImportMappingTable;
  plan_templates: PlanTemplateTable;
}

export type CollectionTableName = Exclude<
  keyof Database,
  | 'workspaces'
  | 'plans'
  | 'measurements'
  | 'users'
  | 'sessions'
  | 'workspace_members'
  | 'invitations'
  | 'share_links'
  | 'api_tokens'
  | 'audit_log'
  | 'sign_in_failures'
  | 'instance_settings'
  | 'import_mappings'
  | 'plan_templates'
>;
