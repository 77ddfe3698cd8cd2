import type { Situation, Strategy } from '@kurs/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiPath, apiRequest, isApiError } from './api.client';
import { queryKeys } from './api.queries';

/*
 * The parts of a plan that live on the plan row itself rather than in a collection: the
 * situation's USP and findings, and the strategy. Each is read and replaced whole, and all of
 * them share the plan header's version, so a save of one makes the others' ETag stale.
 */

export interface PlanParts {
  situation: Pick<Situation, 'usp' | 'findings'>;
  strategy: Strategy;
}
export type PlanPart = keyof PlanParts;

export interface PlanPartState<P extends PlanPart> {
  value: PlanParts[P];
  /** The plan header's ETag when the part was read; a save sends it as If-Match. */
  etag: string;
}

const partsKey = (ws: string, plan: string) => [...queryKeys.plan(ws, plan), 'part'] as const;
export const planPartKey = (ws: string, plan: string, part: PlanPart) => [...partsKey(ws, plan), part] as const;

export async function getPlanPart<P extends PlanPart>(ws: string, plan: string, part: P): Promise<PlanPartState<P>> {
  const { data, etag } = await apiRequest<PlanParts[P] | undefined>(apiPath('workspaces', ws, 'plans', plan, part));
  return { value: data ?? {}, etag: etag ?? '' };
}

export async function putPlanPart<P extends PlanPart>(ws: string, plan: string, part: P, value: PlanParts[P], etag: string): Promise<PlanPartState<P>> {
  const answer = await apiRequest<PlanParts[P] | undefined>(apiPath('workspaces', ws, 'plans', plan, part), {
    method: 'PUT',
    json: value,
    ifMatch: etag,
  });
  return { value: answer.data ?? {}, etag: answer.etag ?? '' };
}

export function usePlanPart<P extends PlanPart>(ws: string, plan: string, part: P) {
  // Read again whenever a page shows it: any change of the plan header moves its ETag on.
  return useQuery({ queryKey: planPartKey(ws, plan, part), queryFn: () => getPlanPart(ws, plan, part), staleTime: 0 });
}

/**
 * Replaces a part with `change(current)`, sent with the ETag it was read with. A 412 (someone
 * changed the plan first) sets `conflict`; `reload()` reads the part again and clears the error.
 */
export function useSavePlanPart<P extends PlanPart>(ws: string, plan: string, part: P) {
  const queryClient = useQueryClient();
  const key = planPartKey(ws, plan, part);
  const mutation = useMutation({
    mutationFn: async (change: (current: PlanParts[P]) => PlanParts[P]) => {
      const current = queryClient.getQueryData<PlanPartState<P>>(key);
      if (!current) throw new Error(`The ${part} is not loaded yet`);
      return putPlanPart(ws, plan, part, change(current.value), current.etag);
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.plan(ws, plan), exact: true }),
        queryClient.invalidateQueries({ queryKey: partsKey(ws, plan), predicate: (query) => query.queryKey.at(-1) !== part }),
        queryClient.invalidateQueries({ queryKey: queryKeys.health(ws, plan) }),
      ]);
    },
  });
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: key });
    mutation.reset();
  };
  return { ...mutation, conflict: isApiError(mutation.error) && mutation.error.isConflict, reload };
}
