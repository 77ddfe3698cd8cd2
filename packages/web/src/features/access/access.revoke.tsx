import type { UseMutationResult } from '@tanstack/react-query';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { useT } from './access.words';

/** Asks before revoking a share link, an API token or an invitation; closes once it is revoked. */
export function RevokeDialog<T extends { id: string }, R>(props: {
  target: T | null;
  title: string;
  body: string;
  revoke: UseMutationResult<R, Error, string>;
  onClose: () => void;
}) {
  const t = useT();
  const { target, revoke } = props;
  return (
    <ConfirmDialog
      opened={target !== null}
      title={props.title}
      body={props.body}
      confirm={t('access.common.revoke')}
      cancel={t('access.common.cancel')}
      pending={revoke.isPending}
      onConfirm={() => target && revoke.mutate(target.id, { onSuccess: props.onClose })}
      onClose={props.onClose}
    >
      {revoke.isError && <ErrorAlert error={revoke.error} />}
    </ConfirmDialog>
  );
}
