import { Button, Card, EmptyState, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconBuilding, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { useCreateWorkspace, useWorkspaces } from '../../shared/api/api.queries';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { UnsavedGuard } from '../../shared/unsaved-guard';
import { PageLoader } from '../../shared/ui/page-loader';

export default function WorkspacesPage() {
  const intl = useIntl();
  const workspaces = useWorkspaces();
  useDocumentTitle(`${intl.formatMessage({ id: 'workspaces.title' })} · Kurs`);

  return (
    <Stack gap="lg">
      <header>
        <Title order={1}>
          <FormattedMessage id="workspaces.title" />
        </Title>
        <Text c="dimmed" mt="xs">
          <FormattedMessage id="workspaces.lead" />
        </Text>
      </header>
      {workspaces.isPending && <PageLoader />}
      {workspaces.isError && <ErrorAlert error={workspaces.error} onRetry={() => void workspaces.refetch()} />}
      {workspaces.data?.length === 0 && (
        <Paper withBorder p="md">
          <EmptyState
            variant="light"
            size="lg"
            icon={<IconBuilding size={32} stroke={1.6} aria-hidden />}
            title={<FormattedMessage id="workspaces.emptyTitle" />}
            description={<FormattedMessage id="workspaces.emptyBody" />}
          />
        </Paper>
      )}
      {workspaces.data && workspaces.data.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {workspaces.data.map((ws) => (
            <li key={ws.id}>
              <Card component={Link} to={`/workspaces/${encodeURIComponent(ws.id)}`} withBorder padding="lg" h="100%">
                <Group justify="space-between" wrap="nowrap">
                  <Group gap="sm" wrap="nowrap">
                    <IconBuilding size={22} stroke={1.6} aria-hidden />
                    <div>
                      <Text fw={600}>{ws.name}</Text>
                      <Text size="sm" c="dimmed">
                        {ws.id}
                      </Text>
                    </div>
                  </Group>
                  <IconChevronRight size={18} aria-hidden />
                </Group>
              </Card>
            </li>
          ))}
        </SimpleGrid>
      )}
      {workspaces.data && <NewWorkspaceForm />}
    </Stack>
  );
}

function NewWorkspaceForm() {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreateWorkspace();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  // Left once the guard below has heard that the name is saved (a child's effects run first).
  useEffect(() => {
    if (created) void navigate(`/workspaces/${encodeURIComponent(created)}`);
  }, [created, navigate]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    create.mutate({ name: name.trim() }, { onSuccess: (ws) => setCreated(ws.id) });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="new-workspace-title">
      <Title order={2} size="h4" id="new-workspace-title" mb="sm">
        <FormattedMessage id="workspaces.new" />
      </Title>
      <form onSubmit={submit}>
        <UnsavedGuard when={name.trim() !== '' && created === null} />
        <Group align="flex-end" gap="sm">
          <TextInput
            label={intl.formatMessage({ id: 'workspaces.name' })}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            required
            style={{ flex: '1 1 260px' }}
          />
          <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />} loading={create.isPending}>
            <FormattedMessage id="workspaces.create" />
          </Button>
        </Group>
      </form>
      {create.isError && (
        <Stack mt="sm">
          <ErrorAlert error={create.error} />
        </Stack>
      )}
    </Paper>
  );
}
