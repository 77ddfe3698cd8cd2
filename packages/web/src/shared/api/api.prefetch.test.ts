import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, prefetch } from './api.client';

describe('requests started at navigation', () => {
  afterEach(() => vi.unstubAllGlobals());

  const counting = () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      return new Response(JSON.stringify({ n: asked.length }), { headers: { 'Content-Type': 'application/json' } });
    });
    return asked;
  };

  it('are taken over by the first call for the same URL, which sends nothing, and only once', async () => {
    const asked = counting();
    prefetch(['/api/v1/a?limit=1000']);
    expect(asked).toEqual(['/api/v1/a?limit=1000']);
    expect((await apiRequest('/api/v1/a', { query: { limit: 1000 } })).data).toEqual({ n: 1 });
    expect(asked).toHaveLength(1);
    expect((await apiRequest('/api/v1/a', { query: { limit: 1000 } })).data).toEqual({ n: 2 });
  });

  it('are left after a write, which may have changed them, and never stand in for a share link', async () => {
    const asked = counting();
    prefetch(['/api/v1/b', '/api/v1/c']);
    await apiRequest('/api/v1/c', { bearer: 'kurs_share_x' });
    await apiRequest('/api/v1/x', { method: 'POST', json: {} });
    await apiRequest('/api/v1/b');
    expect(asked).toEqual(['/api/v1/b', '/api/v1/c', '/api/v1/c', '/api/v1/x', '/api/v1/b']);
  });
});
