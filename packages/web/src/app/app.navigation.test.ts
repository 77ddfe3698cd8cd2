import { afterEach, describe, expect, it, vi } from 'vitest';
import { getHealthSummary, getPlan, getProgress, listCollection, listPlans, listWorkspaces } from '../shared/api/api.resources';
import { matchPath, NAVIGATION, navigationOf } from './app.navigation';
import { pages } from './app.pages';

const PLAN = '/api/v1/workspaces/demo%20ws/plans/p%2F1';

describe('navigation from the address alone', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('finds the dashboard of a plan with its chunk and every request of its first render', () => {
    const nav = navigationOf('/workspaces/demo%20ws/plans/p%2F1', 'nb');
    expect(nav?.page).toBe(pages.dashboard);
    expect(nav?.guidance).toBe(true);
    expect(nav?.urls).toEqual([
      '/api/v1/workspaces?limit=1000',
      '/api/v1/workspaces/demo%20ws/plans?limit=1000',
      PLAN,
      `${PLAN}/health/summary?locale=nb&top=5`,
      `${PLAN}/progress`,
      `${PLAN}/goals?limit=1000`,
      `${PLAN}/kpis?limit=1000`,
      `${PLAN}/milestones?limit=1000`,
    ]);
  });

  it('asks for the URLs the API client asks for, so that each early answer is taken over', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify({ items: [], next_cursor: null, findings: [], scores: {} }), { headers: { 'Content-Type': 'application/json' } });
    });
    const [ws, plan] = ['demo ws', 'p/1'];
    await Promise.all([
      listWorkspaces(),
      listPlans(ws),
      getPlan(ws, plan),
      getHealthSummary(ws, plan, 'nb'),
      getProgress(ws, plan),
      listCollection(ws, plan, 'goals'),
      listCollection(ws, plan, 'kpis'),
      listCollection(ws, plan, 'milestones'),
    ]);
    expect(asked.sort()).toEqual([...navigationOf('/workspaces/demo%20ws/plans/p%2F1', 'nb')!.urls].sort());
  });

  it('gives a step page the findings of the steps it shows, not the whole health check', () => {
    const urls = navigationOf('/workspaces/demo/plans/p/activities', 'en')!.urls.filter((u) => u.includes('/health'));
    const base = '/api/v1/workspaces/demo/plans/p/health';
    expect(urls).toEqual([`${base}/summary?locale=en&top=5`, `${base}?locale=en&step=activities`, `${base}?locale=en&step=themes`, `${base}?locale=en&step=roadmap`]);
    expect(navigationOf('/workspaces/demo/plans/p/kpis/visits', 'sv')?.page).toBe(pages.kpi);
  });

  it('starts no request for a page without a session, and knows no page for an unknown address', () => {
    expect(navigationOf('/sign-in', 'en')).toMatchObject({ page: pages.signIn, urls: [] });
    expect(navigationOf('/shared', 'en')?.urls).toEqual([]);
    expect(navigationOf('/workspaces/demo/plans/p/nowhere', 'en')).toBeUndefined();
    expect(navigationOf('/no/such/page', 'en')).toBeUndefined();
  });

  it('matches a path segment by segment and decodes the parameters', () => {
    expect(matchPath('/workspaces/:ws/plans/:plan', '/workspaces/a%C3%B8/plans/b/')).toEqual({ ws: 'aø', plan: 'b' });
    expect(matchPath('/workspaces/:ws', '/workspaces/a/plans')).toBeNull();
    expect(matchPath('/workspaces/:ws', '/workspaces/%E0%A4%A')).toBeNull();
    expect(matchPath('/', '/')).toEqual({});
  });

  it('has one line per address', () => {
    const paths = NAVIGATION.map((line) => line.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
