import type { HealthReport, Locale, PlanDocument, Step } from '@kurs/core';
import { SEVERITIES, STEPS } from '@kurs/core/browser';
import { apiPath, apiRequest, apiUrl, etagOf, isApiError } from './api.client';
import type {
  CollectionName,
  CollectionTypes,
  Entity,
  HealthSummary,
  Page,
  PlanPatch,
  PlanSummary,
  ProgressReport,
  Template,
  TemplateInput,
  TemplateSummary,
  Workspace,
  WorkspacePatch,
} from './api.types';

/*
 * One function per call of docs/api.md. Pages of a list are followed to the end: a plan's
 * collections are small (hundreds of rows); measurements, which are not, get their own calls.
 */

const PAGE_LIMIT = 1000;

/** The URL of a list's first page as listAll asks for it (navigation starts these early). */
export function firstPageUrl(path: string, query: Record<string, string | undefined> = {}): string {
  return apiUrl(path, { ...query, limit: PAGE_LIMIT });
}

export async function listAll<T>(path: string, query: Record<string, string | undefined> = {}): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await apiRequest<Page<T>>(path, { query: { ...query, limit: PAGE_LIMIT, cursor } });
    items.push(...data.items);
    cursor = data.next_cursor ?? undefined;
  } while (cursor);
  return items;
}

export function listWorkspaces(): Promise<Workspace[]> {
  return listAll<Workspace>(apiPath('workspaces'));
}

export async function createWorkspace(input: { name: string; id?: string }): Promise<Workspace> {
  return (await apiRequest<Workspace>(apiPath('workspaces'), { method: 'POST', json: input })).data;
}

export async function getWorkspace(ws: string): Promise<Workspace> {
  return (await apiRequest<Workspace>(apiPath('workspaces', ws))).data;
}

/** Renames the workspace or sets its defaults for new plans; only its owner may. */
export async function updateWorkspace(ws: string, version: number, patch: WorkspacePatch): Promise<Workspace> {
  return (await apiRequest<Workspace>(apiPath('workspaces', ws), { method: 'PATCH', json: patch, ifMatch: etagOf(version) })).data;
}

/** Deletes the workspace with all its plans; only its owner may. */
export async function deleteWorkspace(ws: string, version: number): Promise<void> {
  await apiRequest<void>(apiPath('workspaces', ws), { method: 'DELETE', ifMatch: etagOf(version) });
}

/** The plans in use (archived plans are left out). */
export function listPlans(ws: string): Promise<PlanSummary[]> {
  return listAll<PlanSummary>(apiPath('workspaces', ws, 'plans'));
}

export function listArchivedPlans(ws: string): Promise<PlanSummary[]> {
  return listAll<PlanSummary>(apiPath('workspaces', ws, 'plans'), { archived: 'true' });
}

export async function getPlan(ws: string, plan: string): Promise<PlanSummary> {
  const { data } = await apiRequest<Omit<PlanSummary, 'id'> & { id?: string }>(apiPath('workspaces', ws, 'plans', plan));
  return { ...data, id: data.id ?? plan };
}

/** Changes the plan header (name, period, currency, locale, …) and archives or unarchives the plan. */
export async function updatePlan(ws: string, plan: string, version: number, patch: PlanPatch): Promise<PlanSummary> {
  const path = apiPath('workspaces', ws, 'plans', plan);
  return (await apiRequest<PlanSummary>(path, { method: 'PATCH', json: patch, ifMatch: etagOf(version) })).data;
}

/** Deletes the plan with everything in it; only an owner of the workspace may. */
export async function deletePlan(ws: string, plan: string, version: number): Promise<void> {
  await apiRequest<void>(apiPath('workspaces', ws, 'plans', plan), { method: 'DELETE', ifMatch: etagOf(version) });
}

export function listTemplates(ws: string): Promise<TemplateSummary[]> {
  return listAll<TemplateSummary>(apiPath('workspaces', ws, 'templates'));
}

export async function getTemplate(ws: string, id: string): Promise<Template> {
  return (await apiRequest<Template>(apiPath('workspaces', ws, 'templates', id))).data;
}

/** Saves a plan's document as it is now as a template of the workspace. */
export async function createTemplate(ws: string, input: TemplateInput): Promise<Template> {
  return (await apiRequest<Template>(apiPath('workspaces', ws, 'templates'), { method: 'POST', json: input })).data;
}

export async function deleteTemplate(ws: string, id: string, version: number): Promise<void> {
  await apiRequest<void>(apiPath('workspaces', ws, 'templates', id), { method: 'DELETE', ifMatch: etagOf(version) });
}

export type DocumentFormat = 'yaml' | 'json';

/** A new plan from a whole plan document: an object, or the text of a YAML or JSON file. */
export type NewPlanSource = { document: PlanDocument } | { text: string; format: DocumentFormat };

export async function createPlan(ws: string, source: NewPlanSource, id?: string): Promise<{ id: string }> {
  const body =
    'document' in source
      ? { json: source.document }
      : { text: { body: source.text, contentType: source.format === 'yaml' ? 'application/yaml' : 'application/json' } };
  const { data, location } = await apiRequest<{ id?: string } | undefined>(apiPath('workspaces', ws, 'plans'), {
    method: 'POST',
    query: { id },
    ...body,
  });
  const created = data?.id ?? location?.split('/').pop();
  if (!created) throw new Error('The server created the plan but did not say its id');
  return { id: decodeURIComponent(created) };
}

/** Where the browser downloads the plan document from (a plain link, so it needs no script). */
export function documentUrl(ws: string, plan: string, format: DocumentFormat): string {
  return `${apiPath('workspaces', ws, 'plans', plan, 'document')}?format=${format}`;
}

/** The URL of the health check: every finding, or only those of one step (the scores stay the whole plan's). */
export function healthUrl(ws: string, plan: string, locale: Locale, step?: Step): string {
  return apiUrl(apiPath('workspaces', ws, 'plans', plan, 'health'), { locale, step });
}

/** How many findings the summary brings: the dashboard's list of what to fix first. */
export const HEALTH_TOP = 5;

/** The health summary, with the HEALTH_TOP worst findings: the navigation, the guidance and the dashboard share it. */
export function healthSummaryUrl(ws: string, plan: string, locale: Locale): string {
  return apiUrl(apiPath('workspaces', ws, 'plans', plan, 'health', 'summary'), { locale, top: HEALTH_TOP });
}

/** The health check's findings (messages in `locale`), all or one step's, and its scores per step. */
export async function getHealth(ws: string, plan: string, locale: Locale, step?: Step): Promise<HealthReport> {
  const { data } = await apiRequest<HealthReport>(healthUrl(ws, plan, locale, step));
  // A server from before the step filter answers every finding.
  return step ? { ...data, findings: data.findings.filter((f) => f.step === step) } : data;
}

/**
 * The health check's scores and counts without its findings. A server from before the summary
 * (404 for it) is asked for the whole report instead, and the counts are taken from that; for a
 * plan that does not exist that answers 404 too. `whole` reads that report (from a cache, say).
 */
export async function getHealthSummary(
  ws: string,
  plan: string,
  locale: Locale,
  whole: () => Promise<HealthReport> = () => getHealth(ws, plan, locale),
): Promise<HealthSummary> {
  try {
    return (await apiRequest<HealthSummary>(healthSummaryUrl(ws, plan, locale))).data;
  } catch (error) {
    if (!isApiError(error) || error.status !== 404) throw error;
    return summaryOf(await whole());
  }
}

function summaryOf(report: HealthReport): HealthSummary {
  const none = () => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as HealthSummary['counts'];
  const summary: HealthSummary = { scores: report.scores, counts: none(), steps: Object.fromEntries(STEPS.map((s) => [s, none()])) as HealthSummary['steps'] };
  for (const finding of report.findings) {
    summary.counts[finding.severity] += 1;
    summary.steps[finding.step][finding.severity] += 1;
  }
  return summary;
}

/** Progress, status and forecast of every goal, and the KPI overview with sparklines, as of today. */
export async function getProgress(ws: string, plan: string): Promise<ProgressReport> {
  return (await apiRequest<ProgressReport>(apiPath('workspaces', ws, 'plans', plan, 'progress'))).data;
}

export function listCollection<C extends CollectionName>(ws: string, plan: string, collection: C): Promise<Entity<C>[]> {
  return listAll<Entity<C>>(apiPath('workspaces', ws, 'plans', plan, collection));
}

export async function createEntity<C extends CollectionName>(
  ws: string,
  plan: string,
  collection: C,
  entity: CollectionTypes[C],
): Promise<Entity<C>> {
  const path = apiPath('workspaces', ws, 'plans', plan, collection);
  return (await apiRequest<Entity<C>>(path, { method: 'POST', json: entity })).data;
}

/** A PATCH of the changed fields; `null` removes an optional field. */
export type EntityPatch<C extends CollectionName> = {
  [K in Exclude<keyof CollectionTypes[C], 'id'>]?: CollectionTypes[C][K] | null;
};

export async function updateEntity<C extends CollectionName>(
  ws: string,
  plan: string,
  collection: C,
  id: string,
  version: number,
  patch: EntityPatch<C>,
): Promise<Entity<C>> {
  const path = apiPath('workspaces', ws, 'plans', plan, collection, id);
  return (await apiRequest<Entity<C>>(path, { method: 'PATCH', json: patch, ifMatch: etagOf(version) })).data;
}

export async function deleteEntity(
  ws: string,
  plan: string,
  collection: CollectionName,
  id: string,
  version: number,
): Promise<void> {
  const path = apiPath('workspaces', ws, 'plans', plan, collection, id);
  await apiRequest<void>(path, { method: 'DELETE', ifMatch: etagOf(version) });
}
