import { useEffect, useState } from 'react';
import { useCan } from '../access/access.can';
import { type EntityUpdate, useRefreshPlan, useUpdateEntity } from '../../shared/api/api.queries';
import type { Entity } from '../../shared/api/api.types';

/**
 * Saving a card's new place: one PATCH with If-Match at a time (a move made while one is on
 * its way would carry a stale version), a spoken confirmation, and focus kept on the card
 * the keyboard moved even though it now sits in another cell.
 */
export function useBoardSave(ws: string, plan: string) {
  const update = useUpdateEntity(ws, plan, 'activities');
  const refresh = useRefreshPlan(ws, plan);
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const canMove = useCan('plan.write');

  useEffect(() => {
    if (!focusId) return;
    // Only focus that was lost (the card left its cell) is put back; focus the user moved stays.
    if (document.activeElement && document.activeElement !== document.body) return;
    document.querySelector<HTMLElement>(`[data-card="${CSS.escape(focusId)}"]`)?.focus();
  });

  const save = async (activity: Entity<'activities'>, patch: EntityUpdate<'activities'>['patch'], saved: string) => {
    if (pendingId) return;
    setPendingId(activity.id);
    setAnnouncement('');
    try {
      await update.mutateAsync({ id: activity.id, version: activity.version, patch });
      setAnnouncement(saved);
      await refresh();
    } catch {
      // Shown from the mutation's state: a conflict offers a reload, anything else an error.
    } finally {
      setPendingId(null);
    }
  };

  return {
    canMove,
    save,
    pendingId,
    announcement,
    setFocusId,
    conflict: update.conflict,
    reload: update.reload,
    error: update.conflict ? null : update.error,
  };
}
