import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { FormattedMessage } from 'react-intl';

/**
 * Shown when a save failed with 412: someone else changed the thing first. The user's change
 * is not applied silently over theirs; reloading shows the current version to work from.
 */
export function ConflictAlert(props: { onReload: () => void; reloading?: boolean }) {
  return (
    <Alert color="yellow" variant="light" title={<FormattedMessage id="conflict.title" />} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          <FormattedMessage id="conflict.body" />
        </Text>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconRefresh size={16} aria-hidden />}
          loading={props.reloading}
          onClick={props.onReload}
        >
          <FormattedMessage id="conflict.reload" />
        </Button>
      </Stack>
    </Alert>
  );
}
