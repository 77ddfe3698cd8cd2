import type { QuarterPlan, RankedActivity, RankMethod } from '@kurs/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiPath, apiRequest } from '../../shared/api/api.client';
import { queryKeys, useRefreshPlan } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';
import type { AcceptedActivity } from './activities.quarter-accept';

/*
 * The engine's answers about activities (priorities, the 90-day plan) and the writes of this
 * page that touch many activities at once. Every write refreshes the whole plan's queries:
 * one activity moves the ranking, the theme budgets, the roadmap and the health check.
 */

export type QuarterCapacity = number | Record<string, number>;


const prioritiesKey = (ws: string, plan: string, method: RankMethod) => [...queryKeys.plan(ws, plan), 'priorities', method] as const;

/** The open activities ranked by a method, each with its scores and the reasons for its place. */
export function usePriorities(ws: string, plan: string, method: RankMethod) {
  return useQuery({
    queryKey: prioritiesKey(ws, plan, method),
    queryFn: async () =>
      (await apiRequest<{ items: RankedActivity[] }>(apiPath('workspaces', ws, 'plans', plan, 'priorities'), { query: { method } })).data.items,
  });
}

/** The engine's proposal for the next 90 days; nothing is stored until it is accepted. */
export function useQuarterPlan(ws: string, plan: string) {
  return useMutation({
    mutationFn: async (request: { capacity: QuarterCapacity; from?: string }) =>
      (
        await apiRequest<QuarterPlan>(apiPath('workspaces', ws, 'plans', plan, 'quarter-plan'), {
          method: 'POST',
          json: { capacity_hours: request.capacity, from: request.from },
        })
      ).data,
  });
}

/** Accepts a quarter plan: all the named activities become planned, with only the dates named, or none does. */
export function useAcceptQuarterPlan(ws: string, plan: string) {
  const refresh = useRefreshPlan(ws, plan);
  return useMutation({
    mutationFn: async (activities: AcceptedActivity[]) =>
      (
        await apiRequest<{ items: Entity<'activities'>[] }>(apiPath('workspaces', ws, 'plans', plan, 'quarter-plan', 'accept'), {
          method: 'POST',
          json: { activities },
        })
      ).data.items,
    onSuccess: refresh,
  });
}
