import { describe, expect, it } from 'vitest';
import { homeOf, safeNext, signInPath } from './access.next';

describe('safeNext', () => {
  it('follows a path of the app', () => {
    expect(safeNext('/workspaces/demo/plans/p/goals?focus=goals%5B2%5D.owner')).toBe('/workspaces/demo/plans/p/goals?focus=goals%5B2%5D.owner');
  });

  it('never leaves for another site', () => {
    for (const next of ['https://evil.test/', '//evil.test/x', '/\\evil.test', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeNext(next)).toBe('/');
    }
  });
});

describe('signInPath', () => {
  it('comes back to the page, its query and its hash', () => {
    const path = signInPath({ pathname: '/workspaces/a b/members', search: '?x=1', hash: '#top' });
    expect(path.startsWith('/sign-in?next=')).toBe(true);
    expect(safeNext(new URLSearchParams(path.split('?')[1]).get('next'))).toBe('/workspaces/a b/members?x=1#top');
  });

  it('needs no next for the start page', () => {
    expect(signInPath({ pathname: '/', search: '', hash: '' })).toBe('/sign-in');
  });
});

describe('homeOf', () => {
  it('opens the only workspace, else the list of them', () => {
    expect(homeOf({ workspaces: [{ id: 'demo' }] })).toBe('/workspaces/demo');
    expect(homeOf({ workspaces: [{ id: 'a' }, { id: 'b' }] })).toBe('/');
    expect(homeOf({ workspaces: [] })).toBe('/');
  });
});
