import type { HealthReport, Locale, RoadmapModel } from '@kurs/core';
import { useQuery } from '@tanstack/react-query';
import { API_BASE, apiPath, apiRequest } from '../../shared/api/api.client';
import type { Entity, Page, PlanSummary, ProgressReport } from '../../shared/api/api.types';
import type { ShareTarget } from './access.types';

/*
 * The stakeholder view reads with the share link's token (`Authorization: Bearer`), never with
 * the cookie of whoever may be signed in in the same browser, and only the routes a share link
 * opens: the plan header, progress, health, roadmap, goals and milestones.
 */

type Query = Record<string, string | number>;

async function read<T>(token: string, path: string, query?: Query): Promise<T> {
  return (await apiRequest<T>(path, { bearer: token, query })).data;
}

/** The query of one part of the shared plan; it waits until the link has said which plan it opens. */
function part<T>(token: string, target: ShareTarget | undefined, segments: string[], query: Query = {}) {
  const path = apiPath('workspaces', target?.workspace.id ?? '', 'plans', target?.plan.id ?? '', ...segments);
  return {
    queryKey: ['shared', token, ...segments, query] as const,
    queryFn: () => read<T>(token, path, query),
    enabled: target !== undefined,
  };
}

export function useShareTarget(token: string) {
  return useQuery({ queryKey: ['shared', token], queryFn: () => read<ShareTarget>(token, `${API_BASE}/share`), enabled: token !== '' });
}

/** A list read in one page: a plan's goals and milestones are far fewer than the API's largest page. */
const WHOLE = { limit: 1000 };

/** Everything the stakeholder view shows, asked for together. */
export function useSharedPlan(token: string, target: ShareTarget | undefined, locale: Locale) {
  return {
    header: useQuery(part<PlanSummary>(token, target, [])),
    progress: useQuery(part<ProgressReport>(token, target, ['progress'])),
    health: useQuery(part<HealthReport>(token, target, ['health'], { locale })),
    goals: useQuery(part<Page<Entity<'goals'>>>(token, target, ['goals'], WHOLE)),
    milestones: useQuery(part<Page<Entity<'milestones'>>>(token, target, ['milestones'], WHOLE)),
    roadmap: useQuery(part<RoadmapModel>(token, target, ['roadmap'])),
  };
}
