import type { ReactNode } from 'react';
import { useDeleteEntity } from '../api/api.queries';
import type { CollectionName } from '../api/api.types';
import { ConfirmDialog } from './confirm-dialog';
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
    <ConfirmDialog
      opened={entity !== null}
      title={props.title}
      body={props.body}
      confirm={props.confirm}
      cancel={props.cancel}
      pending={remove.isPending}
      onConfirm={() => entity && remove.mutate({ id: entity.id, version: entity.version }, { onSuccess: close })}
      onClose={close}
    >
      {remove.conflict && <ConflictAlert onReload={() => void remove.reload().then(close)} />}
      {remove.error && !remove.conflict && <ErrorAlert error={remove.error} />}
    </ConfirmDialog>
  );
}
