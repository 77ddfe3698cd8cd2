import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLinkPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { AppModal } from '../../shared/ui/app-modal';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { RoleBadge, StatusBadge, TableScroller } from './access.frame';
import { looksLikeEmail } from './access.password';
import { useCreateInvitation, useInvitations, useRevokeInvitation } from './access.queries';
import { RevokeDialog } from './access.revoke';
import { absoluteUrl, SecretOnce } from './access.secret';
import { useMoments } from './access.time';
import { ROLES, type Invitation, type Role } from './access.types';
import { useT } from './access.words';

/** The owner's invitations by link: create one with a role, an optional email and an expiry; revoke one still open. */
export function InvitationsSection(props: { ws: string }) {
  const t = useT();
  const moments = useMoments();
  const invitations = useInvitations(props.ws, true);
  const revoke = useRevokeInvitation(props.ws);
  const [inviting, { open, close }] = useDisclosure(false);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const whom = (invitation: Invitation) => ({ role: t(`access.role.${invitation.role}`), who: invitation.email ?? t('access.invitations.anyone') });

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="invitations-heading">
      <Group justify="space-between" p="md" pb="xs" gap="sm">
        <div>
          <Title order={2} size="h4" id="invitations-heading">
            {t('access.invitations.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('access.invitations.lead')}
          </Text>
        </div>
        <Button leftSection={<IconLinkPlus size={16} aria-hidden />} onClick={open}>
          {t('access.invitations.new')}
        </Button>
      </Group>
      {invitations.isPending && <PageLoader />}
      {invitations.isError && <ErrorAlert error={invitations.error} onRetry={() => void invitations.refetch()} />}
      {invitations.data?.length === 0 && (
        <Text size="sm" c="dimmed" px="md" pb="md">
          {t('access.invitations.none')}
        </Text>
      )}
      {invitations.data && invitations.data.length > 0 && (
        <TableScroller minWidth={600} label={t('access.invitations.title')}>
          <Table verticalSpacing="sm" horizontalSpacing="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('access.members.role')}</Table.Th>
                <Table.Th>{t('access.invitations.for')}</Table.Th>
                <Table.Th>{t('access.common.status')}</Table.Th>
                <Table.Th>{t('access.common.expires')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('access.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.data.map((invitation: Invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <RoleBadge role={invitation.role} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{invitation.email ?? t('access.invitations.anyone')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={invitation.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{moments.time(invitation.expires_at)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {invitation.status === 'open' && (
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        aria-label={t('access.invitations.revokeWhich', whom(invitation))}
                        onClick={() => {
                          revoke.reset();
                          setRevoking(invitation);
                        }}
                      >
                        {t('access.common.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      <AppModal opened={inviting} onClose={close} title={t('access.invitations.new')}>
        {/* Mounted only while open, so every invitation starts from an empty form. */}
        {inviting && <InviteForm ws={props.ws} onDone={close} />}
      </AppModal>
      <RevokeDialog target={revoking} title={t('access.invitations.revokeTitle')} body={revoking ? t('access.invitations.revokeBody', whom(revoking)) : ''} revoke={revoke} onClose={() => setRevoking(null)} />
    </Paper>
  );
}

function InviteForm(props: { ws: string; onDone: () => void }) {
  const t = useT();
  const create = useCreateInvitation(props.ws);
  const [role, setRole] = useState<Role>('editor');
  const [email, setEmail] = useState('');
  const [days, setDays] = useState<number | string>(7);
  const [checked, setChecked] = useState(false);
  const emailWrong = email.trim() !== '' && !looksLikeEmail(email);

  if (create.data) {
    return (
      <Stack gap="md">
        <SecretOnce label={t('access.invitations.link')} value={absoluteUrl(create.data.url)} hint={t('access.invitations.linkHint')} />
        <Group justify="flex-end">
          <Button onClick={props.onDone}>{t('access.common.done')}</Button>
        </Group>
      </Stack>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (emailWrong) return;
    create.mutate({ role, ...(email.trim() ? { email: email.trim() } : {}), expires_in_days: Number(days) || 7 });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('access.members.role')}
          data={ROLES.map((r) => ({ value: r, label: `${t(`access.role.${r}`)} – ${t(`access.role.${r}.can`)}` }))}
          value={role}
          onChange={(value) => value && setRole(value as Role)}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('access.invitations.email')}
          description={t('access.invitations.emailHint')}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={checked && emailWrong ? t('access.field.emailInvalid') : undefined}
        />
        <NumberInput label={t('access.invitations.days')} min={1} max={30} clampBehavior="strict" allowDecimal={false} value={days} onChange={setDays} />
        {create.isError && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            {t('access.common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('access.invitations.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
