import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityUpdate, queryKeys } from './api.queries';

afterEach(() => {
  vi.unstubAllGlobals();
});

const channel = (version: number, funnel: string[]) => ({ id: 'webshop', name: 'Webshop', funnel, version });
const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('changing an entity', () => {
  it('is not undone by a read of its list that started before the change and ends after it', async () => {
    const queryClient = new QueryClient();
    const key = queryKeys.collection('acme', 'p', 'channels');
    queryClient.setQueryData(key, [channel(1, ['reach'])]);
    // A read of the list, started by an earlier change, still answers the old row.
    const reading = queryClient.fetchQuery({ queryKey: key, queryFn: () => later([channel(1, ['reach'])], 50), staleTime: 0 }).catch(() => undefined);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(channel(2, ['reach', 'engage'])), { status: 200, headers: { 'Content-Type': 'application/json' } }));

    const change = new MutationObserver(queryClient, entityUpdate(queryClient, 'acme', 'p', 'channels'));
    await change.mutate({ id: 'webshop', version: 1, patch: { funnel: ['reach', 'engage'] } as never });
    await reading;
    await later(null, 80);

    expect(queryClient.getQueryData(key)).toEqual([channel(2, ['reach', 'engage'])]);
  });
});
