import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { AppModal } from './app-modal';

/**
 * Asks before something that cannot be taken back (delete, revoke, remove). `children` go
 * between the question and the buttons: what went wrong when it was tried.
 */
export function ConfirmDialog(props: {
  opened: boolean;
  title: string;
  body: ReactNode;
  confirm: string;
  cancel: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  return (
    <AppModal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack gap="md">
        <Text size="sm">{props.body}</Text>
        {props.children}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {props.cancel}
          </Button>
          <Button color="red" loading={props.pending} onClick={props.onConfirm}>
            {props.confirm}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
