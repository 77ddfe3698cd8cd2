import { lazy, useState, type ComponentType } from 'react';

/**
 * A page in a chunk of its own. When the address the app opens at is the page's own
 * (`opensAt`), its chunk is fetched at once, beside the session and data requests, and the page
 * renders without a loader once it is in: a Suspense fallback, once shown, stays for at least
 * 300 ms in React 19.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>, opensAt?: RegExp): ComponentType {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  if (opensAt?.test(window.location.pathname)) void preload();
  // biome-ignore lint/correctness/noComponentHookFactories: made once per route when the router is set up, like lazy() itself, never while rendering.
  return function Page() {
    // Chosen once per mount: switching from Lazy to the loaded page later would remount it.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  };
}
