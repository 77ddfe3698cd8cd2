import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Sets (a text) or removes (null) query parameters in place, keeping the others. It starts from
 * the address itself: the router hands an updater the parameters of its last render, which lag
 * while a navigation is still being drawn, so a second change right after a first would undo it.
 */
export function useSetSearchParams(): (changes: Record<string, string | null>) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (changes) =>
      setParams(
        () => {
          const next = new URLSearchParams(window.location.search);
          for (const [name, value] of Object.entries(changes)) {
            if (value === null) next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
}
