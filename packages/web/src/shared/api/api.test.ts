import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiRequest, onSessionLost, setCsrfToken } from './api.client';
import { createPlan, createTemplate, deleteTemplate, listArchivedPlans, listCollection, updateEntity, updatePlan, updateWorkspace } from './api.resources';

interface Call {
  url: string;
  init: RequestInit;
}

/** Answers each fetch with the next of `responses` and records what was asked. */
function mockFetch(...responses: Response[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      const next = responses.shift();
      if (!next) throw new Error(`unexpected request ${url}`);
      return next;
    }),
  );
  return calls;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const problem = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  onSessionLost(null);
});

describe('apiRequest', () => {
  it('returns the body and the ETag', async () => {
    mockFetch(json({ id: 'g1', title: 'Sell', horizon: 'year', version: 3 }, 200, { ETag: '"3"' }));
    const answer = await apiRequest<{ id: string }>('/api/v1/x');
    expect(answer.data.id).toBe('g1');
    expect(answer.etag).toBe('"3"');
  });

  it('turns problem+json into an ApiError with every field error', async () => {
    mockFetch(
      problem(
        {
          type: 'about:blank',
          title: 'Invalid plan document',
          status: 422,
          code: 'invalid',
          params: { stray: { nested: true } },
          detail: '2 problems',
          errors: [
            { path: 'goals[2].kpi', code: 'unknown_reference', params: { kind: 'kpi', id: 'books' }, message: 'no kpi with id "books"', line: 14, column: 10 },
            { path: 'plan.name', message: 'must not be empty' },
          ],
        },
        422,
      ),
    );
    const error = await apiRequest('/api/v1/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect([apiError.status, apiError.title, apiError.detail, apiError.code, apiError.params]).toEqual([422, 'Invalid plan document', '2 problems', 'invalid', {}]);
    expect(apiError.errors).toEqual([
      { path: 'goals[2].kpi', code: 'unknown_reference', params: { kind: 'kpi', id: 'books' }, message: 'no kpi with id "books"', line: 14, column: 10 },
      // A server without codes: the words keep its English.
      { path: 'plan.name', code: 'invalid', message: 'must not be empty' },
    ]);
    expect(apiError.isConflict).toBe(false);
  });

  it('keeps the status of an error answer that is not problem+json', async () => {
    mockFetch(new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await apiRequest('/api/v1/x').catch((e: unknown) => e)) as ApiError;
    expect([error.status, error.title, error.errors]).toEqual([502, 'Bad Gateway', []]);
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = (await apiRequest('/api/v1/x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
  });
});

describe('the session', () => {
  it('sends the CSRF token with every write and never with a read', async () => {
    const calls = mockFetch(json({}), json({}), json({}), json({}));
    setCsrfToken('csrf-1');
    await apiRequest('/api/v1/x');
    for (const method of ['POST', 'PATCH', 'DELETE'] as const) await apiRequest('/api/v1/x', { method });
    expect(calls.map((c) => new Headers(c.init.headers).get('X-CSRF-Token'))).toEqual([null, 'csrf-1', 'csrf-1', 'csrf-1']);
    expect(calls.every((c) => c.init.credentials === 'same-origin')).toBe(true);
  });

  it('calls with a share link’s token instead of the cookie', async () => {
    const calls = mockFetch(json({}));
    setCsrfToken('csrf-1');
    await apiRequest('/api/v1/share', { bearer: 'kurs_share_abc' });
    const headers = new Headers(calls[0].init.headers);
    expect([headers.get('Authorization'), headers.get('X-CSRF-Token'), calls[0].init.credentials]).toEqual(['Bearer kurs_share_abc', null, 'omit']);
  });

  it('reports a 401 as a lost session, except where signed out is an answer', async () => {
    const lost = vi.fn();
    onSessionLost(lost);
    const unauthorized = () => problem({ title: 'Unauthorized', status: 401 }, 401);
    mockFetch(unauthorized(), unauthorized(), unauthorized());
    await apiRequest('/api/v1/auth/session', { signedOut: true }).catch(() => undefined);
    await apiRequest('/api/v1/share', { bearer: 'kurs_share_revoked' }).catch(() => undefined);
    expect(lost).not.toHaveBeenCalled();
    const error = (await apiRequest('/api/v1/workspaces').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(401);
    expect(lost).toHaveBeenCalledTimes(1);
  });
});

describe('updateEntity', () => {
  it('sends the changed fields with If-Match of the version the user saw', async () => {
    const calls = mockFetch(json({ id: 'sell books', title: 'Sell more', horizon: 'year', version: 5 }));
    const updated = await updateEntity('demo', 'p 1', 'goals', 'sell books', 4, { title: 'Sell more', owner: null });
    expect(updated.version).toBe(5);
    expect(calls[0].url).toBe('/api/v1/workspaces/demo/plans/p%201/goals/sell%20books');
    expect(calls[0].init.method).toBe('PATCH');
    expect(new Headers(calls[0].init.headers).get('If-Match')).toBe('"4"');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ title: 'Sell more', owner: null });
  });

  it('fails with a conflict when the row changed since it was read', async () => {
    mockFetch(problem({ title: 'Precondition Failed', status: 412, detail: 'stale' }, 412));
    const error = (await updateEntity('demo', 'p', 'kpis', 'visits', 1, { name: 'Visits' }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.isConflict).toBe(true);
  });
});

describe('listCollection', () => {
  it('follows the cursor until the last page', async () => {
    const calls = mockFetch(
      json({ items: [{ id: 'a', version: 1 }], next_cursor: 'c2' }),
      json({ items: [{ id: 'b', version: 1 }], next_cursor: null }),
    );
    const items = await listCollection('demo', 'plan', 'themes');
    expect(items.map((item) => item.id)).toEqual(['a', 'b']);
    expect(new URL(calls[1].url, 'http://x').searchParams.get('cursor')).toBe('c2');
  });
});

describe('createPlan', () => {
  it('posts an uploaded YAML file as YAML and returns the new id', async () => {
    const calls = mockFetch(json({ id: 'digital-strategi-2027', name: 'Digital strategi 2027', version: 1 }, 201));
    const created = await createPlan('demo', { text: 'kurs: 1\n', format: 'yaml' });
    expect(created.id).toBe('digital-strategi-2027');
    expect(new Headers(calls[0].init.headers).get('Content-Type')).toBe('application/yaml');
    expect(calls[0].init.body).toBe('kurs: 1\n');
  });

  it('takes the id from Location when the body does not carry it', async () => {
    mockFetch(new Response(null, { status: 201, headers: { Location: '/api/v1/workspaces/demo/plans/p-2' } }));
    const created = await createPlan('demo', {
      document: { kurs: 1, plan: { name: 'P', period: { start: '2027-01-01', end: '2027-12-31' } } },
    });
    expect(created.id).toBe('p-2');
  });
});

describe('plan and workspace settings', () => {
  it('archives a plan with a PATCH and If-Match of the version the user saw', async () => {
    const calls = mockFetch(json({ id: 'p', name: 'P', archived: true, archived_at: '2027-01-01T00:00:00Z', version: 5 }));
    const plan = await updatePlan('demo', 'p', 4, { archived: true });
    expect(plan.archived).toBe(true);
    expect(calls[0]!.url).toBe('/api/v1/workspaces/demo/plans/p');
    expect(calls[0]!.init.method).toBe('PATCH');
    expect(new Headers(calls[0]!.init.headers).get('If-Match')).toBe('"4"');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ archived: true });
  });

  it('lists the archived plans with ?archived=true', async () => {
    const calls = mockFetch(json({ items: [{ id: 'old', archived: true }], next_cursor: null }));
    expect((await listArchivedPlans('demo')).map((p) => p.id)).toEqual(['old']);
    expect(new URL(calls[0]!.url, 'http://x').searchParams.get('archived')).toBe('true');
  });

  it('clears a workspace currency with null', async () => {
    const calls = mockFetch(json({ id: 'demo', name: 'Demo', locale: 'nb', currency: null, version: 2 }));
    await updateWorkspace('demo', 1, { currency: null });
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ currency: null });
    expect(new Headers(calls[0]!.init.headers).get('If-Match')).toBe('"1"');
  });

  it('saves a plan as a template and deletes it with its version', async () => {
    const calls = mockFetch(json({ id: 'shop', name: 'Shop', version: 1 }, 201), new Response(null, { status: 204 }));
    await createTemplate('demo', { name: 'Shop', from_plan: 'p' });
    await deleteTemplate('demo', 'shop', 1);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['POST /api/v1/workspaces/demo/templates', 'DELETE /api/v1/workspaces/demo/templates/shop']);
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ name: 'Shop', from_plan: 'p' });
    expect(new Headers(calls[1]!.init.headers).get('If-Match')).toBe('"1"');
  });
});
