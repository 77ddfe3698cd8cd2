import type { KpiOverview } from '@kurs/core';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { Sparkline } from '../../shared/ui/sparkline';
import { GoalStatusBadge, STATUS_COLOR } from '../goals/goals.status';
import { stepPath } from '../steps/steps.list';
import { DashboardSection } from './dashboard.section';

/** One card per KPI: its latest value, the status of the goals it measures, and its recent trend. */
export function KpiCards(props: { ws: string; plan: string; currency?: string; overview: KpiOverview[]; kpis: Entity<'kpis'>[] }) {
  const intl = useIntl();
  const format = useFormat(props.currency);
  const kpisPath = stepPath(props.ws, props.plan, 'kpis');
  const indexOf = new Map(props.kpis.map((k, i) => [k.id, i]));
  const byId = new Map(props.kpis.map((k) => [k.id, k]));
  return (
    <DashboardSection title={intl.formatMessage({ id: 'dashboard.kpis.title' })} link={{ to: kpisPath, label: intl.formatMessage({ id: 'dashboard.kpis.open' }) }}>
      {props.overview.length === 0 ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'dashboard.kpis.none' })}
        </Text>
      ) : (
        <SimpleGrid type="container" cols={{ base: 1, '420px': 2, '640px': 3, '900px': 4 }} spacing="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {props.overview.map((row) => {
            const kpi = byId.get(row.kpi);
            if (!kpi) return null;
            const values = row.sparkline.map((p) => p.value);
            const known = values.filter((v): v is number => v !== null);
            const value = (n: number) => format.kpiValue(n, kpi.unit);
            return (
              <Paper component="li" key={row.kpi} withBorder radius="md" p="sm">
                <Stack gap={6}>
                  <Anchor component={Link} to={`${kpisPath}?focus=${encodeURIComponent(`kpis[${indexOf.get(row.kpi)}]`)}`} size="sm" fw={600} lineClamp={2}>
                    {kpi.name}
                  </Anchor>
                  <Group justify="space-between" align="flex-end" wrap="nowrap" gap="xs">
                    <div style={{ minWidth: 0 }}>
                      <Text fz="xl" fw={700} lh={1.1}>
                        {row.last ? value(row.last.value) : '–'}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.last ? format.date(row.last.date) : intl.formatMessage({ id: 'dashboard.kpis.noValue' })}
                      </Text>
                    </div>
                    <Sparkline
                      values={values}
                      width={96}
                      height={32}
                      color={row.status ? `var(--mantine-color-${STATUS_COLOR[row.status]}-filled)` : undefined}
                      label={
                        known.length > 0
                          ? intl.formatMessage({ id: 'dashboard.kpis.trend' }, { count: values.length, first: value(known[0]!), last: value(known[known.length - 1]!) })
                          : intl.formatMessage({ id: 'dashboard.kpis.noTrend' })
                      }
                    />
                  </Group>
                  <Group gap={4}>
                    {row.status ? (
                      <GoalStatusBadge status={row.status} size="sm" />
                    ) : (
                      <Badge size="sm" variant="outline" color="gray">
                        {intl.formatMessage({ id: 'dashboard.kpis.noGoal' })}
                      </Badge>
                    )}
                    {row.overdue && (
                      <Badge size="sm" variant="light" color="orange">
                        {intl.formatMessage({ id: 'dashboard.kpis.overdue' })}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
      )}
    </DashboardSection>
  );
}

/** The KPIs whose next result is overdue, longest overdue first: results to enter before the next review. */
export function OverdueMeasurements(props: { ws: string; plan: string; today: string; overview: KpiOverview[]; kpis: Entity<'kpis'>[] }) {
  const intl = useIntl();
  const format = useFormat();
  const kpisPath = stepPath(props.ws, props.plan, 'kpis');
  const byId = new Map(props.kpis.map((k) => [k.id, k]));
  const indexOf = new Map(props.kpis.map((k, i) => [k.id, i]));
  // An overdue KPI always has a due date: core's measurementDue decides both.
  const overdue = props.overview
    .filter((row): row is KpiOverview & { nextDue: string } => row.overdue && row.nextDue !== null)
    .sort((a, b) => a.nextDue.localeCompare(b.nextDue));
  return (
    <DashboardSection title={intl.formatMessage({ id: 'dashboard.overdue.title' }, { count: overdue.length })}>
      {overdue.length === 0 ? (
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: props.overview.length ? 'dashboard.overdue.none' : 'dashboard.kpis.none' })}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {overdue.map((row) => (
            <li key={row.kpi}>
              <Anchor component={Link} to={`${kpisPath}?focus=${encodeURIComponent(`kpis[${indexOf.get(row.kpi)}]`)}`} size="sm" fw={500}>
                {byId.get(row.kpi)?.name ?? row.kpi}
              </Anchor>
              <Text size="xs" c="dimmed">
                {intl.formatMessage(
                  { id: row.last ? 'dashboard.overdue.since' : 'dashboard.overdue.never' },
                  { due: format.date(row.nextDue), last: row.last ? format.date(row.last.date) : '' },
                )}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </DashboardSection>
  );
}
