import { Badge, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { AUDIT_ENTITIES, describeAction } from './access.audit';
import { useCan } from './access.can';
import { AccessFrame, TableScroller } from './access.frame';
import { auditCsvUrl, useAuditLog, useMembers, type AuditFilters } from './access.queries';
import { useSignedIn } from './access.session';
import { useMoments } from './access.time';
import type { AuditEntry } from './access.types';
import { useT } from './access.words';

/** Who changed what, when: the workspace's audit log, newest first, a page at a time. */
export default function AuditPage() {
  const ws = useParams().ws!;
  const t = useT();
  const session = useSignedIn();
  const workspace = session?.workspaces.find((w) => w.id === ws);
  const canRead = useCan('audit.read');
  const members = useMembers(ws);
  const [filters, setFilters] = useState<AuditFilters>({});
  // The cursors of the pages seen so far: the last is the page shown, popping one goes back to newer entries.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const log = useAuditLog(ws, filters, cursor, canRead);

  const filter = (key: keyof AuditFilters, value: string | null) => {
    setFilters((current) => ({ ...current, [key]: value ?? undefined }));
    setCursors([undefined]);
  };

  return (
    <AccessFrame
      title={t('access.audit.title')}
      lead={t('access.audit.lead')}
      workspace={workspace}
      action={
        canRead && (
          <Button component="a" href={auditCsvUrl(ws, filters, cursor)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            {t('access.audit.csv')}
          </Button>
        )
      }
    >
      {!canRead ? (
        <Text size="sm">{t('access.audit.editorsOnly')}</Text>
      ) : (
        <>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={t('access.audit.entity')}
              placeholder={t('access.audit.all')}
              data={AUDIT_ENTITIES.map((e) => ({ value: e, label: t(`access.entity.${e}`) }))}
              value={filters.entity_type ?? null}
              onChange={(value) => filter('entity_type', value)}
              clearable
              w={220}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('access.audit.user')}
              placeholder={t('access.audit.everyone')}
              data={(members.data ?? []).map((m) => ({ value: m.user_id, label: m.name || m.email }))}
              value={filters.user ?? null}
              onChange={(value) => filter('user', value)}
              clearable
              searchable
              w={240}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          {log.isPending && <PageLoader />}
          {log.isError && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
          {log.data && <AuditTable entries={log.data.items} />}
          {log.data && (cursors.length > 1 || log.data.next_cursor) && (
            <Group justify="space-between">
              <Button variant="default" leftSection={<IconChevronLeft size={16} aria-hidden />} disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                {t('access.audit.newer')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('access.audit.page', { page: cursors.length })}
              </Text>
              <Button
                variant="default"
                rightSection={<IconChevronRight size={16} aria-hidden />}
                disabled={!log.data.next_cursor || log.isPlaceholderData}
                onClick={() => log.data.next_cursor && setCursors((c) => [...c, log.data.next_cursor ?? undefined])}
              >
                {t('access.audit.older')}
              </Button>
            </Group>
          )}
        </>
      )}
    </AccessFrame>
  );
}

function AuditTable(props: { entries: AuditEntry[] }) {
  const t = useT();
  const moments = useMoments();
  const { messages } = useIntl();
  if (props.entries.length === 0) {
    return (
      <Paper withBorder radius="md" p="md">
        <Text size="sm" c="dimmed">
          {t('access.audit.none')}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder radius="md">
      <TableScroller minWidth={820} label={t('access.audit.title')}>
        <Table verticalSpacing="sm" horizontalSpacing="md" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('access.audit.when')}</Table.Th>
              <Table.Th>{t('access.audit.who')}</Table.Th>
              <Table.Th>{t('access.audit.whatColumn')}</Table.Th>
              <Table.Th>{t('access.audit.which')}</Table.Th>
              <Table.Th>{t('access.audit.fields')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {moments.time(entry.at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm">{entry.actor.label}</Text>
                    {entry.actor.via !== 'session' && (
                      <Badge size="xs" variant="light" color="gray">
                        {t(`access.via.${entry.actor.via}`)}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {describeAction(t, entry.action, (id) => id in messages)}
                  </Text>
                  {entry.detail && (
                    <Text size="xs" c="dimmed">
                      {entry.detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ wordBreak: 'break-word' }}>
                    {entry.entity_id}
                  </Text>
                  {entry.plan && entry.plan !== entry.entity_id && (
                    <Text size="xs" c="dimmed">
                      {t('access.audit.inPlan', { plan: entry.plan })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={entry.changed_fields.length ? undefined : 'dimmed'}>
                    {entry.changed_fields.length ? entry.changed_fields.join(', ') : '–'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </Paper>
  );
}
