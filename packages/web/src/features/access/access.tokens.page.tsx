import { Button, Code, Group, Paper, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { AccessFrame, RoleBadge, StatusBadge, TableScroller } from './access.frame';
import { useApiTokens, useCreateApiToken, useRevokeApiToken } from './access.queries';
import { RevokeDialog } from './access.revoke';
import { ExpirySelect, SecretOnce } from './access.secret';
import { useSignedIn } from './access.session';
import { expiryDays, useMoments } from './access.time';
import { ROLES, type ApiToken, type Role } from './access.types';
import { useT } from './access.words';

/** Personal API tokens for the REST API and the CLI: one workspace and a role each, shown once. */
export default function TokensPage() {
  const t = useT();
  const moments = useMoments();
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const session = useSignedIn();
  const nameOf = (ws: string) => session?.workspaces.find((w) => w.id === ws)?.name ?? ws;

  return (
    <AccessFrame title={t('access.tokens.title')} lead={t('access.tokens.lead')}>
      <NewTokenForm />
      <Paper withBorder radius="md" component="section" aria-labelledby="tokens-heading">
        <Title order={2} size="h4" id="tokens-heading" p="md" pb="xs">
          {t('access.tokens.yours')}
        </Title>
        {tokens.isPending && <PageLoader />}
        {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.data?.length === 0 && (
          <Text size="sm" c="dimmed" px="md" pb="md">
            {t('access.tokens.none')}
          </Text>
        )}
        {tokens.data && tokens.data.length > 0 && (
          <TableScroller minWidth={720} label={t('access.tokens.yours')}>
            <Table verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('access.tokens.name')}</Table.Th>
                  <Table.Th>{t('access.tokens.workspace')}</Table.Th>
                  <Table.Th>{t('access.members.role')}</Table.Th>
                  <Table.Th>{t('access.common.status')}</Table.Th>
                  <Table.Th>{t('access.common.expires')}</Table.Th>
                  <Table.Th>{t('access.tokens.lastUsed')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('access.common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {token.name}
                      </Text>
                      <Code fz="xs">{token.hint}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{nameOf(token.workspace)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <RoleBadge role={token.role} />
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={token.status} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{token.expires_at ? moments.day(token.expires_at) : t('access.common.never')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{token.last_used_at ? moments.time(token.last_used_at) : '–'}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {token.status === 'active' && (
                        <Button
                          variant="subtle"
                          color="red"
                          size="xs"
                          aria-label={t('access.tokens.revokeWhich', { name: token.name })}
                          onClick={() => {
                            revoke.reset();
                            setRevoking(token);
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
      </Paper>
      <RevokeDialog target={revoking} title={t('access.tokens.revokeTitle')} body={t('access.tokens.revokeBody', { name: revoking?.name ?? '' })} revoke={revoke} onClose={() => setRevoking(null)} />
    </AccessFrame>
  );
}

function NewTokenForm() {
  const t = useT();
  const session = useSignedIn();
  const create = useCreateApiToken();
  const workspaces = session?.workspaces ?? [];
  const [name, setName] = useState('');
  const [workspace, setWorkspace] = useState<string | null>(workspaces.length === 1 ? workspaces[0]!.id : null);
  const [role, setRole] = useState<Role>('viewer');
  const [expiry, setExpiry] = useState<string>('90');
  const [checked, setChecked] = useState(false);
  // A token can do at most what its owner may do in the workspace.
  const mine = workspaces.find((w) => w.id === workspace)?.role;
  const allowed = ROLES.slice(mine ? ROLES.indexOf(mine) : ROLES.length - 1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!name.trim() || !workspace) return;
    create.mutate(
      { name: name.trim(), workspace, role: allowed.includes(role) ? role : 'viewer', expires_in_days: expiryDays(expiry) },
      {
        onSuccess: () => {
          setName('');
          setChecked(false);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="new-token-heading">
      <Title order={2} size="h4" id="new-token-heading" mb="sm">
        {t('access.tokens.new')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
            <TextInput
              label={t('access.tokens.name')}
              description={t('access.tokens.nameHint')}
              required
              miw={200}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={checked && !name.trim() && t('access.tokens.nameMissing')}
            />
            <Select
              label={t('access.tokens.workspace')}
              required
              miw={200}
              data={workspaces.map((w) => ({ value: w.id, label: w.name }))}
              value={workspace}
              onChange={setWorkspace}
              searchable
              error={checked && !workspace && t('access.tokens.workspaceMissing')}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('access.members.role')}
              miw={140}
              data={allowed.map((r) => ({ value: r, label: t(`access.role.${r}`) }))}
              value={allowed.includes(role) ? role : 'viewer'}
              onChange={(value) => value && setRole(value as Role)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <ExpirySelect value={expiry} onChange={setExpiry} />
          </Group>
          {create.isError && <ErrorAlert error={create.error} />}
          <Button type="submit" leftSection={<IconKey size={16} aria-hidden />} loading={create.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('access.tokens.create')}
          </Button>
          {create.data && <SecretOnce label={t('access.tokens.token', { name: create.data.name })} value={create.data.token} />}
        </Stack>
      </form>
    </Paper>
  );
}
