import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api.client';
import { getPlanPart, putPlanPart } from './api.plan-parts';

afterEach(() => {
  vi.unstubAllGlobals();
});

function answer(body: unknown, status = 200, etag = '"7"'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ETag: etag } });
}

describe('plan parts', () => {
  it('read a part with the plan header’s ETag, and an empty part as an empty object', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(answer({ usp: 'Fast' }, 200, '"3"')).mockResolvedValueOnce(new Response(null, { status: 204, headers: { ETag: '"3"' } }));
    vi.stubGlobal('fetch', fetch);
    expect(await getPlanPart('demo', 'p 1', 'situation')).toEqual({ value: { usp: 'Fast' }, etag: '"3"' });
    expect(await getPlanPart('demo', 'p 1', 'strategy')).toEqual({ value: {}, etag: '"3"' });
    expect(fetch.mock.calls[0]![0]).toBe('/api/v1/workspaces/demo/plans/p%201/situation');
  });

  it('replace a part with If-Match and return the new ETag', async () => {
    const fetch = vi.fn().mockResolvedValue(answer({ traffic: 'organic' }, 200, '"8"'));
    vi.stubGlobal('fetch', fetch);
    const saved = await putPlanPart('demo', 'p', 'strategy', { traffic: 'organic' }, '"7"');
    expect(saved).toEqual({ value: { traffic: 'organic' }, etag: '"8"' });
    const init = fetch.mock.calls[0]![1] as RequestInit;
    expect(init.method).toBe('PUT');
    expect(new Headers(init.headers).get('If-Match')).toBe('"7"');
    expect(JSON.parse(String(init.body))).toEqual({ traffic: 'organic' });
  });

  it('fail with a conflict when the plan changed since it was read', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(JSON.stringify({ title: 'Precondition Failed', status: 412 }), { status: 412, headers: { 'Content-Type': 'application/problem+json' } })));
    const error = await putPlanPart('demo', 'p', 'situation', { usp: 'x' }, '"1"').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isConflict).toBe(true);
  });
});
