import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useBlocker } from 'react-router';
import { AppModal } from './ui/app-modal';

/**
 * Keeps typed input from being dropped by leaving the page: while `when` is true, a link, Back
 * or Forward inside the app asks first (the router's blocker), and a reload or closing the tab
 * gets the browser's own question (`beforeunload`; browsers word it themselves).
 * Render it inside whatever holds the unsaved input; it draws nothing until someone leaves.
 */
export function UnsavedGuard(props: { when: boolean }) {
  const intl = useIntl();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => props.when && currentLocation.pathname !== nextLocation.pathname);

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

  // The input was saved or dropped while the question was open: nothing left to guard.
  useEffect(() => {
    if (blocker.state === 'blocked' && !props.when) blocker.proceed();
  }, [blocker, props.when]);

  const stay = () => blocker.state === 'blocked' && blocker.reset();
  return (
    <AppModal opened={blocker.state === 'blocked'} onClose={stay} title={intl.formatMessage({ id: 'unsaved.title' })}>
      <Stack gap="md">
        <Text size="sm">{intl.formatMessage({ id: 'unsaved.body' })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={stay} data-autofocus>
            {intl.formatMessage({ id: 'unsaved.stay' })}
          </Button>
          <Button color="red.9" onClick={() => blocker.state === 'blocked' && blocker.proceed()}>
            {intl.formatMessage({ id: 'unsaved.leave' })}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
