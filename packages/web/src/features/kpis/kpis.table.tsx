import type { KpiOverview } from '@kurs/core';
import { ActionIcon, Anchor, Group, Menu, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconDots, IconPencil } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import { useLocale } from '../../i18n/i18n.provider';
import type { Entity } from '../../shared/api/api.types';
import { DangerMenuItem } from '../../shared/ui/danger-menu-item';
import { FindingBadges } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { kpiPath } from './kpis.paths';
import { kpiValueFormat } from './kpis.format';
import { Sparkline } from './kpis.sparkline';
import { KpiStatusBadge, OverdueBadge } from './kpis.status';
import classes from './kpis.table.module.css';

export interface KpiRow {
  kpi: Entity<'kpis'>;
  /** The KPI's place in the plan: findings are addressed as kpis[index]. */
  index: number;
  overview: KpiOverview | undefined;
}

interface TableProps {
  rows: readonly KpiRow[];
  /** The row a fix link points at: scrolled to and marked. */
  focusIndex: number | null;
  /** Edit and delete; without them (a viewer) the table has no actions. */
  actions?: { onEdit: (row: KpiRow) => void; onDelete: (row: KpiRow) => void };
}

/** The KPI table: a table on wide screens, a list of cards on phones. */
export function KpiTable(props: TableProps) {
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

  return (
    <>
      <Paper withBorder radius="md" px="xs" visibleFrom="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="kpis.table.kpi" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="kpis.table.latest" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="kpis.table.nextDue" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="kpis.table.status" />
              </Table.Th>
              <Table.Th>
                <FormattedMessage id="kpis.table.trend" />
              </Table.Th>
              {props.actions && (
                <Table.Th>
                  <FormattedMessage id="kpis.table.actions" />
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.rows.map((row) => (
              <Table.Tr key={row.kpi.id} id={`kpi-${row.index}`} ref={refFor(row)} data-focused={row.index === props.focusIndex || undefined} className={classes.row}>
                <Table.Td>
                  <KpiName row={row} />
                </Table.Td>
                <Table.Td>
                  <LatestValue row={row} />
                </Table.Td>
                <Table.Td>
                  <NextDue overview={row.overview} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {row.overview && <KpiStatusBadge status={row.overview.status} />}
                </Table.Td>
                <Table.Td>
                  <Trend row={row} />
                </Table.Td>
                {props.actions && (
                  <Table.Td>
                    <RowMenu row={row} {...props.actions} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      </Paper>
      <Stack gap="sm" hiddenFrom="sm">
        {props.rows.map((row) => (
          <Paper key={row.kpi.id} withBorder p="sm" radius="md" ref={refFor(row)} data-focused={row.index === props.focusIndex || undefined} className={classes.row}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <KpiName row={row} />
              {props.actions && <RowMenu row={row} {...props.actions} />}
            </Group>
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
          </Paper>
        ))}
      </Stack>
    </>
  );
}

function KpiName(props: { row: KpiRow }) {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const { kpi } = props.row;
  const Arrow = kpi.direction === 'down' ? IconArrowDownRight : IconArrowUpRight;
  const meta = [
    kpi.frequency && intl.formatMessage({ id: `kpis.frequency.${kpi.frequency}` }),
    kpi.unit && intl.formatMessage({ id: `kpis.unit.${kpi.unit}` }),
  ].filter(Boolean);
  return (
    <Stack gap={4} miw={0}>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={kpiPath(ws, plan.id, kpi.id)} fw={600}>
          {kpi.name}
        </Anchor>
        <FindingBadges path={`kpis[${props.row.index}]`} />
      </Group>
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
