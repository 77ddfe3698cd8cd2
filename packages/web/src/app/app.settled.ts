import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

/** How long nothing is asked for before the page counts as in. */
const SETTLED_MS = 300;

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 0);
}

/**
 * Runs `run` once the page is in (no request under way for a moment) and the browser is idle:
 * for what the page does not need to show, such as the header's menus and the other pages' words.
 */
export function useWhenSettled(run: (() => void) | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!run) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(timer);
      if (queryClient.isFetching() === 0) timer = setTimeout(() => whenIdle(run), SETTLED_MS);
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(settle);
    settle();
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [run, queryClient]);
}
