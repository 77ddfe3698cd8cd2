import type { Locale } from '@kurs/core';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { isApiError } from './api.client';
import {
  createEntity,
  createPlan,
  createWorkspace,
  deleteEntity,
  getHealth,
  getPlan,
  getProgress,
  listCollection,
  listPlans,
  listWorkspaces,
  updateEntity,
  type EntityPatch,
  type NewPlanSource,
} from './api.resources';
import type { CollectionName, CollectionTypes, Entity } from './api.types';

/** Query keys nest, so invalidating a plan's key refreshes everything of that plan. */
export const queryKeys = {
  workspaces: () => ['workspaces'] as const,
  plans: (ws: string) => ['workspaces', ws, 'plans'] as const,
  plan: (ws: string, plan: string) => ['workspaces', ws, 'plans', plan] as const,
  health: (ws: string, plan: string, locale?: Locale) =>
    ['workspaces', ws, 'plans', plan, 'health', ...(locale ? [locale] : [])] as const,
  progress: (ws: string, plan: string) => ['workspaces', ws, 'plans', plan, 'progress'] as const,
  collection: (ws: string, plan: string, collection: CollectionName) =>
    ['workspaces', ws, 'plans', plan, 'collection', collection] as const,
};

export function useWorkspaces() {
  return useQuery({ queryKey: queryKeys.workspaces(), queryFn: listWorkspaces });
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkspace,
    // The creator owns the new workspace: the session (features/access, key ['auth', 'session'])
    // carries the roles that show the editing controls, so it is read again too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.workspaces() }),
        queryClient.invalidateQueries({ queryKey: ['auth', 'session'] }),
      ]),
  });
}

export function usePlans(ws: string | undefined) {
  return useQuery({
    queryKey: queryKeys.plans(ws ?? ''),
    queryFn: () => listPlans(ws!),
    enabled: Boolean(ws),
  });
}

export function usePlan(ws: string, plan: string) {
  return useQuery({ queryKey: queryKeys.plan(ws, plan), queryFn: () => getPlan(ws, plan) });
}

export function useCreatePlan(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ source, id }: { source: NewPlanSource; id?: string }) => createPlan(ws, source, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.plans(ws) }),
  });
}

/** The health check of a plan, its findings in the reader's language. */
export function useHealth(ws: string, plan: string, locale: Locale) {
  return useQuery({ queryKey: queryKeys.health(ws, plan, locale), queryFn: () => getHealth(ws, plan, locale) });
}

/** The engine's progress of every goal and the KPI overview (GET /progress). */
export function useProgress(ws: string, plan: string) {
  return useQuery({ queryKey: queryKeys.progress(ws, plan), queryFn: () => getProgress(ws, plan) });
}

export function useCollection<C extends CollectionName>(ws: string, plan: string, collection: C) {
  return useQuery({
    queryKey: queryKeys.collection(ws, plan, collection),
    queryFn: () => listCollection(ws, plan, collection),
  });
}

/** After a change the health check's findings and scores, and the goals' progress, are stale too. */
function afterChange(queryClient: QueryClient, ws: string, plan: string, collection: CollectionName) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.collection(ws, plan, collection) }),
    invalidateResults(queryClient, ws, plan),
  ]);
}

/** The engine's results of a plan: to refresh after any change of the plan (also measurements). */
export function invalidateResults(queryClient: QueryClient, ws: string, plan: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.health(ws, plan) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.progress(ws, plan) }),
  ]);
}

export function useCreateEntity<C extends CollectionName>(ws: string, plan: string, collection: C) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entity: CollectionTypes[C]) => createEntity(ws, plan, collection, entity),
    onSuccess: () => afterChange(queryClient, ws, plan, collection),
  });
}

export interface EntityUpdate<C extends CollectionName> {
  id: string;
  /** The version the user saw; the server refuses the change (412) if the row has moved on. */
  version: number;
  patch: EntityPatch<C>;
}

/**
 * Updates one entity with optimistic concurrency. When someone else changed it first the
 * mutation fails with a 412: `conflict` is then true and `reload()` fetches the current rows
 * and clears the error, so the caller can show "changed elsewhere — reload" and never
 * overwrites silently.
 */
/** What changing one entity does to the cached lists; apart from the hook so that a test can run it on a QueryClient. */
export function entityUpdate<C extends CollectionName>(queryClient: QueryClient, ws: string, plan: string, collection: C) {
  const key = queryKeys.collection(ws, plan, collection);
  return {
    mutationFn: ({ id, version, patch }: EntityUpdate<C>) => updateEntity(ws, plan, collection, id, version, patch),
    // A read of the list still under way (after an earlier create) would land after this change and
    // show the old row again: a tick saved in a grid would vanish until the next read. It is
    // stopped, and read again once the change is stored.
    onMutate: async () => {
      const reading = queryClient.isFetching({ queryKey: key }) > 0;
      await queryClient.cancelQueries({ queryKey: key });
      return { reading };
    },
    onSuccess: (updated: Entity<C>, _change: EntityUpdate<C>, context: { reading: boolean } | undefined) => {
      queryClient.setQueryData<Entity<C>[]>(key, (items) => items?.map((item) => (item.id === updated.id ? updated : item)));
      return context?.reading ? afterChange(queryClient, ws, plan, collection) : invalidateResults(queryClient, ws, plan);
    },
  };
}

export function useUpdateEntity<C extends CollectionName>(ws: string, plan: string, collection: C) {
  const queryClient = useQueryClient();
  const mutation = useMutation(entityUpdate(queryClient, ws, plan, collection));
  return withConflict(mutation, queryClient, queryKeys.collection(ws, plan, collection));
}

export function useDeleteEntity(ws: string, plan: string, collection: CollectionName) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteEntity(ws, plan, collection, id, version),
    onSuccess: () => afterChange(queryClient, ws, plan, collection),
  });
  return withConflict(mutation, queryClient, queryKeys.collection(ws, plan, collection));
}

/** Adds `conflict` (the write failed with 412) and `reload()` (fetch the current rows, clear the error). */
function withConflict<M extends { error: unknown; reset: () => void }>(
  mutation: M,
  queryClient: QueryClient,
  key: readonly unknown[],
) {
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: key });
    mutation.reset();
  };
  return { ...mutation, conflict: isApiError(mutation.error) && mutation.error.isConflict, reload };
}

/**
 * Refetches every query of a plan. For a change that moves the engine's answers too (an
 * activity's scores change its rank, its hours the theme budgets, its dates the roadmap).
 */
export function useRefreshPlan(ws: string, plan: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: queryKeys.plan(ws, plan) }), [queryClient, ws, plan]);
}

/**
 * What an editor modal of one collection needs: create, update and delete, a refresh of the
 * plan's other answers after a save, and every error cleared when the modal closes.
 */
export function useEntityEditor<C extends CollectionName>(ws: string, plan: string, collection: C, opened: boolean) {
  const create = useCreateEntity(ws, plan, collection);
  const update = useUpdateEntity(ws, plan, collection);
  const remove = useDeleteEntity(ws, plan, collection);
  const refresh = useRefreshPlan(ws, plan);
  // Each reset is its mutation observer's own, the same function on every render.
  const { reset: resetCreate } = create;
  const { reset: resetUpdate } = update;
  const { reset: resetRemove } = remove;
  useEffect(() => {
    if (!opened) {
      resetCreate();
      resetUpdate();
      resetRemove();
    }
  }, [opened, resetCreate, resetUpdate, resetRemove]);
  return { create, update, remove, refresh };
}
