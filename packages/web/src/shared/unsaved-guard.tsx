import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useId, useSyncExternalStore } from 'react';
import { useIntl } from 'react-intl';
import { useBlocker } from 'react-router';
import { AppModal, useReportUnsaved } from './ui/app-modal';

/*
 * Every mounted guard says whether it holds unsaved input. The router consults only one blocker
 * (the last registered, with a warning when there are more), so the first guard mounted holds
 * the app's one blocker, and it asks whenever any guard holds unsaved input: a page with many
 * editors (texts edited in place, a form, a grid) is guarded whichever of them was typed in.
 */
const guards = new Map<string, boolean>();
const listeners = new Set<() => void>();
let revision = 0;

function changed(): void {
  revision += 1;
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const anyUnsaved = (): boolean => [...guards.values()].some(Boolean);

/**
 * Keeps typed input from being dropped by leaving the page: while `when` is true, a link, Back
 * or Forward inside the app asks first (the router's blocker), and a reload or closing the tab
 * gets the browser's own question (`beforeunload`; browsers word it themselves).
 * Render it inside whatever holds the unsaved input; it draws nothing until someone leaves.
 * Inside an AppModal (or a DiscardScope) it also makes closing that ask first.
 */
export function UnsavedGuard(props: { when: boolean }) {
  const id = useId();
  useReportUnsaved(props.when);
  useSyncExternalStore(subscribe, () => revision);

  useEffect(() => {
    guards.set(id, false);
    changed();
    return () => {
      guards.delete(id);
      changed();
    };
  }, [id]);
  useEffect(() => {
    if (!guards.has(id) || guards.get(id) === props.when) return;
    guards.set(id, props.when);
    changed();
  }, [id, props.when]);

  useEffect(() => {
    if (!props.when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [props.when]);

  return guards.keys().next().value === id ? <LeaveQuestion unsaved={anyUnsaved()} /> : null;
}

/** The app's one blocker, and its question. */
function LeaveQuestion(props: { unsaved: boolean }) {
  const intl = useIntl();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => anyUnsaved() && currentLocation.pathname !== nextLocation.pathname);

  // The input was saved or dropped while the question was open: nothing left to guard.
  useEffect(() => {
    if (blocker.state === 'blocked' && !props.unsaved) blocker.proceed();
  }, [blocker, props.unsaved]);

  const stay = () => blocker.state === 'blocked' && blocker.reset();
  return (
    <AppModal opened={blocker.state === 'blocked'} onClose={stay} title={intl.formatMessage({ id: 'unsaved.title' })}>
      <Stack gap="md">
        <Text size="sm">{intl.formatMessage({ id: 'unsaved.body' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={stay} data-autofocus>
            {intl.formatMessage({ id: 'unsaved.stay' })}
          </Button>
          <Button color="red" onClick={() => blocker.state === 'blocked' && blocker.proceed()}>
            {intl.formatMessage({ id: 'unsaved.leave' })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
