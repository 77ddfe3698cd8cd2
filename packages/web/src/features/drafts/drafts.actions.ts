import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../../shared/api/api.client';
import { queryKeys } from '../../shared/api/api.queries';
import { deleteEntity, updateEntity } from '../../shared/api/api.resources';
import { lastChangeMessage, type UndoChange } from '../../shared/undo';
import { useProblemWords } from '../../shared/ui/problem-words';
import { useUndoLast } from '../../shared/ui/undo-last';
import { deleteOrder, draftKey, summarise, usedBy, type BatchSummary, type DraftItem, type Outcome, type PlanLists } from './drafts.model';

export interface DraftActions {
  /** Confirms the items one after another (PATCH `draft: null`, If-Match); one undo for the batch. */
  confirm(items: readonly DraftItem[]): Promise<void>;
  /** Deletes the items in an order where they do not hold each other back; each refusal is kept with its reason. */
  remove(items: readonly DraftItem[]): Promise<void>;
  /** Takes the last confirm batch back (PATCH `draft: true` with the versions it made). */
  undo(): Promise<void>;
  /** Whether this page's last confirm batch is still the app's last change, the one an undo takes back. */
  canUndo: boolean;
  busy: boolean;
  summary: BatchSummary | null;
  dismiss(): void;
  /** Whether an item is being or has been taken off the list by a batch (until its version moves on). */
  isGone(item: DraftItem): boolean;
}

/**
 * The drafts page's batches. Each item is sent on its own, so that one refusal does not stop
 * the rest; the plan's answers are read once after the batch. Items leave the list as they are
 * sent (page state, keyed by id and version), so they do not flash back before the lists are
 * read again, and come back if the change is refused or undone (a new version).
 */
export function useDraftActions(ws: string, plan: string, lists: PlanLists): DraftActions {
  const intl = useIntl();
  const queryClient = useQueryClient();
  const undoLast = useUndoLast(ws, plan);
  const words = useProblemWords();
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<BatchSummary | null>(null);
  // What the last confirm batch was called in its undo notice; deletes are no change an undo takes back.
  const [lastConfirm, setLastConfirm] = useState<string | null>(null);
  const [gone, setGone] = useState<ReadonlyMap<string, number>>(new Map());

  const hide = (items: readonly DraftItem[], on: boolean) =>
    setGone((before) => {
      const next = new Map(before);
      for (const item of items) {
        if (on) next.set(draftKey(item), item.entity.version);
        else next.delete(draftKey(item));
      }
      return next;
    });

  /** Why the server refused an item, in words; `removed`: what the batch deleted up to and with this item (see usedBy). */
  const reasonOf = (error: unknown, removed: readonly DraftItem[]): string => {
    if (isApiError(error) && error.code === 'in_use') {
      return intl.formatMessage({ id: 'drafts.result.inUse' }, { names: intl.formatList(usedBy(error.errors, lists, removed)) });
    }
    if (isApiError(error) && error.isConflict) return intl.formatMessage({ id: 'drafts.result.conflict' });
    return words.problem(error) ?? intl.formatMessage({ id: 'drafts.result.unknown' });
  };

  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.plan(ws, plan) });

  const confirm = async (items: readonly DraftItem[]) => {
    setBusy(true);
    hide(items, true);
    const outcomes: Outcome[] = [];
    const changes: UndoChange[] = [];
    for (const item of items) {
      try {
        const updated = await updateEntity(ws, plan, item.collection, item.entity.id, item.entity.version, { draft: null });
        changes.push({ collection: item.collection, id: item.entity.id, version: updated.version, before: { draft: true } });
        outcomes.push({ item });
      } catch (error) {
        outcomes.push({ item, reason: reasonOf(error, []) });
      }
    }
    const result = summarise('confirm', outcomes);
    hide(
      result.failed.map((f) => f.item),
      false,
    );
    const message = intl.formatMessage({ id: 'drafts.undo.message' }, { count: changes.length });
    undoLast.remember(message, changes);
    if (changes.length > 0) setLastConfirm(message);
    await refresh();
    setSummary(result);
    setBusy(false);
  };

  const remove = async (items: readonly DraftItem[]) => {
    setBusy(true);
    const ordered = deleteOrder(items, lists.goals ?? []);
    hide(ordered, true);
    const outcomes: Outcome[] = [];
    const deleted: DraftItem[] = [];
    for (const item of ordered) {
      try {
        await deleteEntity(ws, plan, item.collection, item.entity.id, item.entity.version);
        deleted.push(item);
        outcomes.push({ item });
      } catch (error) {
        outcomes.push({ item, reason: reasonOf(error, [...deleted, item]) });
      }
    }
    const result = summarise('delete', outcomes);
    hide(
      result.failed.map((f) => f.item),
      false,
    );
    await refresh();
    setSummary(result);
    setBusy(false);
  };

  const undo = async () => {
    setBusy(true);
    await undoLast.undo();
    setLastConfirm(null);
    setSummary(null);
    setBusy(false);
  };

  const isGone = useCallback((item: DraftItem) => gone.get(draftKey(item)) === item.entity.version, [gone]);

  return {
    confirm,
    remove,
    undo,
    canUndo: lastConfirm !== null && lastChangeMessage() === lastConfirm,
    busy,
    summary,
    dismiss: () => setSummary(null),
    isGone,
  };
}
