import { describe, expect, it } from 'vitest';
import { ROLES, roleMay as serverRoleMay } from '../../../../server/src/auth/auth.policy.js';
import { ABILITIES, roleMay } from './access.can';

describe('roleMay', () => {
  it('lets editors and owners change plans, and viewers only read', () => {
    expect(['owner', 'editor', 'viewer'].map((role) => roleMay(role as 'owner', 'plan.write'))).toEqual([true, true, false]);
  });

  it('keeps members, deleting and the workspace to owners', () => {
    for (const action of ['members.manage', 'plan.delete', 'workspace.update', 'workspace.delete'] as const) {
      expect([roleMay('owner', action), roleMay('editor', action), roleMay('viewer', action)]).toEqual([true, false, false]);
    }
  });

  it('gives no one without a role in the workspace anything', () => {
    expect(roleMay(undefined, 'audit.read')).toBe(false);
  });
});

describe('the mirror of the server policy', () => {
  it('gives each role exactly what the server lets it do', () => {
    // The server's table decides: a page that offered more would end in a 403, one that offered less would hide what the role may do.
    for (const action of ABILITIES) {
      for (const role of ROLES) expect([action, role, roleMay(role, action)]).toEqual([action, role, serverRoleMay(action, role)]);
    }
  });
});
