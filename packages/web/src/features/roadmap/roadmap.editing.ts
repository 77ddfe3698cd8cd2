import type { RoadmapModel } from '@kurs/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isApiError } from '../../shared/api/api.client';
import { queryKeys } from '../../shared/api/api.queries';
import { updateEntity } from '../../shared/api/api.resources';
import type { Entity } from '../../shared/api/api.types';
import type { Dates } from './roadmap.drag';
import { refreshAfterDates, storedList } from './roadmap.queries';

/** What the roadmap moves in time: activities (bars) and milestones (diamonds, one date: start = end). */
export type Dated = 'activities' | 'milestones';

/** The last saved change, which undo takes back. */
export interface DateChange {
  /** Absent for an activity, so that a change kept from before milestones moved still reads. */
  collection?: 'milestones';
  id: string;
  title: string;
  /** The dates drawn before the change. */
  drawn: Dates;
  /** The dates stored before the change, exactly (an activity may have had one date only; a milestone's date is both). */
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
  kind: Dated;
  id: string;
  dates: Dates;
  timer: ReturnType<typeof setTimeout>;
}

const NO_OVERRIDES: Record<Dated, ReadonlyMap<string, Dates>> = { activities: new Map(), milestones: new Map() };

/** Stores new dates with If-Match of `version`; a milestone takes the start as its date. */
function saveDates(ws: string, plan: string, kind: Dated, id: string, version: number, dates: { start: string | null; end: string | null }) {
  return kind === 'milestones'
    ? updateEntity(ws, plan, 'milestones', id, version, { date: dates.start })
    : updateEntity(ws, plan, 'activities', id, version, dates);
}

/** The dates an entity has stored, as the roadmap draws them and exactly as stored. */
function storedDates(entity: Entity<'activities'> | Entity<'milestones'>, drawn: Dates) {
  if ('date' in entity) return { drawn: { start: entity.date, end: entity.date }, stored: { start: entity.date, end: entity.date } };
  return {
    drawn: { start: entity.start ?? entity.end ?? drawn.start, end: entity.end ?? entity.start ?? drawn.end },
    stored: { start: entity.start ?? null, end: entity.end ?? null },
  };
}

/**
 * Changing the dates of activities and milestones on the roadmap. A change shows at once (an override of the
 * model's dates) and is saved with If-Match of the version the user saw; the model is then
 * fetched again (the engine packs the rows anew). Saves run one after another, so that each
 * one sends the version the one before it produced. A conflict (412) is reported, the change
 * is dropped and nothing is overwritten. Undo takes back the last saved change.
 */
export function useRoadmapEditing(ws: string, plan: string, model: RoadmapModel | undefined, onEvent: (event: EditEvent) => void) {
  const queryClient = useQueryClient();
  const [overrides, setOverrides] = useState(NO_OVERRIDES);
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

  const titles = useMemo(() => {
    const byKind: Record<Dated, Map<string, string>> = { activities: new Map(), milestones: new Map() };
    for (const lane of model?.lanes ?? []) {
      for (const row of lane.rows) for (const bar of row) byKind.activities.set(bar.id, bar.title);
      for (const m of lane.milestones) if (m.id !== null) byKind.milestones.set(m.id, m.title);
    }
    return (kind: Dated, id: string) => byKind[kind].get(id) ?? id;
  }, [model]);

  const setOverride = useCallback((kind: Dated, id: string, dates: Dates | null, only?: Dates) => {
    setOverrides((current) => {
      const now = current[kind].get(id);
      if (only && (now?.start !== only.start || now?.end !== only.end)) return current;
      const next = new Map(current[kind]);
      if (dates) next.set(id, dates);
      else next.delete(id);
      return { ...current, [kind]: next };
    });
  }, []);

  const save = useCallback(
    (kind: Dated, id: string, dates: Dates, patch: { start: string | null; end: string | null }, mode: 'change' | 'undo', version?: number) => {
      const title = titles(kind, id);
      queue.current = queue.current.then(async () => {
        setSaving((n) => n + 1);
        try {
          const items: (Entity<'activities'> | Entity<'milestones'>)[] = await storedList(queryClient, ws, plan, kind);
          const stored = items.find((a) => a.id === id);
          if (!stored) throw Object.assign(new Error('gone'), { gone: true });
          const updated = await saveDates(ws, plan, kind, id, version ?? stored.version, patch);
          queryClient.setQueryData<Entity<Dated>[]>(queryKeys.collection(ws, plan, kind), (list) => list?.map((item) => (item.id === id ? updated : item)));
          const before = storedDates(stored, dates);
          setLast(
            mode === 'change'
              ? { ...(kind === 'milestones' && { collection: kind }), id, title, drawn: before.drawn, stored: before.stored, version: updated.version }
              : null,
          );
          latest.current.onEvent({ kind: mode === 'change' ? 'saved' : 'undone', title });
          await refreshAfterDates(queryClient, ws, plan);
          setOverride(kind, id, null, dates);
        } catch (error) {
          setOverride(kind, id, null);
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
    [titles, queryClient, ws, plan, setOverride, setLast],
  );

  const saveRef = useRef(save);
  saveRef.current = save;

  /** Saves a change typed by keyboard now, instead of after the pause. */
  const flush = useCallback(() => {
    const typed = pending.current;
    if (!typed) return;
    pending.current = null;
    clearTimeout(typed.timer);
    void saveRef.current(typed.kind, typed.id, typed.dates, typed.dates, 'change');
  }, []);

  const change = useCallback(
    (kind: Dated, id: string, dates: Dates, source: 'pointer' | 'keyboard') => {
      setFailure(null);
      setOverride(kind, id, dates);
      latest.current.onEvent({ kind: 'moved', title: titles(kind, id), dates });
      if (pending.current && (pending.current.id !== id || pending.current.kind !== kind)) flush();
      if (source === 'pointer') {
        void save(kind, id, dates, dates, 'change');
        return;
      }
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { kind, id, dates, timer: setTimeout(flush, KEYBOARD_PAUSE_MS) };
    },
    [titles, flush, save, setOverride],
  );

  const undo = useCallback(() => {
    const typed = pending.current;
    if (typed) {
      // Keys not saved yet are simply let go.
      pending.current = null;
      clearTimeout(typed.timer);
      setOverride(typed.kind, typed.id, null);
      latest.current.onEvent({ kind: 'undone', title: titles(typed.kind, typed.id) });
      return;
    }
    if (!last) return;
    const kind = last.collection ?? 'activities';
    setLast(null);
    setOverride(kind, last.id, last.drawn);
    void save(kind, last.id, last.drawn, last.stored, 'undo', last.version);
  }, [last, titles, save, setOverride, setLast]);

  const reload = useCallback(async () => {
    setConflict(false);
    setOverrides(NO_OVERRIDES);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.collection(ws, plan, 'activities') }),
      queryClient.invalidateQueries({ queryKey: queryKeys.collection(ws, plan, 'milestones') }),
      refreshAfterDates(queryClient, ws, plan),
    ]);
  }, [queryClient, ws, plan]);

  // Keys typed just before leaving the page are saved, not lost.
  useEffect(() => flush, [flush]);

  return {
    overrides: overrides.activities,
    milestoneOverrides: overrides.milestones,
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
