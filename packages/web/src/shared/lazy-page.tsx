import { lazy, useState, type ComponentType } from 'react';
import type { PageChunk } from './lazy-page.chunk';

/**
 * A page in a chunk of its own. The chunk of the page the app opens at is fetched at
 * navigation (app/app.navigation.ts), beside the session and data requests, and the page
 * renders without a loader once it is in: a Suspense fallback, once shown, stays for at least
 * 300 ms in React 19.
 */
export function lazyPage(chunk: PageChunk): ComponentType {
  const Lazy = lazy(chunk);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per route when the router is set up, like lazy() itself, never while rendering.
  return function Page() {
    // Chosen once per mount: switching from Lazy to the loaded page later would remount it.
    const [Loaded] = useState(() => chunk.loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  };
}
