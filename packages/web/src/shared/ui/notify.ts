import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useIntl } from 'react-intl';

/** Tells the user a change was saved; the notice's close button is named, as screen readers need. */
export function useNotifySaved(): (message: string) => void {
  const intl = useIntl();
  return useCallback(
    (message: string) =>
      notifications.show({ color: 'teal', message, closeButtonProps: { 'aria-label': intl.formatMessage({ id: 'common.close' }) } }),
    [intl],
  );
}
