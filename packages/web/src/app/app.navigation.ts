import type { Locale } from '@kurs/core';
import { FINDING_STEPS } from '../features/health/health.steps';
import { kpiSeriesUrl, seriesWidth } from '../features/kpis/kpis.series';
import { apiPath } from '../shared/api/api.client';
import { firstPageUrl, healthSummaryUrl, healthUrl } from '../shared/api/api.resources';
import type { CollectionName } from '../shared/api/api.types';
import type { PageChunk } from '../shared/lazy-page.chunk';
import { pages } from './app.pages';

/*
 * What a page needs, from its address alone: its chunk and the API requests its first render
 * makes, as the API client will ask for them (the same URL, or the early answer is not taken).
 * The app's first lines start them all at once (main.tsx), before React loads; the API client
 * takes each answer over (shared/api/api.client.ts: prefetch), so none is sent twice.
 * One line per page: its owner keeps its requests here when the page's change.
 */

export interface Address {
  /** The route's parameters (`:ws`, `:plan`, `:kpi`), decoded. */
  params: Record<string, string>;
  /** The reader's language: the health check's findings come in it. */
  locale: Locale;
}

interface Line {
  path: string;
  page: PageChunk;
  data?: (address: Address) => string[];
  /** A step page, whose guidance panel loads the method's questions in the reader's language. */
  guidance?: true;
}

const plan = ({ params }: Address, ...rest: string[]) => apiPath('workspaces', params.ws!, 'plans', params.plan!, ...rest);
const lists = (address: Address, ...collections: CollectionName[]) => collections.map((c) => firstPageUrl(plan(address, c)));
/** The header's switchers: the workspaces, and the plans of this one. */
const switchers = ({ params }: Address) => [firstPageUrl(apiPath('workspaces')), firstPageUrl(apiPath('workspaces', params.ws!, 'plans'))];
/** Around every page of a plan: the switchers, the plan's header, and the navigation's completeness rings. */
const inPlan = (a: Address) => [...switchers(a), plan(a), healthSummaryUrl(a.params.ws!, a.params.plan!, a.locale)];
/** A step page: what is around it, and the findings it shows (features/health/health.steps.ts). */
const step = (a: Address, s: keyof typeof FINDING_STEPS) => [...inPlan(a), ...FINDING_STEPS[s].map((f) => healthUrl(a.params.ws!, a.params.plan!, a.locale, f))];

const PLAN = '/workspaces/:ws/plans/:plan';

export const NAVIGATION: readonly Line[] = [
  { path: '/', page: pages.workspaces, data: () => [firstPageUrl(apiPath('workspaces'))] },
  { path: '/sign-in', page: pages.signIn },
  { path: '/setup', page: pages.setup },
  { path: '/invitations', page: pages.invitation },
  { path: '/shared', page: pages.shared },
  { path: '/account/password', page: pages.password },
  { path: '/account/tokens', page: pages.tokens },
  { path: '/workspaces/:ws', page: pages.plans, data: switchers },
  { path: '/workspaces/:ws/settings', page: pages.workspaceSettings, data: (a) => [...switchers(a), apiPath('workspaces', a.params.ws!)] },
  { path: '/workspaces/:ws/members', page: pages.members, data: switchers },
  { path: '/workspaces/:ws/audit', page: pages.audit, data: switchers },
  // The health summary (in inPlan) brings the dashboard's worst findings too.
  { path: PLAN, page: pages.dashboard, guidance: true, data: (a) => [...inPlan(a), plan(a, 'progress'), ...lists(a, 'goals', 'kpis', 'milestones')] },
  { path: `${PLAN}/situation`, page: pages.situation, guidance: true, data: (a) => [...step(a, 'situation'), ...lists(a, 'audiences', 'competitors', 'channels', 'campaigns'), plan(a, 'situation')] },
  { path: `${PLAN}/goals`, page: pages.goals, guidance: true, data: (a) => [...step(a, 'goals'), ...lists(a, 'goals', 'kpis'), plan(a, 'progress')] },
  // The measurements of this period follow from the KPIs' frequencies: asked once those are in.
  { path: `${PLAN}/kpis`, page: pages.kpis, guidance: true, data: (a) => [...step(a, 'kpis'), ...lists(a, 'kpis', 'goals'), plan(a, 'progress')] },
  // The series in the KPI's own grain, for the window's width (features/kpis/kpis.series.ts).
  { path: `${PLAN}/kpis/:kpi`, page: pages.kpi, data: (a) => [...step(a, 'kpis'), ...lists(a, 'kpis', 'goals', 'activities'), plan(a, 'progress'), kpiSeriesUrl(a.params.ws!, a.params.plan!, a.params.kpi!, { grain: null, width: seriesWidth(globalThis.innerWidth) })] },
  { path: `${PLAN}/strategy`, page: pages.strategy, guidance: true, data: (a) => [...step(a, 'strategy'), ...lists(a, 'channels', 'kpis', 'activities'), plan(a, 'strategy')] },
  { path: `${PLAN}/activities`, page: pages.activities, guidance: true, data: (a) => [...step(a, 'activities'), ...lists(a, 'activities', 'themes', 'goals', 'kpis')] },
  { path: `${PLAN}/themes`, page: pages.themes, guidance: true, data: (a) => [...step(a, 'themes'), ...lists(a, 'themes'), plan(a, 'theme-budgets')] },
  // The roadmap first, the longest answer; the activities and themes as stored are read after the drawing.
  { path: `${PLAN}/roadmap`, page: pages.roadmap, guidance: true, data: (a) => [plan(a, 'roadmap'), ...step(a, 'roadmap'), ...lists(a, 'goals', 'milestones')] },
  { path: `${PLAN}/reviews`, page: pages.reviews, guidance: true, data: (a) => [...step(a, 'reviews'), ...lists(a, 'reviews', 'goals', 'kpis'), plan(a, 'progress')] },
  { path: `${PLAN}/export`, page: pages.export, data: inPlan },
  { path: `${PLAN}/settings`, page: pages.planSettings, data: inPlan },
  { path: `${PLAN}/share`, page: pages.shareLinks, data: (a) => [...inPlan(a), firstPageUrl(plan(a, 'share-links'))] },
  { path: `${PLAN}/drafts`, page: pages.drafts, data: (a) => [...inPlan(a), ...lists(a, 'audiences', 'competitors', 'channels', 'campaigns', 'goals', 'kpis', 'themes', 'activities', 'milestones')] },
];

/** The parameters of `pathname` on a line's path (`:name` takes one segment), or null. */
export function matchPath(path: string, pathname: string): Record<string, string> | null {
  const want = path.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    let value: string;
    try {
      value = decodeURIComponent(have[i]!);
    } catch {
      return null;
    }
    if (segment.startsWith(':')) params[segment.slice(1)] = value;
    else if (segment !== value) return null;
  }
  return params;
}

export interface Navigation {
  page: PageChunk;
  /** The API URLs to ask for now. */
  urls: string[];
  guidance: boolean;
}

/** What the page at `pathname` needs; undefined for an address no page has (the 404 page). */
export function navigationOf(pathname: string, locale: Locale): Navigation | undefined {
  for (const line of NAVIGATION) {
    const params = matchPath(line.path, pathname);
    if (params) return { page: line.page, urls: line.data?.({ params, locale }) ?? [], guidance: line.guidance === true };
  }
  return undefined;
}
