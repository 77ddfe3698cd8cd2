import type { RoadmapBar, RoadmapModel } from '@kurs/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../shared/api/api.client';
import { queryKeys } from '../../shared/api/api.queries';
import { updateEntity } from '../../shared/api/api.resources';
import type { Entity } from '../../shared/api/api.types';
import type { Dates } from './roadmap.drag';
import { activitiesOf, refreshAfterDates } from './roadmap.queries';

/** The last saved change, which undo takes back. */
export interface DateChange {
  id: string;
  title: string;
  /** The dates drawn before the change. */
  drawn: Dates;
  /** The dates stored before the change, exactly (an activity may have had one date only). */
  stored: { start: string | null; end: string | null };
  /** The version the change made: undo is refused (412) if someone changed the activity since. */
  version: number;
}

/**
 * The last change is kept for the browser tab (sessionStorage), so that undo still works after
 * a reload; it is the user's own change, and its version guards against undoing over another's.
 */
function undoKey(ws: string, plan: string): string {
  return `kurs.roadmap.undo:${ws}/${plan}`;
}

function readLast(ws: string, plan: string): DateChange | null {
  try {
    const text = sessionStorage.getItem(undoKey(ws, plan));
    return text ? (JSON.parse(text) as DateChange) : null;
  } catch {
    return null;
  }
}

function writeLast(ws: string, plan: string, change: DateChange | null): void {
  try {
    if (change) sessionStorage.setItem(undoKey(ws, plan), JSON.stringify(change));
    else sessionStorage.removeItem(undoKey(ws, plan));
  } catch {
    // Storage may be off (private mode): undo then lasts until the page is left.
  }
}

export type EditEvent =
  | { kind: 'moved'; title: string; dates: Dates }
  | { kind: 'saved' | 'undone'; title: string }
  | { kind: 'conflict' | 'failed'; title: string };

/** Keyboard steps are saved together once the keys rest this long (or focus leaves the bars). */
const KEYBOARD_PAUSE_MS = 900;

interface Pending {
  id: string;
  dates: Dates;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Changing the dates of activities on the roadmap. A change shows at once (an override of the
 * model's dates) and is saved with If-Match of the version the user saw; the model is then
 * fetched again (the engine packs the rows anew). Saves run one after another, so that each
 * one sends the version the one before it produced. A conflict (412) is reported, the change
 * is dropped and nothing is overwritten. Undo takes back the last saved change.
 */
export function useRoadmapEditing(ws: string, plan: string, model: RoadmapModel | undefined, onEvent: (event: EditEvent) => void) {
  const queryClient = useQueryClient();
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Dates>>(new Map());
  const [last, setLastState] = useState<DateChange | null>(() => readLast(ws, plan));
  const setLast = useCallback(
    (change: DateChange | null) => {
      writeLast(ws, plan, change);
      setLastState(change);
    },
    [ws, plan],
  );
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef<Pending | null>(null);
  const latest = useRef({ onEvent, overrides });
  latest.current = { onEvent, overrides };

  const bars = useMemo(() => {
    const byId = new Map<string, RoadmapBar>();
    for (const lane of model?.lanes ?? []) for (const row of lane.rows) for (const bar of row) byId.set(bar.id, bar);
    return byId;
  }, [model]);

  const setOverride = useCallback((id: string, dates: Dates | null, only?: Dates) => {
    setOverrides((current) => {
      const now = current.get(id);
      if (only && (now?.start !== only.start || now?.end !== only.end)) return current;
      const next = new Map(current);
      if (dates) next.set(id, dates);
      else next.delete(id);
      return next;
    });
  }, []);

  const save = useCallback(
    (id: string, dates: Dates, patch: { start: string | null; end: string | null }, kind: 'change' | 'undo', version?: number) => {
      const title = bars.get(id)?.title ?? id;
      queue.current = queue.current.then(async () => {
        setSaving((n) => n + 1);
        try {
          const activities = await activitiesOf(queryClient, ws, plan);
          const stored = activities.find((a) => a.id === id);
          if (!stored) throw Object.assign(new Error('gone'), { gone: true });
          const updated = await updateEntity(ws, plan, 'activities', id, version ?? stored.version, patch);
          queryClient.setQueryData<Entity<'activities'>[]>(queryKeys.collection(ws, plan, 'activities'), (items) =>
            items?.map((item) => (item.id === id ? updated : item)),
          );
          const drawn = { start: stored.start ?? stored.end ?? dates.start, end: stored.end ?? stored.start ?? dates.end };
          setLast(kind === 'change' ? { id, title, drawn, stored: { start: stored.start ?? null, end: stored.end ?? null }, version: updated.version } : null);
          latest.current.onEvent({ kind: kind === 'change' ? 'saved' : 'undone', title });
          await refreshAfterDates(queryClient, ws, plan);
          setOverride(id, null, dates);
        } catch (error) {
          setOverride(id, null);
          if ((isApiError(error) && error.isConflict) || (error as { gone?: boolean }).gone) {
            setConflict(true);
            latest.current.onEvent({ kind: 'conflict', title });
          } else {
            setFailure(error);
            latest.current.onEvent({ kind: 'failed', title });
          }
        } finally {
          setSaving((n) => n - 1);
        }
      });
      return queue.current;
    },
    [bars, queryClient, ws, plan, setOverride, setLast],
  );

  const saveRef = useRef(save);
  saveRef.current = save;

  /** Saves a change typed by keyboard now, instead of after the pause. */
  const flush = useCallback(() => {
    const typed = pending.current;
    if (!typed) return;
    pending.current = null;
    clearTimeout(typed.timer);
    void saveRef.current(typed.id, typed.dates, typed.dates, 'change');
  }, []);

  const change = useCallback(
    (id: string, dates: Dates, source: 'pointer' | 'keyboard') => {
      setFailure(null);
      setOverride(id, dates);
      latest.current.onEvent({ kind: 'moved', title: bars.get(id)?.title ?? id, dates });
      if (pending.current && pending.current.id !== id) flush();
      if (source === 'pointer') {
        void save(id, dates, dates, 'change');
        return;
      }
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { id, dates, timer: setTimeout(flush, KEYBOARD_PAUSE_MS) };
    },
    [bars, flush, save, setOverride],
  );

  const undo = useCallback(() => {
    const typed = pending.current;
    if (typed) {
      // Keys not saved yet are simply let go.
      pending.current = null;
      clearTimeout(typed.timer);
      setOverride(typed.id, null);
      latest.current.onEvent({ kind: 'undone', title: bars.get(typed.id)?.title ?? typed.id });
      return;
    }
    if (!last) return;
    setLast(null);
    setOverride(last.id, last.drawn);
    void save(last.id, last.drawn, last.stored, 'undo', last.version);
  }, [last, bars, save, setOverride, setLast]);

  const reload = useCallback(async () => {
    setConflict(false);
    setOverrides(new Map());
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.collection(ws, plan, 'activities') }),
      refreshAfterDates(queryClient, ws, plan),
    ]);
  }, [queryClient, ws, plan]);

  // Keys typed just before leaving the page are saved, not lost.
  useEffect(() => flush, [flush]);

  return {
    overrides,
    change,
    flush,
    undo,
    canUndo: last !== null || pending.current !== null,
    conflict,
    reload,
    failure,
    dismissFailure: () => setFailure(null),
    saving: saving > 0,
  };
}
