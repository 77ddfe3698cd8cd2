import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { AppModal } from '../../shared/ui/app-modal';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';

/** What DangerZone needs of a delete mutation (useDeletePlan, useDeleteWorkspace). */
interface Removal {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  conflict: boolean;
  reset: () => void;
  reload: () => Promise<void>;
}

/**
 * The red-bordered section at the end of a settings page that deletes the plan or the
 * workspace, through TypeToDelete; a conflict or an error is shown in the dialog.
 */
export function DangerZone(props: {
  id: string;
  body: string;
  button: string;
  name: string;
  title: string;
  confirmBody: string;
  confirm: string;
  remove: Removal;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const { remove } = props;
  const close = () => {
    remove.reset();
    setAsking(false);
  };
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={props.id} style={{ borderColor: 'var(--mantine-color-red-filled)' }}>
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h3" id={props.id}>
          <FormattedMessage id="planSettings.dangerTitle" />
        </Title>
        <Text size="sm">{props.body}</Text>
        <Button color="red" variant="light" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setAsking(true)}>
          {props.button}
        </Button>
      </Stack>
      <TypeToDelete
        opened={asking}
        name={props.name}
        title={props.title}
        body={props.confirmBody}
        confirm={props.confirm}
        pending={remove.isPending}
        onConfirm={props.onConfirm}
        onClose={close}
      >
        {remove.conflict && <ConflictAlert onReload={() => void remove.reload().then(close)} />}
        {remove.isError && !remove.conflict && <ErrorAlert error={remove.error} />}
      </TypeToDelete>
    </Paper>
  );
}

/**
 * Asks before deleting a plan or a workspace, which takes everything in it: the button works
 * only once the thing's name is typed, so a wrong click or Enter cannot delete it.
 */
function TypeToDelete(props: {
  opened: boolean;
  /** The name to type. */
  name: string;
  title: string;
  body: string;
  confirm: string;
  pending: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}) {
  const intl = useIntl();
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === props.name.trim();
  const close = () => {
    setTyped('');
    props.onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches) props.onConfirm();
  };
  return (
    <AppModal opened={props.opened} onClose={close} title={props.title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{props.body}</Text>
          <TextInput
            label={intl.formatMessage({ id: 'plans.delete.typeName' }, { name: props.name })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              <FormattedMessage id="plans.delete.cancel" />
            </Button>
            <Button type="submit" color="red" loading={props.pending} disabled={!matches}>
              {props.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
