import { Button, Group, Paper, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/api.client';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { ConflictAlert } from '../../shared/ui/conflict-alert';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from './access.can';
import { AccessFrame, RoleBadge, TableScroller } from './access.frame';
import { InvitationsSection } from './access.invitations';
import { useMemberChange, useMembers } from './access.queries';
import { useSignedIn } from './access.session';
import { useMoments } from './access.time';
import { ROLES, type Member, type Role } from './access.types';
import { useT } from './access.words';

/** Who works in a workspace and with which role; the owner changes roles, removes and invites. */
export default function MembersPage() {
  const ws = useParams().ws!;
  const t = useT();
  const session = useSignedIn();
  const workspace = session?.workspaces.find((w) => w.id === ws);
  const canManage = useCan('members.manage');
  const members = useMembers(ws);

  return (
    <AccessFrame title={t('access.members.title')} lead={t('access.members.lead')} workspace={workspace}>
      {members.isPending && <PageLoader />}
      {members.isError && <ErrorAlert error={members.error} onRetry={() => void members.refetch()} />}
      {members.data && <MemberTable ws={ws} members={members.data} canManage={canManage} me={session?.user.id} />}
      <RoleGuide />
      {canManage ? (
        <InvitationsSection ws={ws} />
      ) : (
        workspace && (
          <Text size="sm" c="dimmed">
            {t('access.members.ownersOnly')}
          </Text>
        )
      )}
    </AccessFrame>
  );
}

function MemberTable(props: { ws: string; members: Member[]; canManage: boolean; me?: string }) {
  const t = useT();
  const moments = useMoments();
  const change = useMemberChange(props.ws);
  const [removing, setRemoving] = useState<Member | null>(null);
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(`access.role.${role}`) }));
  const conflict = isApiError(change.error) && change.error.isConflict;

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby="members-heading">
      <Title order={2} size="h4" id="members-heading" p="md" pb={0}>
        {t('access.members.count', { count: props.members.length })}
      </Title>
      {!removing && conflict && (
        <Stack p="md" pb={0}>
          <ConflictAlert onReload={() => change.reset()} />
        </Stack>
      )}
      {!removing && change.isError && !conflict && (
        <Stack p="md" pb={0}>
          <ErrorAlert error={change.error} />
        </Stack>
      )}
      <TableScroller minWidth={560} label={t('access.members.title')}>
        <Table verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('access.field.name')}</Table.Th>
              <Table.Th>{t('access.members.role')}</Table.Th>
              <Table.Th>{t('access.members.since')}</Table.Th>
              {props.canManage && (
                <Table.Th>
                  <VisuallyHidden>{t('access.common.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.members.map((member) => {
              const label = member.name || member.email;
              return (
                <Table.Tr key={member.user_id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {label}
                      {member.user_id === props.me && (
                        <Text span size="sm" c="dimmed">
                          {' '}
                          {t('access.members.you')}
                        </Text>
                      )}
                    </Text>
                    {member.name && (
                      <Text size="xs" c="dimmed">
                        {member.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {props.canManage ? (
                      <Select
                        aria-label={t('access.members.roleOf', { name: label })}
                        data={roleOptions}
                        value={member.role}
                        allowDeselect={false}
                        w={150}
                        size="xs"
                        disabled={change.isPending}
                        onChange={(role) => role && role !== member.role && change.mutate({ member, role: role as Role })}
                        comboboxProps={{ withinPortal: true }}
                      />
                    ) : (
                      <RoleBadge role={member.role} />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{moments.day(member.created_at)}</Text>
                  </Table.Td>
                  {props.canManage && (
                    <Table.Td ta="right">
                      <Button
                        variant="subtle"
                        color="red"
                        size="xs"
                        leftSection={<IconUserMinus size={14} aria-hidden />}
                        aria-label={t('access.members.removeWho', { name: label })}
                        onClick={() => {
                          change.reset();
                          setRemoving(member);
                        }}
                      >
                        {t('access.members.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroller>
      <ConfirmDialog
        opened={removing !== null}
        title={t('access.members.removeTitle')}
        body={t('access.members.removeBody', { name: removing ? removing.name || removing.email : '' })}
        confirm={t('access.members.remove')}
        cancel={t('access.common.cancel')}
        pending={change.isPending}
        onConfirm={() => removing && change.mutate({ member: removing, role: null }, { onSuccess: () => setRemoving(null) })}
        onClose={() => setRemoving(null)}
      >
        {conflict && <ConflictAlert onReload={() => setRemoving(null)} />}
        {change.isError && !conflict && <ErrorAlert error={change.error} />}
      </ConfirmDialog>
    </Paper>
  );
}

/** What each role may do, in the words of the policy table. */
function RoleGuide() {
  const t = useT();
  return (
    <Group gap="lg" align="flex-start" wrap="wrap">
      {ROLES.map((role) => (
        <Group key={role} gap="xs" wrap="nowrap" maw={340} align="flex-start">
          <RoleBadge role={role} />
          <Text size="sm" c="dimmed">
            {t(`access.role.${role}.can`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
