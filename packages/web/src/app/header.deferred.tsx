import { type ReactNode, type RefObject, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useWhenSettled } from './app.settled';

/*
 * The header's menus and switchers (Mantine's Menu, Select, Tooltip and the floating-ui
 * positioning under them: about 40 kB gzipped) are not needed to show a page, only to use
 * them. Each is drawn at once as its button (a stand-in that looks the same), and the real
 * ones come in one chunk when one of them is first pointed at, focused or clicked, or once the
 * page's requests are done and the browser is idle. The real control opens if its stand-in was
 * clicked and takes the focus if its stand-in had it.
 */

type Menus = typeof import('./header.menus');

let menus: Menus | undefined;
let requested = false;
const listeners = new Set<() => void>();

/** Starts loading the menus (once). */
export function loadMenus(): void {
  if (requested) return;
  requested = true;
  void import('./header.menus').then((module) => {
    menus = module;
    for (const listener of listeners) listener();
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The menus' module once loaded; meanwhile it loads them once the page's requests are done. */
function useMenus(): Menus | undefined {
  const loaded = useSyncExternalStore(subscribe, () => menus);
  useWhenSettled(loaded ? undefined : loadMenus);
  return loaded;
}

/** What the stand-in was doing when the real control took its place. */
export interface Handover {
  opened: boolean;
  focused: boolean;
}

/** For the real control's button: a ref that takes the focus on mount when the stand-in had it. */
export function useHandoverFocus<T extends HTMLElement>(handover: Handover | undefined): RefObject<T | null> {
  const ref = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the control replaces its stand-in.
  useEffect(() => {
    if (handover?.focused) ref.current?.focus();
  }, []);
  return ref;
}

export interface StandInProps {
  onPointerEnter: () => void;
  onFocus: () => void;
  onBlur: () => void;
  onClick: () => void;
}

/** A header control: its stand-in until the menus are loaded, then the real one. */
export function Deferred(props: { standIn: (handlers: StandInProps) => ReactNode; children: (menus: Menus, handover: Handover) => ReactNode }) {
  const loaded = useMenus();
  const [handover, setHandover] = useState<Handover>({ opened: false, focused: false });
  if (loaded) return props.children(loaded, handover);
  return props.standIn({
    onPointerEnter: loadMenus,
    onFocus: () => {
      setHandover((h) => ({ ...h, focused: true }));
      loadMenus();
    },
    onBlur: () => setHandover((h) => ({ ...h, focused: false })),
    onClick: () => {
      setHandover({ opened: true, focused: true });
      loadMenus();
    },
  });
}
