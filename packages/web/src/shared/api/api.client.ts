import type { ErrorParams, FieldError, FieldErrorCode } from '@kurs/core';
import type { Problem } from './api.types';

export const API_BASE = '/api/v1';

/**
 * A failed API call: the problem+json answer, or status 0 when the server could not be reached.
 * `code` and `params` say what went wrong for the words in the reader's language (docs/api.md);
 * `detail` is the server's English.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly code: string | undefined;
  readonly params: ErrorParams;
  /** With a 409 for a second review of a quarter: the review that is there, to open instead. */
  readonly existing: { id: string; path: string } | undefined;

  constructor(
    status: number,
    title: string,
    detail?: string,
    errors: FieldError[] = [],
    problem: { code?: string; params?: ErrorParams; existing?: { id: string; path: string } } = {},
  ) {
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.code = problem.code;
    this.params = problem.params ?? {};
    this.existing = problem.existing;
  }

  /** Someone else changed the thing since it was read (412): reload, then try again. */
  get isConflict(): boolean {
    return this.status === 412;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** `/api/v1/workspaces/a%20b/plans` from ['workspaces', 'a b', 'plans']: every segment is a user's id. */
export function apiPath(...segments: string[]): string {
  return `${API_BASE}/${segments.map(encodeURIComponent).join('/')}`;
}

/** The ETag of a stored row: its version as a strong entity tag. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/*
 * The session cookie is HttpOnly, so the page never sees it; what the page keeps is the
 * session's CSRF token, which every write made with the cookie must send back.
 */
let csrfToken: string | null = null;
let sessionLost: (() => void) | null = null;

/** Keeps the CSRF token from sign-in or `GET /auth/session` (null after signing out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when a call made with the session is answered 401: the session has ended. */
export function onSessionLost(handler: (() => void) | null): void {
  sessionLost = handler;
}

/*
 * Requests started at navigation, before the app runs (app/app.navigation.ts), by their URL.
 * The first call of the API client for the same URL takes the answer over instead of asking
 * again; an answer nobody took within a while is left, so nothing stale is ever shown.
 */
const EARLY_TTL_MS = 15_000;
const early = new Map<string, { response: Promise<Response>; at: number }>();
const HEADERS = { Accept: 'application/json' };

/** Starts GET requests now (with the session cookie), for the API client to take over later. */
export function prefetch(urls: readonly string[]): void {
  for (const url of urls) {
    if (early.has(url)) continue;
    const response = fetch(url, { headers: HEADERS, credentials: 'same-origin' });
    // A failure is the taker's to report; until taken it must not count as unhandled.
    response.catch(() => undefined);
    early.set(url, { response, at: performance.now() });
  }
}

/** The early answer of a URL, once, while it is fresh. */
function takeEarly(url: string): Promise<Response> | undefined {
  const entry = early.get(url);
  early.delete(url);
  return entry && performance.now() - entry.at < EARLY_TTL_MS ? entry.response : undefined;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | undefined>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, e.g. a YAML plan document. */
  text?: { body: string; contentType: string };
  ifMatch?: string;
  signal?: AbortSignal;
  /** `Authorization: Bearer <token>` instead of the session cookie: a share link's token. */
  bearer?: string;
  /** A call that needs no session (sign-in, setup, the session check): its 401 is an answer, not a lost session. */
  signedOut?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
  location: string | null;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers = new Headers(HEADERS);
  let body: string | undefined;
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(options.json);
  } else if (options.text) {
    headers.set('Content-Type', options.text.contentType);
    body = options.text.body;
  }
  if (options.ifMatch) headers.set('If-Match', options.ifMatch);
  const method = options.method ?? 'GET';
  if (options.bearer) headers.set('Authorization', `Bearer ${options.bearer}`);
  else if (method !== 'GET' && csrfToken) headers.set('X-CSRF-Token', csrfToken);

  const url = apiUrl(path, options.query);
  // A write may change what an early answer says; one read with a bearer token is not the session's.
  const taken = method === 'GET' && !options.bearer ? takeEarly(url) : undefined;
  if (method !== 'GET') early.clear();
  let response: Response;
  try {
    response = await (taken ??
      fetch(url, {
      method,
      headers,
      body,
      signal: options.signal,
      // A share link's caller must not act as whoever is signed in in this browser.
      credentials: options.bearer ? 'omit' : 'same-origin',
      }));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'Network error', error instanceof Error ? error.message : undefined);
  }
  if (response.status === 401 && !options.bearer && !options.signedOut) sessionLost?.();
  if (!response.ok) throw await toApiError(response);
  return {
    data: (await readBody(response)) as T,
    etag: response.headers.get('ETag'),
    location: response.headers.get('Location'),
  };
}

/** The URL the client asks for: the path and the query's defined values, in the order given. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  if (!text) return undefined;
  return /\bjson\b/.test(type) ? JSON.parse(text) : text;
}

/** Reads an error answer; a body that is not problem+json still gives the status and its text. */
export async function toApiError(response: Response): Promise<ApiError> {
  let problem: Problem = {};
  try {
    const body = await readBody(response);
    if (body && typeof body === 'object') problem = body as Problem;
    else if (typeof body === 'string') problem = { detail: body.slice(0, 500) };
  } catch {
    // An unreadable body leaves only the status to report.
  }
  const existing = problem.existing;
  return new ApiError(
    response.status,
    problem.title ?? response.statusText ?? `HTTP ${response.status}`,
    problem.detail,
    Array.isArray(problem.errors) ? problem.errors.filter(isFieldError).map(fieldErrorOf) : [],
    {
      code: typeof problem.code === 'string' ? problem.code : undefined,
      params: paramsOf(problem.params),
      ...(existing && typeof existing.id === 'string' && typeof existing.path === 'string' && { existing: { id: existing.id, path: existing.path } }),
    },
  );
}

function isFieldError(value: unknown): value is FieldError {
  return typeof value === 'object' && value !== null && typeof (value as FieldError).message === 'string';
}

/** A field error as the words need it: a server without codes gives "invalid", which keeps its English. */
function fieldErrorOf(error: FieldError): FieldError {
  const { path, code, params, ...rest } = error as Partial<FieldError> & { message: string };
  const out: FieldError = { ...rest, path: typeof path === 'string' ? path : '', code: typeof code === 'string' ? (code as FieldErrorCode) : 'invalid' };
  const facts = paramsOf(params);
  if (Object.keys(facts).length > 0) out.params = facts;
  return out;
}

/** The params of a problem or a field error: only the JSON values the words can use. */
function paramsOf(value: unknown): ErrorParams {
  const params: ErrorParams = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return params;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') params[key] = item;
    else if (Array.isArray(item) && item.every((x) => typeof x === 'string')) params[key] = item as string[];
  }
  return params;
}
