import type { RoadmapModel } from '@kurs/core';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { apiPath, apiRequest } from '../../shared/api/api.client';
import { queryKeys, useCollection } from '../../shared/api/api.queries';
import { listCollection } from '../../shared/api/api.resources';
import type { CollectionName } from '../../shared/api/api.types';

/** Under the plan's key, so that anything that refreshes the plan refreshes the roadmap. */
export function roadmapKey(ws: string, plan: string) {
  return [...queryKeys.plan(ws, plan), 'roadmap'] as const;
}

export async function getRoadmap(ws: string, plan: string): Promise<RoadmapModel> {
  return (await apiRequest<RoadmapModel>(apiPath('workspaces', ws, 'plans', plan, 'roadmap'))).data;
}

/** The engine's roadmap model of a plan: lanes, packed rows, milestones, quarters, links, now/next/later. */
export function useRoadmap(ws: string, plan: string) {
  return useQuery({ queryKey: roadmapKey(ws, plan), queryFn: () => getRoadmap(ws, plan) });
}

/** The titles of the plan's goals by id, in the plan's order (empty until they are read). */
export function useGoalTitles(ws: string, plan: string): ReadonlyMap<string, string> {
  const goals = useCollection(ws, plan, 'goals');
  return useMemo(() => new Map((goals.data ?? []).map((g) => [g.id, g.title])), [goals.data]);
}

/** A collection of the plan as stored (with versions), from the cache when it has it. */
export function storedList<C extends CollectionName>(queryClient: QueryClient, ws: string, plan: string, collection: C) {
  return queryClient.ensureQueryData({
    queryKey: queryKeys.collection(ws, plan, collection),
    queryFn: () => listCollection(ws, plan, collection),
  });
}

/**
 * After dates changed: the roadmap is packed again and the health check looks again; the
 * plan's other results (theme budgets, the quarter plan…) are marked stale for their pages.
 */
export async function refreshAfterDates(queryClient: QueryClient, ws: string, plan: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: roadmapKey(ws, plan) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.health(ws, plan) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.plan(ws, plan), refetchType: 'none' }),
  ]);
}
