import type { Locale, Step } from '@kurs/core';
import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { isApiError } from './api.client';
import {
  createEntity,
  createPlan,
  createTemplate,
  createWorkspace,
  deleteEntity,
  deletePlan,
  deleteTemplate,
  deleteWorkspace,
  getHealth,
  getHealthSummary,
  getPlan,
  getProgress,
  getTemplate,
  getWorkspace,
  listArchivedPlans,
  listCollection,
  listPlans,
  listTemplates,
  listWorkspaces,
  updateEntity,
  updatePlan,
  updateWorkspace,
  type EntityPatch,
  type NewPlanSource,
} from './api.resources';
import type { CollectionName, CollectionTypes, Entity, PlanPatch, PlanSummary, TemplateInput, Workspace, WorkspacePatch } from './api.types';

/** Query keys nest, so invalidating a plan's key refreshes everything of that plan. */
export const queryKeys = {
  workspaces: () => ['workspaces'] as const,
  plans: (ws: string) => ['workspaces', ws, 'plans'] as const,
  plan: (ws: string, plan: string) => ['workspaces', ws, 'plans', plan] as const,
  health: (ws: string, plan: string, locale?: Locale) =>
    ['workspaces', ws, 'plans', plan, 'health', ...(locale ? [locale] : [])] as const,
  healthSummary: (ws: string, plan: string, locale: Locale) => [...queryKeys.health(ws, plan, locale), 'summary'] as const,
  stepHealth: (ws: string, plan: string, locale: Locale, step: Step) => [...queryKeys.health(ws, plan, locale), 'step', step] as const,
  progress: (ws: string, plan: string) => ['workspaces', ws, 'plans', plan, 'progress'] as const,
  collection: (ws: string, plan: string, collection: CollectionName) =>
    ['workspaces', ws, 'plans', plan, 'collection', collection] as const,
  /** An object where a plan's id would be: no plan id can take its place. */
  archivedPlans: (ws: string) => ['workspaces', ws, 'plans', { archived: true }] as const,
  workspace: (ws: string) => ['workspaces', ws, 'settings'] as const,
  templates: (ws: string) => ['workspaces', ws, 'templates'] as const,
  template: (ws: string, id: string) => ['workspaces', ws, 'templates', id] as const,
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

/** The health check of a plan, its findings in the reader's language: all of them, or one step's. */
export function healthQuery(ws: string, plan: string, locale: Locale, step?: Step) {
  return queryOptions({
    queryKey: step ? queryKeys.stepHealth(ws, plan, locale, step) : queryKeys.health(ws, plan, locale),
    queryFn: () => getHealth(ws, plan, locale, step),
  });
}

/** Every finding of the health check: for a page that shows findings of every step (the dashboard). */
export function useHealth(ws: string, plan: string, locale: Locale) {
  return useQuery(healthQuery(ws, plan, locale));
}

/** The health check's scores and counts, without findings: the navigation's rings, the guidance's tick. */
export function useHealthSummary(ws: string, plan: string, locale: Locale) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.healthSummary(ws, plan, locale),
    // Before the server had the summary, the whole report stood in: shared with the page that shows it.
    queryFn: () => getHealthSummary(ws, plan, locale, () => queryClient.fetchQuery(healthQuery(ws, plan, locale))),
  });
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

/** One workspace with its defaults for new plans (locale, currency) and its version for a change. */
export function useWorkspace(ws: string | undefined) {
  return useQuery({ queryKey: queryKeys.workspace(ws ?? ''), queryFn: () => getWorkspace(ws!), enabled: Boolean(ws) });
}

export interface WorkspaceUpdate {
  /** The version the user saw; a 412 (`conflict`) when someone changed the workspace since. */
  version: number;
  patch: WorkspacePatch;
}

/** Renames the workspace or sets its locale and currency (owner only); `conflict` and `reload()` as for entities. */
export function useUpdateWorkspace(ws: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ version, patch }: WorkspaceUpdate) => updateWorkspace(ws, version, patch),
    onSuccess: (updated: Workspace) => {
      queryClient.setQueryData(queryKeys.workspace(ws), updated);
      queryClient.setQueryData<Workspace[]>(queryKeys.workspaces(), (items) => items?.map((item) => (item.id === updated.id ? updated : item)));
    },
  });
  return withConflict(mutation, queryClient, queryKeys.workspace(ws));
}

/** Deletes a workspace with all its plans (owner only). */
export function useDeleteWorkspace() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ ws, version }: { ws: string; version: number }) => deleteWorkspace(ws, version),
    onSuccess: (_deleted, { ws }) => {
      queryClient.removeQueries({ queryKey: ['workspaces', ws] });
      // The session carries the caller's roles per workspace (features/access, key ['auth', 'session']).
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.workspaces(), exact: true }),
        queryClient.invalidateQueries({ queryKey: ['auth', 'session'] }),
      ]);
    },
  });
  return withConflict(mutation, queryClient, queryKeys.workspaces());
}

/** The workspace's archived plans (`usePlans` lists those in use). */
export function useArchivedPlans(ws: string | undefined) {
  return useQuery({ queryKey: queryKeys.archivedPlans(ws ?? ''), queryFn: () => listArchivedPlans(ws!), enabled: Boolean(ws) });
}

/** Both lists of plans, those in use and the archived ones, without every plan's own queries under them. */
function invalidatePlanLists(queryClient: QueryClient, ws: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.plans(ws), exact: true }),
    queryClient.invalidateQueries({ queryKey: queryKeys.archivedPlans(ws), exact: true }),
  ]);
}

export interface PlanUpdate {
  /** The version of the plan header the user saw (PlanSummary.version). */
  version: number;
  patch: PlanPatch;
}

/**
 * Changes the plan header (name, period, currency, locale, description…) or archives the plan
 * (`{ archived: true }`). Everything of the plan is read again after it: a new period moves the
 * roadmap and the health check. `conflict` and `reload()` as for entities.
 */
export function useUpdatePlan(ws: string, plan: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ version, patch }: PlanUpdate) => updatePlan(ws, plan, version, patch),
    onSuccess: (updated: PlanSummary) => {
      queryClient.setQueryData(queryKeys.plan(ws, plan), updated);
      return Promise.all([invalidatePlanLists(queryClient, ws), queryClient.invalidateQueries({ queryKey: queryKeys.plan(ws, plan) })]);
    },
  });
  return withConflict(mutation, queryClient, queryKeys.plan(ws, plan));
}

/** Deletes a plan with everything in it (owner only). */
export function useDeletePlan(ws: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ plan, version }: { plan: string; version: number }) => deletePlan(ws, plan, version),
    onSuccess: (_deleted, { plan }) => {
      queryClient.removeQueries({ queryKey: queryKeys.plan(ws, plan) });
      return invalidatePlanLists(queryClient, ws);
    },
  });
  return withConflict(mutation, queryClient, queryKeys.plans(ws));
}

/** The workspace's templates, without their documents. */
export function useTemplates(ws: string | undefined) {
  return useQuery({ queryKey: queryKeys.templates(ws ?? ''), queryFn: () => listTemplates(ws!), enabled: Boolean(ws) });
}

/** One template with its plan document; nothing is read while `id` is undefined. */
export function useTemplate(ws: string, id: string | undefined) {
  return useQuery({ queryKey: queryKeys.template(ws, id ?? ''), queryFn: () => getTemplate(ws, id!), enabled: Boolean(id) });
}

/** Saves a plan as a template of the workspace (editors and owners). */
export function useCreateTemplate(ws: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TemplateInput) => createTemplate(ws, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.templates(ws), exact: true }),
  });
}

export function useDeleteTemplate(ws: string) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) => deleteTemplate(ws, id, version),
    onSuccess: (_deleted, { id }) => {
      queryClient.removeQueries({ queryKey: queryKeys.template(ws, id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.templates(ws), exact: true });
    },
  });
  return withConflict(mutation, queryClient, queryKeys.templates(ws));
}
