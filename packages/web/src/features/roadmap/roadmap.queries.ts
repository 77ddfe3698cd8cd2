import type { RoadmapModel } from '@kurs/core';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
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

/**
 * A collection of the plan, read only once `enabled`: what the first drawing does not need is
 * not read before it (2 000 activities are a large answer to fetch and parse).
 */
export function useCollectionWhen<C extends CollectionName>(ws: string, plan: string, collection: C, enabled: boolean) {
  return useQuery({ queryKey: queryKeys.collection(ws, plan, collection), queryFn: () => listCollection(ws, plan, collection), enabled });
}

/**
 * False until the browser has had a quiet moment after the page was first drawn: then what
 * only a later click needs (details, the milestone form) is read ahead, so that it opens at once.
 */
export function useIdleAfterDraw(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let idleId: number | undefined;
    // A second first: the frames that show the drawing come before anything read ahead.
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idleId = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      else setIdle(true);
    }, 1000);
    return () => {
      clearTimeout(timer);
      if (idleId !== undefined) cancelIdleCallback(idleId);
    };
  }, []);
  return idle;
}

/** True from the first time `value` is true: a part loaded on first use stays mounted, so it closes as it should. */
export function useOnceTrue(value: boolean): boolean {
  const [seen, setSeen] = useState(value);
  if (value && !seen) setSeen(true);
  return seen || value;
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
