/*
 * Who may do what: the one policy table. Every route names one of these actions in its route
 * config (http/route.ts refuses a route without one), and the authorisation matrix test
 * reads this table to know what each kind of caller must get.
 */

export const ROLES = ['owner', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Higher is more: a token's role is capped by its user's role in the workspace. */
export const ROLE_RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

export const lowerRole = (a: Role, b: Role): Role => (ROLE_RANK[a] <= ROLE_RANK[b] ? a : b);

export interface Policy {
  /**
   * public: anyone, signed in or not. account: a signed-in person (session cookie), not a
   * token. user: a signed-in person or an API token (lists are cut to what it may see).
   * workspace: a member of the workspace in the path with one of `roles`. share: only a
   * share link (what it opens).
   */
  scope: 'public' | 'account' | 'user' | 'workspace' | 'share';
  roles: readonly Role[];
  /** A share link of the plan in the path may call it too. */
  share: boolean;
  description: string;
}

const ALL: readonly Role[] = ROLES;
const EDITORS: readonly Role[] = ['owner', 'editor'];
const OWNERS: readonly Role[] = ['owner'];

const workspace = (roles: readonly Role[], description: string, share = false): Policy => ({ scope: 'workspace', roles, share, description });

export const POLICY = {
  public: { scope: 'public', roles: [], share: false, description: 'Anyone: health, sign-in, first-run setup, invitation preview' },
  'account.self': { scope: 'account', roles: [], share: false, description: 'A signed-in person: own session, password, API tokens, accepting an invitation' },
  'share.open': { scope: 'share', roles: [], share: true, description: 'A share link: which plan it opens' },
  'workspace.list': { scope: 'user', roles: [], share: false, description: 'List the workspaces one is a member of (a token: its own workspace)' },
  'workspace.create': { scope: 'account', roles: [], share: false, description: 'Create a workspace (the creator becomes its owner)' },
  'workspace.read': workspace(ALL, 'Read the workspace'),
  'workspace.update': workspace(OWNERS, "Rename the workspace, set its plans' default language and currency"),
  'workspace.delete': workspace(OWNERS, 'Delete the workspace with all its plans'),
  'plan.dashboard': workspace(ALL, "The stakeholder view: plan header, progress, health, roadmap, KPI series, goals, KPIs, milestones", true),
  'plan.read': workspace(ALL, 'Read everything of the plans'),
  'plan.write': workspace(EDITORS, 'Create, change, archive and import plans, their entities and measurements'),
  'plan.delete': workspace(OWNERS, 'Delete a plan'),
  'templates.read': workspace(ALL, "List and read the workspace's templates"),
  'templates.write': workspace(EDITORS, 'Save a plan as a template, delete a template'),
  'members.read': workspace(ALL, 'List the members and their roles'),
  'members.manage': workspace(OWNERS, 'Change roles, remove members, invite'),
  'share_links.manage': workspace(EDITORS, "List, create and revoke a plan's share links"),
  'audit.read': workspace(EDITORS, 'Read the audit log'),
} as const satisfies Record<string, Policy>;

export type Action = keyof typeof POLICY;

export const ACTIONS = Object.keys(POLICY) as Action[];

export const isAction = (value: unknown): value is Action => typeof value === 'string' && Object.hasOwn(POLICY, value);

export function roleMay(action: Action, role: Role): boolean {
  return (POLICY[action] as Policy).roles.includes(role);
}

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);
