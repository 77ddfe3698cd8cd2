import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { isApiError } from '../api/api.client';
import { queryKeys } from '../api/api.queries';
import { updateEntity } from '../api/api.resources';
import { isTextField, rememberChange, takeLastChange, type UndoChange } from '../undo';
import { useProblemWords } from './problem-words';

const NOTICE = 'kurs-undo-last';

export interface UndoLast {
  /**
   * Remembers a change just saved (one entity or a bulk edit) as the one to undo, and offers
   * "Undo" in a notice. `message` says what changed ("Status of Rebuild the checkout: Planned").
   */
  remember(message: string, changes: UndoChange[]): void;
  /** Sends the last change's previous values back, each with If-Match of the version it made. */
  undo(): Promise<void>;
}

/**
 * The last change made in place, undone from its notice or by Ctrl+Z (⌘Z) when the focus is
 * not in a text field. An entity changed elsewhere since is left as it is, and the notice says so.
 */
export function useUndoLast(ws: string, plan: string): UndoLast {
  const intl = useIntl();
  const words = useProblemWords();
  const queryClient = useQueryClient();

  const undo = useCallback(async () => {
    const record = takeLastChange();
    if (!record) return;
    notifications.hide(NOTICE);
    let conflicts = 0;
    let failure: unknown = null;
    for (const change of record.changes) {
      try {
        await updateEntity(record.ws, record.plan, change.collection, change.id, change.version, change.before);
      } catch (error) {
        if (isApiError(error) && error.isConflict) conflicts++;
        else failure ??= error;
      }
    }
    // The engine's answers (ranks, budgets, health) moved back too.
    await queryClient.invalidateQueries({ queryKey: queryKeys.plan(record.ws, record.plan) });
    const closeButtonProps = { 'aria-label': intl.formatMessage({ id: 'common.close' }) };
    if (conflicts === 0 && failure === null) {
      notifications.show({ id: `${NOTICE}-done`, color: 'teal', message: intl.formatMessage({ id: 'undo.done' }), closeButtonProps });
      return;
    }
    const parts = [
      conflicts > 0 && intl.formatMessage({ id: 'undo.conflict' }, { count: conflicts }),
      failure !== null && intl.formatMessage({ id: 'undo.failed' }, { reason: words.problem(failure) ?? intl.formatMessage({ id: 'inline.failed' }) }),
    ];
    notifications.show({ id: `${NOTICE}-done`, color: 'yellow', autoClose: false, message: parts.filter(Boolean).join(' '), closeButtonProps });
  }, [intl, words, queryClient]);

  const remember = useCallback(
    (message: string, changes: UndoChange[]) => {
      rememberChange({ ws, plan, message, changes });
      if (changes.length === 0) return;
      notifications.hide(NOTICE);
      notifications.hide(`${NOTICE}-done`);
      notifications.show({
        id: NOTICE,
        color: 'teal',
        autoClose: 8000,
        closeButtonProps: { 'aria-label': intl.formatMessage({ id: 'common.close' }) },
        message: (
          <Group gap="sm" justify="space-between" wrap="nowrap">
            <Text size="sm">{message}</Text>
            <Button size="compact-sm" variant="light" onClick={() => void undo()}>
              {intl.formatMessage({ id: 'undo.action' })}
            </Button>
          </Group>
        ),
      });
    },
    [ws, plan, intl, undo],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (isTextField(event.target)) return;
      event.preventDefault();
      void undo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [undo]);

  return useMemo(() => ({ remember, undo }), [remember, undo]);
}
