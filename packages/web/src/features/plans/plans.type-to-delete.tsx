import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { AppModal } from '../../shared/ui/app-modal';

/**
 * Asks before deleting a plan or a workspace, which takes everything in it: the button works
 * only once the thing's name is typed, so a wrong click or Enter cannot delete it.
 */
export function TypeToDelete(props: {
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
