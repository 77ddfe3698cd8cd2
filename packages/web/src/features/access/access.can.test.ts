import { describe, expect, it } from 'vitest';
import { roleMay } from './access.can';

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
