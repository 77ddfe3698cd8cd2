import { ACTIVITY_STATUSES, intlTag } from '@kurs/core/browser';
import { Anchor, Badge, Button, Checkbox, ColorSwatch, Group, Paper, Select, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n.provider';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import { useRefreshPlan } from '../../shared/api/api.queries';
import type { EntityPatch } from '../../shared/api/api.resources';
import type { Entity } from '../../shared/api/api.types';
import { useEntitySaves } from '../../shared/entity-saves';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { InlineCell } from '../../shared/ui/inline-cell';
import { QuickAdd } from '../../shared/ui/quick-add';
import { FindingBadges } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { distinctValues, filterBacklog, NO_FILTERS, NONE, sortBacklog, type BacklogFilters, type BacklogSort, type SortKey } from './activities.backlog';
import { BulkEdit } from './activities.bulk';
import { EDITABLE_FIELDS, useFieldSpecs, useQuickAddActivity, type EditableField, type FieldSpec } from './activities.edit';
import { STATUS_MESSAGES, TYPE_MESSAGES } from './activities.labels';
import { STATUS_COLORS } from './activities.options';
import classes from './activities.table.module.css';

type Activity = Entity<'activities'>;

interface Column {
  message: MessageId;
  /** The column's sort, for those that have one. */
  sort?: SortKey;
  /** The fields edited in its cells, one above the other. */
  fields: EditableField[];
  numeric?: boolean;
}

// Two fields share a column, one above the other, so that the table fits beside the guidance.
const COLUMNS: Column[] = [
  { message: 'activities.column.status', sort: 'status', fields: ['status', 'theme'] },
  { message: 'activities.column.owner', sort: 'owner', fields: ['owner', 'team'] },
  { message: 'activities.column.dates', sort: 'start', fields: ['start', 'end'] },
  { message: 'activities.column.hours', sort: 'estimate_hours', fields: ['estimate_hours'], numeric: true },
  { message: 'activities.column.valueEffort', sort: 'value', fields: ['value', 'effort'], numeric: true },
];

/**
 * The backlog: every activity of the plan, filtered and sorted, with the health check's
 * findings beside each. Its fields are edited in their cells, several rows at once by a bulk
 * edit, and a new activity is added by typing its title at the top.
 */
export function BacklogTable(props: {
  activities: Activity[];
  themes: Entity<'themes'>[];
  goals: Entity<'goals'>[];
  themeColor: (id: string) => string | undefined;
  highlightId: string | null;
  /** Editing in place, selection, bulk edit and quick add are for those who may write. */
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
  const [added, setAdded] = useState<string | null>(null);
  const saves = useEntitySaves(ws, plan.id, 'activities');
  const refresh = useRefreshPlan(ws, plan.id);
  const quickAdd = useQuickAddActivity(ws, plan.id);
  const specs = useFieldSpecs(props.themes);
  const compact = useMediaQuery('(max-width: 40em)') ?? false;
  const shortDate = useMemo(() => new Intl.DateTimeFormat(intlTag(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }), [locale]);

  const themeNames = useMemo(() => new Map(props.themes.map((t) => [t.id, t.name])), [props.themes]);
  const rows = useMemo(() => {
    const filtered = filterBacklog(props.activities, filters);
    return sort ? sortBacklog(filtered, sort, locale) : filtered;
  }, [props.activities, filters, sort, locale]);
  const highlight = added ?? props.highlightId;

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

  const header = (column: Pick<Column, 'message' | 'sort' | 'numeric'>) => {
    const label = intl.formatMessage({ id: column.message });
    if (!column.sort) return <Table.Th key={column.message} ta={column.numeric ? 'end' : undefined}>{label}</Table.Th>;
    const key = column.sort;
    const active = sort?.key === key;
    const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
    return (
      <Table.Th key={column.message} ta={column.numeric ? 'end' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
        <UnstyledButton
          onClick={() => setSort(active && sort.direction === 'asc' ? { key, direction: 'desc' } : active ? null : { key, direction: 'asc' })}
          fw={600}
          fz="sm"
        >
          <Group gap={4} wrap="nowrap" justify={column.numeric ? 'flex-end' : undefined}>
            {label}
            <Icon size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };

  /** What a cell shows of a value, the same in words for the undo notice. */
  const shown = (spec: FieldSpec, value: unknown): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (spec.kind === 'select') return spec.options?.find((o) => o.value === value)?.label ?? String(value);
    if (spec.kind === 'date') return format.date(String(value));
    if (spec.kind === 'number') return format.number(Number(value), { maximumFractionDigits: 10 });
    return String(value);
  };

  /** A field's cell: alone in its table cell, or a block stacked in one (a shared column, a phone's card). */
  const cell = (a: Activity, field: EditableField, layout: { stacked: boolean; numeric?: boolean }) => {
    const spec = specs[field];
    const { stacked } = layout;
    const label = intl.formatMessage({ id: 'activities.inline.label' }, { field: spec.name, title: a.title });
    const common = {
      column: spec.field,
      label,
      readOnly: !props.canEdit,
      onReload: () => void refresh(),
      align: layout.numeric ? ('end' as const) : undefined,
      component: stacked ? ('div' as const) : undefined,
      className: stacked ? undefined : classes.cell,
    };
    const save = async (value: string | number | null) => {
      const patch = { [spec.field]: value } as EntityPatch<'activities'>;
      await saves.save(a, patch, intl.formatMessage({ id: 'activities.inline.changed' }, { field: spec.name, title: a.title, value: shown(spec, value) }));
      // The engine's answers move with it: ranks, theme budgets, the 90-day plan, the roadmap.
      void refresh();
    };
    switch (spec.field) {
      case 'status':
        return (
          <InlineCell
            {...common}
            kind="select"
            value={a.status}
            options={spec.options!}
            onSave={save}
            display={(status) =>
              status ? (
                <Badge variant="light" color={STATUS_COLORS[status as keyof typeof STATUS_COLORS] ?? 'gray'} size="sm" styles={{ label: { overflow: 'visible' } }}>
                  {shown(spec, status)}
                </Badge>
              ) : (
                '—'
              )
            }
          />
        );
      case 'theme':
        return (
          <InlineCell
            {...common}
            kind="select"
            clearable
            value={a.theme}
            options={spec.options!}
            onSave={save}
            display={(theme) =>
              theme ? (
                <Group gap={6} wrap="nowrap" maw={130}>
                  <ColorSwatch color={props.themeColor(theme) ?? 'var(--mantine-color-gray-5)'} size={10} withShadow={false} aria-hidden />
                  <Text size="xs" truncate>
                    {themeNames.get(theme) ?? theme}
                  </Text>
                </Group>
              ) : (
                '—'
              )
            }
          />
        );
      case 'owner':
      case 'team':
        return <InlineCell {...common} kind="text" value={a[spec.field]} maxLength={spec.maxLength} onSave={save} />;
      case 'start':
      case 'end':
        return <InlineCell {...common} kind="date" value={a[spec.field]} onSave={save} display={(date) => (date ? shortDate.format(new Date(`${date}T00:00:00Z`)) : '—')} />;
      case 'estimate_hours':
        return (
          <InlineCell
            {...common}
            kind="number"
            value={a.estimate_hours}
            min={spec.min}
            onSave={save}
            display={(hours) => (hours === undefined ? '—' : intl.formatMessage({ id: 'activities.hours' }, { hours: format.number(hours, { maximumFractionDigits: 10 }) }))}
          />
        );
      default:
        return <InlineCell {...common} kind="number" value={a[spec.field]} min={spec.min} max={spec.max} onSave={save} />;
    }
  };

  const titleOf = (a: Activity, index: number) => (
    <>
      <Group gap={6} wrap="wrap">
        <Anchor component="button" type="button" size="sm" fw={500} ta="start" onClick={() => props.onOpen(a.id)}>
          {a.title}
        </Anchor>
        <FindingBadges path={`activities[${index}]`} />
        <DraftBadge collection="activities" entity={a} />
      </Group>
      {(a.type || a.actual_hours !== undefined) && (
        <Text size="xs" c="dimmed">
          {[
            a.type && intl.formatMessage({ id: TYPE_MESSAGES[a.type] }),
            a.actual_hours !== undefined && intl.formatMessage({ id: 'activities.table.spent' }, { hours: format.number(a.actual_hours) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
    </>
  );

  const selectBox = (a: Activity) => (
    <Checkbox aria-label={intl.formatMessage({ id: 'activities.bulk.select' }, { title: a.title })} checked={selected.has(a.id)} onChange={() => toggle(a.id)} />
  );

  // On a phone each activity is a card of labelled fields, edited the same way.
  const cards = (
    <Stack gap="sm" data-inline-grid="" role="list" aria-label={intl.formatMessage({ id: 'activities.table.label' })}>
      {rows.map(({ activity: a, index }) => (
        <Paper key={a.id} withBorder radius="md" p="sm" role="listitem" data-activity={a.id} data-highlight={a.id === highlight || undefined} className={classes.row}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            {props.canEdit && selectBox(a)}
            <div>{titleOf(a, index)}</div>
          </Group>
          <SimpleGrid cols={2} spacing="sm" verticalSpacing={6} mt="xs">
            {EDITABLE_FIELDS.map((field) => (
              <div key={field}>
                <Text size="xs" c="dimmed" aria-hidden>
                  {specs[field].name}
                </Text>
                {cell(a, field, { stacked: true })}
              </div>
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );

  return (
    <Stack gap="md">
      {props.canEdit && (
        <QuickAdd
          label={intl.formatMessage({ id: 'activities.quickAdd.label' })}
          takenIds={props.activities.map((a) => a.id)}
          fallbackId="activity"
          maxLength={specs.owner.maxLength}
          onCreate={quickAdd}
          onCreated={setAdded}
        />
      )}
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

      <BulkEdit chosen={chosen} specs={specs} saves={saves} shown={shown} onDone={() => setSelected(new Set())} onClear={() => setSelected(new Set())} />

      {compact ? (
        cards
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={intl.formatMessage({ id: 'activities.table.label' })} className={classes.table}>
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
                {header({ message: 'activities.column.title', sort: 'title' })}
                {COLUMNS.map(header)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ activity: a, index }) => (
                <Table.Tr key={a.id} data-activity={a.id} data-highlight={a.id === highlight || undefined} className={classes.row}>
                  {props.canEdit && (
                    <Table.Td>
                      {selectBox(a)}
                    </Table.Td>
                  )}
                  <Table.Td className={classes.title}>{titleOf(a, index)}</Table.Td>
                  {COLUMNS.map((column) =>
                    column.fields.length === 1 ? (
                      <Fragment key={column.message}>{cell(a, column.fields[0]!, { stacked: false, numeric: column.numeric })}</Fragment>
                    ) : (
                      <Table.Td key={column.message} className={classes.stack}>
                        {column.fields.map((field) => (
                          <Fragment key={field}>{cell(a, field, { stacked: true, numeric: column.numeric })}</Fragment>
                        ))}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {rows.length === 0 && (
        <Text c="dimmed" ta="center" py="md">
          {intl.formatMessage({ id: 'activities.filter.nothing' })}
        </Text>
      )}
    </Stack>
  );
}
