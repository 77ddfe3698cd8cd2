import { useParams } from 'react-router';
import { useSignedIn } from './access.session';
import type { Role } from './access.types';

/*
 * What a role may do, for showing or hiding controls. The server's policy table
 * (packages/server/src/auth/auth.policy.ts) decides; this mirrors the rows the pages need, so a
 * viewer is not offered a button the server would refuse.
 */
const EDITORS: readonly Role[] = ['owner', 'editor'];
const OWNERS: readonly Role[] = ['owner'];

const MAY = {
  'plan.write': EDITORS,
  'plan.delete': OWNERS,
  'workspace.update': OWNERS,
  'workspace.delete': OWNERS,
  'members.manage': OWNERS,
  'share_links.manage': EDITORS,
  'audit.read': EDITORS,
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof MAY;

export const ABILITIES = Object.keys(MAY) as Ability[];

export function roleMay(role: Role | undefined, action: Ability): boolean {
  return role !== undefined && (MAY[action] as readonly Role[]).includes(role);
}

/** The signed-in person's role in a workspace (the one in the route unless given). */
export function useRole(ws?: string): Role | undefined {
  const params = useParams();
  const session = useSignedIn();
  const id = ws ?? params.ws;
  return session?.workspaces.find((w) => w.id === id)?.role;
}

/**
 * Whether the signed-in person may do `action` in the workspace of the route (or `ws`):
 * `const canEdit = useCan('plan.write')`, then hide or disable the editing controls.
 */
export function useCan(action: Ability, ws?: string): boolean {
  return roleMay(useRole(ws), action);
}
