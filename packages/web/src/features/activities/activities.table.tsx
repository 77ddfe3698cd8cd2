import type { ActivityStatus } from '@kurs/core';
import { ACTIVITY_STATUSES } from '@kurs/core/browser';
import { Alert, Anchor, Badge, Button, Checkbox, ColorSwatch, Group, Paper, Select, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n.provider';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import type { Entity } from '../../shared/api/api.types';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { FindingBadges } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { distinctValues, filterBacklog, NO_FILTERS, NONE, sortBacklog, type BacklogFilters, type BacklogSort, type SortKey } from './activities.backlog';
import { STATUS_MESSAGES, TYPE_MESSAGES } from './activities.labels';
import { STATUS_COLORS } from './activities.options';
import { useBulkStatus, type BulkResult } from './activities.queries';

type Activity = Entity<'activities'>;

const COLUMNS: { key: SortKey; message: MessageId; numeric?: boolean }[] = [
  { key: 'title', message: 'activities.column.title' },
  { key: 'status', message: 'activities.column.status' },
  { key: 'owner', message: 'activities.column.owner' },
  { key: 'start', message: 'activities.column.dates' },
  { key: 'estimate_hours', message: 'activities.column.hours', numeric: true },
  { key: 'value', message: 'activities.column.valueEffort', numeric: true },
];

/**
 * The backlog: every activity of the plan, filtered and sorted, with the health check's
 * findings beside each, and a status change for several at once.
 */
export function BacklogTable(props: {
  activities: Activity[];
  themes: Entity<'themes'>[];
  goals: Entity<'goals'>[];
  themeColor: (id: string) => string | undefined;
  highlightId: string | null;
  /** Selection and the status change for several at once are for those who may write. */
  canEdit: boolean;
  onOpen: (id: string) => void;
}) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  const [filters, setFilters] = useState<BacklogFilters>(NO_FILTERS);
  const [sort, setSort] = useState<BacklogSort | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<ActivityStatus | null>(null);
  const [bulkResult, setBulkResult] = useState<BulkResult | null>(null);
  const bulk = useBulkStatus(ws, plan.id);

  const themeNames = useMemo(() => new Map(props.themes.map((t) => [t.id, t.name])), [props.themes]);
  const rows = useMemo(() => {
    const filtered = filterBacklog(props.activities, filters);
    return sort ? sortBacklog(filtered, sort, locale) : filtered;
  }, [props.activities, filters, sort, locale]);

  // A fix link asks for one activity: show it whatever the filters, and bring it into view.
  useEffect(() => {
    if (!props.highlightId) return;
    setFilters(NO_FILTERS);
    requestAnimationFrame(() => document.querySelector(`[data-activity="${CSS.escape(props.highlightId!)}"]`)?.scrollIntoView({ block: 'center' }));
  }, [props.highlightId]);

  const visibleIds = rows.map((r) => r.activity.id);
  const chosen = props.activities.filter((a) => selected.has(a.id));
  const allVisible = visibleIds.length > 0 && visibleIds.every((id) => selected.has(id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const none = intl.formatMessage({ id: 'activities.filter.none' });
  const filterSelect = (key: keyof BacklogFilters, label: MessageId, options: { value: string; label: string }[]) => (
    <Select
      label={intl.formatMessage({ id: label })}
      placeholder={intl.formatMessage({ id: 'activities.filter.all' })}
      data={[...options, { value: NONE, label: none }]}
      value={filters[key]}
      onChange={(value) => setFilters((f) => ({ ...f, [key]: value }))}
      allowDeselect={false}
      clearable
      searchable
      size="sm"
    />
  );

  const applyBulk = async () => {
    if (!bulkStatus) return;
    setBulkResult(null);
    try {
      const result = await bulk.mutateAsync({ activities: chosen, status: bulkStatus });
      setBulkResult(result);
      setSelected(new Set());
    } catch {
      // The mutation's error is shown below.
    }
  };

  const sortHeader = (column: (typeof COLUMNS)[number]) => {
    const active = sort?.key === column.key;
    const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th key={column.key} ta={column.numeric ? 'end' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <UnstyledButton
          onClick={() => setSort(active && sort.direction === 'asc' ? { key: column.key, direction: 'desc' } : active ? null : { key: column.key, direction: 'asc' })}
          fw={600}
          fz="sm"
        >
          <Group gap={4} wrap="nowrap" justify={column.numeric ? 'flex-end' : undefined}>
            {intl.formatMessage({ id: column.message })}
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 3, xl: 5 }} spacing="sm">
        {filterSelect('theme', 'activities.filter.theme', props.themes.map((t) => ({ value: t.id, label: t.name })))}
        {filterSelect('status', 'activities.filter.status', ACTIVITY_STATUSES.map((s) => ({ value: s, label: intl.formatMessage({ id: STATUS_MESSAGES[s] }) })))}
        {filterSelect('owner', 'activities.filter.owner', distinctValues(props.activities, 'owner', locale).map((v) => ({ value: v, label: v })))}
        {filterSelect('goal', 'activities.filter.goal', props.goals.map((g) => ({ value: g.id, label: g.title })))}
        {filterSelect('team', 'activities.filter.team', distinctValues(props.activities, 'team', locale).map((v) => ({ value: v, label: v })))}
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" role="status">
          {intl.formatMessage({ id: 'activities.filter.count' }, { shown: rows.length, total: props.activities.length })}
        </Text>
        {Object.values(filters).some((v) => v !== null) && (
          <Button variant="subtle" size="xs" onClick={() => setFilters(NO_FILTERS)}>
            {intl.formatMessage({ id: 'activities.filter.clear' })}
          </Button>
        )}
      </Group>

      {chosen.length > 0 && (
        <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
          <Group gap="sm" align="flex-end">
            <Text size="sm" fw={600}>
              {intl.formatMessage({ id: 'activities.bulk.selected' }, { count: chosen.length })}
            </Text>
            <Select
              label={intl.formatMessage({ id: 'activities.bulk.status' })}
              data={ACTIVITY_STATUSES.map((s) => ({ value: s, label: intl.formatMessage({ id: STATUS_MESSAGES[s] }) }))}
              value={bulkStatus}
              onChange={(value) => setBulkStatus(value as ActivityStatus | null)}
              allowDeselect={false}
              size="sm"
              w={180}
            />
            <Button size="sm" disabled={!bulkStatus} loading={bulk.isPending} onClick={() => void applyBulk()}>
              {intl.formatMessage({ id: 'activities.bulk.apply' })}
            </Button>
            <Button size="sm" variant="default" onClick={() => setSelected(new Set())}>
              {intl.formatMessage({ id: 'activities.bulk.clear' })}
            </Button>
          </Group>
        </Paper>
      )}
      {bulk.isError && <ErrorAlert error={bulk.error} />}
      {bulkResult && (
        <Alert color={bulkResult.conflicts.length ? 'yellow' : 'teal'} variant="light" role="status" withCloseButton closeButtonLabel={intl.formatMessage({ id: 'common.close' })} onClose={() => setBulkResult(null)}>
          {intl.formatMessage({ id: 'activities.bulk.done' }, { count: bulkResult.changed })}
          {bulkResult.conflicts.length > 0 && ` ${intl.formatMessage({ id: 'activities.bulk.conflicts' }, { count: bulkResult.conflicts.length })}`}
        </Alert>
      )}

      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" highlightOnHover aria-label={intl.formatMessage({ id: 'activities.table.label' })}>
          <Table.Thead>
            <Table.Tr>
              {props.canEdit && (
                <Table.Th w={36}>
                  <Checkbox
                    aria-label={intl.formatMessage({ id: 'activities.bulk.selectAll' })}
                    checked={allVisible}
                    indeterminate={!allVisible && visibleIds.some((id) => selected.has(id))}
                    onChange={() => setSelected(allVisible ? new Set() : new Set(visibleIds))}
                  />
                </Table.Th>
              )}
              {COLUMNS.map(sortHeader)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ activity: a, index }) => (
              <Table.Tr key={a.id} data-activity={a.id} bg={a.id === props.highlightId ? 'var(--mantine-primary-color-light)' : undefined}>
                {props.canEdit && (
                  <Table.Td>
                    <Checkbox aria-label={intl.formatMessage({ id: 'activities.bulk.select' }, { title: a.title })} checked={selected.has(a.id)} onChange={() => toggle(a.id)} />
                  </Table.Td>
                )}
                <Table.Td miw={180} maw={260}>
                  <Group gap={6} wrap="wrap">
                    <Anchor component="button" type="button" size="sm" fw={500} ta="start" onClick={() => props.onOpen(a.id)}>
                      {a.title}
                    </Anchor>
                    <FindingBadges path={`activities[${index}]`} />
                  </Group>
                  <Group gap={6} wrap="nowrap">
                    {a.theme && <ColorSwatch color={props.themeColor(a.theme) ?? 'var(--mantine-color-gray-5)'} size={10} withShadow={false} aria-hidden />}
                    <Text size="xs" c="dimmed">
                      {[a.type && intl.formatMessage({ id: TYPE_MESSAGES[a.type] }), a.theme && (themeNames.get(a.theme) ?? a.theme)].filter(Boolean).join(' · ')}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {a.status ? (
                    <Badge variant="light" color={STATUS_COLORS[a.status]} size="sm" styles={{ label: { overflow: 'visible' } }}>
                      {intl.formatMessage({ id: STATUS_MESSAGES[a.status] })}
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{a.owner ?? '—'}</Text>
                  {a.team && (
                    <Text size="xs" c="dimmed">
                      {a.team}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {format.span(a.start, a.end) || '—'}
                  </Text>
                </Table.Td>
                <Table.Td ta="end">
                  <Text size="sm">{a.estimate_hours === undefined ? '—' : intl.formatMessage({ id: 'activities.hours' }, { hours: format.number(a.estimate_hours) })}</Text>
                  {a.actual_hours !== undefined && (
                    <Text size="xs" c="dimmed">
                      {intl.formatMessage({ id: 'activities.table.spent' }, { hours: format.number(a.actual_hours) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end">
                  <Text size="sm">{a.value === undefined && a.effort === undefined ? '—' : `${a.value ?? '?'} / ${a.effort ?? '?'}`}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows.length === 0 && (
        <Text c="dimmed" ta="center" py="md">
          {intl.formatMessage({ id: 'activities.filter.nothing' })}
        </Text>
      )}
    </Stack>
  );
}
