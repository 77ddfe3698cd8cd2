import type { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { DomainError, type DomainErrorCode, type FieldError } from '@kurs/core';
import { CLI_ACTOR, actingAs } from '../auth/auth.actor.js';
import type { Container } from '../container.js';
import { textOf } from '../services/file-text.js';
import type { MeasurementImportReport } from '../services/measurement-import.service.js';
import type { StatusReport } from '../services/progress.service.js';

export interface WorkspaceListing {
  id: string;
  name: string;
  plans: { id: string; name: string; start: string; end: string }[];
}

export interface PlanImport {
  text: string;
  format?: 'yaml' | 'json';
}

/**
 * What the data commands (import, export, list, status, measurements import) need, the same
 * whether they work on the local database file or on a server over HTTP with an API token.
 */
export interface Backend {
  /** Where the data is, for messages. */
  readonly where: string;
  /** The workspace to import into when none is named. */
  defaultWorkspace(): Promise<string>;
  list(): Promise<WorkspaceListing[]>;
  importPlan(workspace: string, input: PlanImport, options: { id?: string; replace?: boolean }): Promise<{ id: string; name: string; replaced: boolean }>;
  exportPlan(workspace: string, plan: string, format: 'yaml' | 'json'): Promise<string>;
  status(workspace: string, plan: string, today?: string): Promise<StatusReport>;
  importMeasurements(workspace: string, plan: string, file: ReadStream, options: { mapping?: unknown; dryRun: boolean; onProgress?: (rows: number) => void }): Promise<MeasurementImportReport>;
}

export const DEFAULT_WORKSPACE = 'default';

/** The workspace that holds a plan id: the only one, or an error that lists the choices. */
export async function workspaceOfPlan(backend: Backend, plan: string): Promise<string> {
  const found = (await backend.list()).filter((ws) => ws.plans.some((p) => p.id === plan)).map((ws) => ws.id);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw new DomainError('not_found', `There is no plan "${plan}" in any workspace ${backend.where}. \`kurs list\` shows the plans.`);
  throw new DomainError('conflict', `Plan "${plan}" exists in several workspaces (${found.join(', ')}); choose one with --workspace.`);
}

/** The database file (or DATABASE_URL) itself: the CLI acts as the local administrator. */
export function localBackend(container: Container): Backend {
  const { services } = container;
  const run = <T>(work: () => Promise<T>) => actingAs(CLI_ACTOR, work);
  return {
    where: 'in the local database',
    defaultWorkspace: async () => DEFAULT_WORKSPACE,
    list: () =>
      run(async () => {
        const out: WorkspaceListing[] = [];
        for (let cursor: string | null | undefined; cursor !== null; ) {
          const page = await services.workspaces.list({ cursor, limit: 1000 });
          for (const ws of page.items) {
            const plans = (await services.plans.list(ws.slug, { limit: 1000 })).items;
            out.push({ id: ws.slug, name: ws.name, plans: plans.map((p) => ({ id: p.id, name: p.header.name, start: p.header.period.start, end: p.header.period.end })) });
          }
          cursor = page.next;
        }
        return out;
      }),
    importPlan: (workspace, input, options) =>
      run(async () => {
        await services.workspaces.ensure(workspace);
        const existing = options.replace && options.id ? await services.plans.get(workspace, options.id).catch(() => undefined) : undefined;
        const plan = existing ? await services.plans.replace(workspace, options.id!, input, 'any') : await services.plans.import(workspace, input, { id: options.id });
        return { id: plan.id, name: plan.header.name, replaced: Boolean(existing) };
      }),
    exportPlan: (workspace, plan, format) => run(async () => (await services.plans.export(workspace, plan, format)).text),
    status: (workspace, plan, today) => run(() => services.progress.status(workspace, plan, today)),
    importMeasurements: (workspace, plan, file, options) => run(() => services.measurementImport.import(workspace, plan, textOf(file), options)),
  };
}

const CODES: Record<number, DomainErrorCode> = {
  400: 'syntax',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'too_large',
  415: 'unsupported',
  422: 'invalid',
  428: 'precondition_required',
  429: 'rate_limited',
};

/** A Kurs server over HTTP with an API token (`kurs --server URL --token T`). */
export function httpBackend(server: string, token: string, fetcher: typeof fetch = fetch): Backend {
  const base = server.replace(/\/+$/, '');
  const path = (...parts: string[]) => `/api/v1/workspaces/${parts.map(encodeURIComponent).join('/plans/')}`;

  async function request(method: string, url: string, init: { body?: RequestInit['body']; headers?: Record<string, string>; duplex?: 'half' } = {}): Promise<Response> {
    let res: Response;
    try {
      res = await fetcher(`${base}${url}`, { method, ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } } as RequestInit);
    } catch (error) {
      throw new Error(`cannot reach the server at ${base}: ${(error as Error).cause ?? (error as Error).message}`);
    }
    if (res.ok) return res;
    const problem = (await res.json().catch(() => ({}))) as { detail?: string; errors?: FieldError[] };
    throw new DomainError(CODES[res.status] ?? 'invalid', `${problem.detail ?? `The server answered ${res.status}.`} (${base})`, problem.errors ?? []);
  }
  const json = async <T>(res: Promise<Response>) => (await (await res).json()) as T;

  return {
    where: `on ${base}`,
    async defaultWorkspace() {
      const all = await this.list();
      if (all.length === 1) return all[0]!.id;
      throw new DomainError('invalid', `The token reaches ${all.length} workspaces; choose one with --workspace.`);
    },
    async list() {
      const out: WorkspaceListing[] = [];
      const { items } = await json<{ items: { id: string; name: string }[] }>(request('GET', '/api/v1/workspaces?limit=1000'));
      for (const ws of items) {
        const plans = await json<{ items: { id: string; name: string; period: { start: string; end: string } }[] }>(request('GET', `${path(ws.id)}/plans?limit=1000`));
        out.push({ id: ws.id, name: ws.name, plans: plans.items.map((p) => ({ id: p.id, name: p.name, start: p.period.start, end: p.period.end })) });
      }
      return out;
    },
    async importPlan(workspace, input, options) {
      const headers = { 'content-type': input.format === 'json' ? 'application/json' : 'application/yaml' };
      if (options.replace && options.id) {
        const exists = await request('GET', path(workspace, options.id)).then(
          () => true,
          (error: unknown) => (error instanceof DomainError && error.code === 'not_found' ? false : Promise.reject(error)),
        );
        if (exists) {
          const plan = await json<{ id: string; name: string }>(request('PUT', `${path(workspace, options.id)}/document`, { body: input.text, headers: { ...headers, 'if-match': '*' } }));
          return { id: plan.id, name: plan.name, replaced: true };
        }
      }
      const query = options.id ? `?id=${encodeURIComponent(options.id)}` : '';
      const plan = await json<{ id: string; name: string }>(request('POST', `${path(workspace)}/plans${query}`, { body: input.text, headers }));
      return { id: plan.id, name: plan.name, replaced: false };
    },
    async exportPlan(workspace, plan, format) {
      return (await request('GET', `${path(workspace, plan)}/document?format=${format}`)).text();
    },
    status: (workspace, plan, today) => json<StatusReport>(request('GET', `${path(workspace, plan)}/status${today ? `?today=${encodeURIComponent(today)}` : ''}`)),
    importMeasurements(workspace, plan, file, options) {
      const query = new URLSearchParams({ dry_run: String(options.dryRun) });
      if (options.mapping !== undefined) query.set('mapping', JSON.stringify(options.mapping));
      return json<MeasurementImportReport>(
        request('POST', `${path(workspace, plan)}/measurements/import?${query}`, {
          body: Readable.toWeb(file) as unknown as RequestInit['body'],
          headers: { 'content-type': 'text/csv' },
          duplex: 'half',
        }),
      );
    },
  };
}
