import type { IsoDate, KpiOverview } from '@kurs/core';
import { DIRECTIONS, FREQUENCIES, FUNNEL_STAGES, KPI_UNITS, TEXT_LIMITS } from '@kurs/core/browser';
import { ActionIcon, Anchor, Checkbox, Group, Menu, Paper, SimpleGrid, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconDots, IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import type { MessageId } from '../../i18n/i18n.messages';
import { useLocale } from '../../i18n/i18n.provider';
import type { EntityPatch } from '../../shared/api/api.resources';
import type { Entity } from '../../shared/api/api.types';
import type { EntitySaves } from '../../shared/entity-saves';
import { DangerMenuItem } from '../../shared/ui/danger-menu-item';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { InlineCell, type InlineOption } from '../../shared/ui/inline-cell';
import { FindingBadges } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { kpiValueFormat } from './kpis.format';
import { currentRange, periodEndOn, valueOn } from './kpis.inline';
import { kpiPath } from './kpis.paths';
import { useDeleteMeasurement, useMeasurements, useSaveMeasurements } from './kpis.queries';
import { Sparkline } from './kpis.sparkline';
import { KpiStatusBadge, OverdueBadge } from './kpis.status';
import classes from './kpis.table.module.css';

export interface KpiRow {
  kpi: Entity<'kpis'>;
  /** The KPI's place in the plan: findings are addressed as kpis[index]. */
  index: number;
  overview: KpiOverview | undefined;
}

/** What the table shows: how the KPIs stand (with this period's value to enter), or their details to edit. */
export type KpiColumns = 'results' | 'details';

/** What an editor can do in the table; a viewer gets none of it. */
export interface KpiTableEditing {
  saves: EntitySaves<'kpis'>;
  chosen: ReadonlySet<string>;
  onChoose: (ids: readonly string[], chosen: boolean) => void;
  onEdit: (row: KpiRow) => void;
  onDelete: (row: KpiRow) => void;
}

interface TableProps {
  rows: readonly KpiRow[];
  columns: KpiColumns;
  /** The server's today, which dates this period's values; undefined until known. */
  today: IsoDate | undefined;
  /** The row a fix link points at: scrolled to and marked. */
  focusIndex: number | null;
  editing?: KpiTableEditing;
}

/** A KPI's value for this period, as entered or changed in place, and the period's date. */
interface PeriodValue {
  date: IsoDate | undefined;
  value: number | undefined;
  save: (value: number | null) => Promise<void>;
}

/**
 * The KPI table: a table on wide screens, a list of cards on phones. Editors change a KPI's
 * owner, unit, frequency, direction and funnel stage in place, enter this period's value, and
 * choose rows to change several at once.
 */
export function KpiTable(props: TableProps) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  // The focused row's elements: its table row and its card; only the one this screen shows can scroll.
  const focused = useRef(new Set<HTMLElement>());
  useEffect(() => {
    if (props.focusIndex === null) return;
    for (const element of focused.current) {
      if (element.getClientRects().length > 0) element.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }, [props.focusIndex]);
  const refFor = (row: KpiRow) =>
    row.index === props.focusIndex
      ? (element: HTMLElement | null) => {
          if (!element) return;
          focused.current.add(element);
          return () => void focused.current.delete(element);
        }
      : undefined;

  const kpis = props.rows.map((r) => r.kpi);
  const showValues = props.columns === 'results' && props.editing !== undefined;
  const range = props.today && showValues ? currentRange(kpis, props.today) : { kpis: [], from: '', to: '' };
  const measurements = useMeasurements(ws, plan.id, range);
  const saveValues = useSaveMeasurements(ws, plan.id);
  const deleteValue = useDeleteMeasurement(ws, plan.id);
  const periodValue = (row: KpiRow): PeriodValue => {
    const date = props.today ? periodEndOn(row.kpi, props.today) : undefined;
    return {
      date,
      value: date ? valueOn(measurements.data ?? [], row.kpi.id, date) : undefined,
      save: async (value) => {
        if (!date) return;
        if (value === null) await deleteValue.mutateAsync({ kpi: row.kpi.id, date });
        else await saveValues.mutateAsync([{ kpi: row.kpi.id, date, value }]);
      },
    };
  };
  const valuesReady = props.today !== undefined && !measurements.isPending;

  const editing = props.editing;
  const allChosen = editing !== undefined && props.rows.length > 0 && props.rows.every((r) => editing.chosen.has(r.kpi.id));
  const someChosen = editing !== undefined && props.rows.some((r) => editing.chosen.has(r.kpi.id));
  const chooser = (row: KpiRow) =>
    editing && (
      <Checkbox
        size="xs"
        checked={editing.chosen.has(row.kpi.id)}
        onChange={(e) => editing.onChoose([row.kpi.id], e.currentTarget.checked)}
        aria-label={intl.formatMessage({ id: 'kpis.table.choose' }, { name: row.kpi.name })}
      />
    );
  const th = (id: Extract<MessageId, string>) => (
    <Table.Th>
      <FormattedMessage id={id} />
    </Table.Th>
  );

  return (
    <>
      <Paper withBorder radius="md" px="xs" visibleFrom="sm">
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                {editing && (
                  <Table.Th w={36}>
                    <Checkbox
                      size="xs"
                      checked={allChosen}
                      indeterminate={someChosen && !allChosen}
                      onChange={(e) => editing.onChoose(kpis.map((k) => k.id), e.currentTarget.checked)}
                      aria-label={intl.formatMessage({ id: 'kpis.table.chooseAll' })}
                    />
                  </Table.Th>
                )}
                {th('kpis.table.kpi')}
                {props.columns === 'results' ? (
                  <>
                    {showValues && th('kpis.table.thisPeriod')}
                    {th('kpis.table.latest')}
                    {th('kpis.table.nextDue')}
                    {th('kpis.table.status')}
                    {th('kpis.table.trend')}
                  </>
                ) : (
                  <>
                    {th('kpis.field.owner')}
                    {th('kpis.field.unit')}
                    {th('kpis.field.frequency')}
                    {th('kpis.field.direction')}
                    {th('kpis.field.funnelStage')}
                  </>
                )}
                {editing && th('kpis.table.actions')}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row) => (
                <Table.Tr key={row.kpi.id} id={`kpi-${row.index}`} ref={refFor(row)} data-focused={row.index === props.focusIndex || undefined} className={classes.row}>
                  {editing && <Table.Td>{chooser(row)}</Table.Td>}
                  <Table.Td>
                    <KpiName row={row} meta={props.columns === 'results'} />
                  </Table.Td>
                  {props.columns === 'results' ? (
                    <>
                      {showValues && <PeriodValueCell row={row} period={periodValue(row)} ready={valuesReady} />}
                      <Table.Td>
                        <LatestValue row={row} />
                      </Table.Td>
                      <Table.Td>
                        <NextDue overview={row.overview} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.overview && <KpiStatusBadge status={row.overview.status} />}</Table.Td>
                      <Table.Td>
                        <Trend row={row} />
                      </Table.Td>
                    </>
                  ) : (
                    <DetailCells row={row} saves={editing?.saves} />
                  )}
                  {editing && (
                    <Table.Td>
                      <RowMenu row={row} onEdit={editing.onEdit} onDelete={editing.onDelete} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Stack gap="sm" hiddenFrom="sm" data-inline-grid="">
        {props.rows.map((row) => (
          <Paper key={row.kpi.id} withBorder p="sm" radius="md" ref={refFor(row)} data-focused={row.index === props.focusIndex || undefined} className={classes.row}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <Group gap="xs" align="flex-start" wrap="nowrap">
                {chooser(row)}
                <KpiName row={row} meta={props.columns === 'results'} />
              </Group>
              {editing && <RowMenu row={row} onEdit={editing.onEdit} onDelete={editing.onDelete} />}
            </Group>
            {props.columns === 'results' ? (
              <>
                {showValues && (
                  <Labelled label={intl.formatMessage({ id: 'kpis.table.thisPeriod' })}>
                    <PeriodValueCell row={row} period={periodValue(row)} ready={valuesReady} component="div" />
                  </Labelled>
                )}
                <Group justify="space-between" align="flex-end" mt="xs" wrap="nowrap">
                  <Stack gap={6}>
                    <LatestValue row={row} />
                    <Group gap="xs">
                      {row.overview && <KpiStatusBadge status={row.overview.status} />}
                      <NextDue overview={row.overview} />
                    </Group>
                  </Stack>
                  <Trend row={row} />
                </Group>
              </>
            ) : (
              <SimpleGrid cols={2} spacing="xs" verticalSpacing={6} mt="xs">
                <DetailCells row={row} saves={editing?.saves} labelled />
              </SimpleGrid>
            )}
          </Paper>
        ))}
      </Stack>
    </>
  );
}

function Labelled(props: { label: string; children: ReactNode }) {
  return (
    <div style={{ marginTop: 8 }}>
      <Text size="xs" c="dimmed" fw={500} aria-hidden>
        {props.label}
      </Text>
      {props.children}
    </div>
  );
}

/** This period's value, typed in the reader's decimal mark; emptying it deletes the value. */
function PeriodValueCell(props: { row: KpiRow; period: PeriodValue; ready: boolean; component?: 'div' }) {
  const { plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const intl = useIntl();
  const { kpi } = props.row;
  const { date } = props.period;
  return (
    <InlineCell
      component={props.component}
      kind="number"
      column="value"
      align="end"
      label={intl.formatMessage({ id: 'kpis.table.valueLabel' }, { name: kpi.name })}
      readOnly={!props.ready}
      value={props.period.value}
      display={(v) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {/* Exactly as stored, as it was typed (the other columns round); the unit is in the KPI's column. */}
            {v === undefined ? '—' : format.number(v, { maximumFractionDigits: 10 })}
          </Text>
          {date && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {intl.formatMessage({ id: 'kpis.table.periodEnd' }, { date: format.date(date) })}
            </Text>
          )}
        </Stack>
      )}
      onSave={props.period.save}
    />
  );
}

/** Owner, unit, frequency, direction and funnel stage, each changed in place (read only for a viewer). */
function DetailCells(props: { row: KpiRow; saves: EntitySaves<'kpis'> | undefined; labelled?: boolean }) {
  const intl = useIntl();
  const { kpi } = props.row;
  const t = (id: Extract<MessageId, string>, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const options = <V extends string>(values: readonly V[], prefix: string): InlineOption[] =>
    values.map((value) => ({ value, label: intl.formatMessage({ id: `${prefix}.${value}` as never }) }));
  const component = props.labelled ? ('div' as const) : undefined;
  const cell = (field: 'owner' | 'unit' | 'frequency' | 'direction' | 'funnel_stage', label: string, node: (common: CellCommon) => ReactNode) => {
    const common: CellCommon = {
      component,
      column: field,
      label: t('kpis.table.fieldOf', { field: label, name: kpi.name }),
      readOnly: !props.saves,
      onReload: () => void props.saves?.reload(),
      save: async (value: string | null, shown: string | null) => {
        const patch = { [field]: value } as EntityPatch<'kpis'>;
        const words = { field: label, name: kpi.name, value: shown ?? '' };
        await props.saves?.save(kpi, patch, t(shown === null ? 'kpis.table.removed' : 'kpis.table.changed', words));
      },
    };
    return props.labelled ? (
      <Labelled key={field} label={label}>
        {node(common)}
      </Labelled>
    ) : (
      node(common)
    );
  };
  const select = (field: 'unit' | 'frequency' | 'direction' | 'funnel_stage', label: string, choices: InlineOption[]) =>
    cell(field, label, ({ save, ...common }) => (
      <InlineCell
        key={field}
        {...common}
        kind="select"
        value={kpi[field]}
        options={choices}
        clearable
        onSave={(v) => save(v, v === null ? null : (choices.find((c) => c.value === v)?.label ?? v))}
      />
    ));
  return (
    <>
      {cell('owner', t('kpis.field.owner'), ({ save, ...common }) => (
        <InlineCell
          key="owner"
          {...common}
          kind="text"
          value={kpi.owner}
          maxLength={TEXT_LIMITS.name}
          onSave={(o) => save(o, o)}
        />
      ))}
      {select('unit', t('kpis.field.unit'), options(KPI_UNITS, 'kpis.unit'))}
      {select('frequency', t('kpis.field.frequency'), options(FREQUENCIES, 'kpis.frequency'))}
      {select('direction', t('kpis.field.direction'), options(DIRECTIONS, 'kpis.direction'))}
      {select('funnel_stage', t('kpis.field.funnelStage'), options(FUNNEL_STAGES, 'kpis.funnel'))}
    </>
  );
}

interface CellCommon {
  component: 'div' | undefined;
  column: string;
  label: string;
  readOnly: boolean;
  onReload: () => void;
  save: (value: string | null, shown: string | null) => Promise<void>;
}

function KpiName(props: { row: KpiRow; meta: boolean }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { kpi } = props.row;
  const Arrow = kpi.direction === 'down' ? IconArrowDownRight : IconArrowUpRight;
  const meta = [
    kpi.frequency && intl.formatMessage({ id: `kpis.frequency.${kpi.frequency}` }),
    kpi.unit && intl.formatMessage({ id: `kpis.unit.${kpi.unit}` }),
  ].filter(Boolean);
  return (
    // Wide enough in the table for a draft's badge and its button not to be cut short.
    <Stack gap={4} miw={kpi.draft ? 150 : 0}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={kpiPath(ws, plan.id, kpi.id)} fw={600}>
          {kpi.name}
        </Anchor>
        <FindingBadges path={`kpis[${props.row.index}]`} />
        <DraftBadge collection="kpis" entity={kpi} />
      </Group>
      {props.meta && (
        <Group gap={6} wrap="wrap">
          <Text size="xs" c={kpi.owner ? 'dimmed' : 'red'}>
            {kpi.owner ?? intl.formatMessage({ id: 'kpis.table.noOwner' })}
          </Text>
          {meta.map((m) => (
            <Text key={m} size="xs" c="dimmed">
              · {m}
            </Text>
          ))}
          {kpi.direction && (
            <Text size="xs" c="dimmed" span title={intl.formatMessage({ id: `kpis.direction.${kpi.direction}` })}>
              <Arrow size={14} aria-hidden style={{ verticalAlign: 'middle' }} />
              <VisuallyHidden>{intl.formatMessage({ id: `kpis.direction.${kpi.direction}` })}</VisuallyHidden>
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
function LatestValue(props: { row: KpiRow }) {
  const { plan } = usePlanContext();
  const { locale } = useLocale();
  const format = useFormat(plan.currency);
  // Until the engine's overview is there, nothing rather than a wrong "no values".
  if (!props.row.overview) return null;
  const { last } = props.row.overview;
  if (!last) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="kpis.table.noValues" />
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {kpiValueFormat(locale, props.row.kpi.unit, plan.currency).value(last.value)}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {format.date(last.date)}
      </Text>
    </div>
  );
}

function NextDue(props: { overview: KpiOverview | undefined }) {
  const { plan } = usePlanContext();
  const format = useFormat(plan.currency);
  const { overview } = props;
  if (!overview) return null;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {overview.nextDue ? format.date(overview.nextDue) : <FormattedMessage id="kpis.table.noneDue" />}
      </Text>
      {overview.overdue && <OverdueBadge />}
    </Stack>
  );
}

function Trend(props: { row: KpiRow }) {
  const { plan } = usePlanContext();
  const { locale } = useLocale();
  const intl = useIntl();
  const points = props.row.overview?.sparkline ?? [];
  const known = points.filter((p) => p.value !== null);
  if (known.length < 2) return null;
  const value = kpiValueFormat(locale, props.row.kpi.unit, plan.currency).value;
  const label = intl.formatMessage(
    { id: 'kpis.table.trendLabel' },
    { first: known[0].period, from: value(known[0].value!), last: known.at(-1)!.period, to: value(known.at(-1)!.value!) },
  );
  return <Sparkline values={points.map((p) => p.value)} label={label} />;
}

function RowMenu(props: { row: KpiRow; onEdit: (row: KpiRow) => void; onDelete: (row: KpiRow) => void }) {
  const intl = useIntl();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={intl.formatMessage({ id: 'kpis.table.actionsFor' }, { name: props.row.kpi.name })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => props.onEdit(props.row)}>
          <FormattedMessage id="kpis.action.edit" />
        </Menu.Item>
        <DangerMenuItem onClick={() => props.onDelete(props.row)}>
          <FormattedMessage id="kpis.action.delete" />
        </DangerMenuItem>
      </Menu.Dropdown>
    </Menu>
  );
}
