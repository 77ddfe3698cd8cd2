import { Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDeleteEntity } from '../api/api.queries';
import type { CollectionName } from '../api/api.types';
import { AppModal } from './app-modal';
import { ConflictAlert } from './conflict-alert';
import { ErrorAlert } from './error-alert';

/**
 * Asks before deleting one entity of a collection, then deletes it with If-Match. A refusal
 * (409: still used elsewhere) or a conflict (412) is shown in the dialog.
 */
export function DeleteDialog(props: {
  ws: string;
  plan: string;
  collection: CollectionName;
  /** The entity to delete; the dialog is open while it is set. */
  entity: { id: string; version: number } | null;
  title: string;
  body: ReactNode;
  confirm: string;
  cancel: string;
  onClose: () => void;
}) {
  const remove = useDeleteEntity(props.ws, props.plan, props.collection);
  const close = () => {
    remove.reset();
    props.onClose();
  };
  const entity = props.entity;
  return (
    <AppModal opened={entity !== null} onClose={close} title={props.title}>
      {entity && (
        <Stack gap="md">
          <Text size="sm">{props.body}</Text>
          {remove.conflict && <ConflictAlert onReload={() => void remove.reload().then(close)} />}
          {remove.error && !remove.conflict && <ErrorAlert error={remove.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {props.cancel}
            </Button>
            {/* red.9: white text on the lighter reds is below 4.5:1 */}
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate({ id: entity.id, version: entity.version }, { onSuccess: close })}>
              {props.confirm}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
