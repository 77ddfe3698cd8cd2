import type { Finding, ThemeBudgets } from '@kurs/core';
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import { usePlanContext } from '../plans/plan.context';

/** The health check's rule that the maintenance reserve is too small (core health rules). */
const RESERVE_RULE = 'maintenance-reserve-missing';

/**
 * The maintenance reserve (upgrades, bug fixes, security updates) and its share of the budget
 * and of the planned hours; highlighted when the health check finds it below the threshold.
 * Beside it, the plan's totals and the other findings about the themes as a whole.
 */
export function ReserveSummary(props: { budgets: ThemeBudgets; findings: Finding[] }) {
  const { plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const { budgets } = props;
  const h = (hours: number) => intl.formatMessage({ id: 'themes.hours' }, { hours: format.number(hours, { maximumFractionDigits: 0 }) });
  const reserveFinding = props.findings.find((f) => f.rule === RESERVE_RULE);
  const others = props.findings.filter((f) => f.rule !== RESERVE_RULE);
  const { maintenance } = budgets;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="xs">
        <Total label={intl.formatMessage({ id: 'themes.totalBudget' })} value={h(budgets.budgetHours)} />
        <Total label={intl.formatMessage({ id: 'themes.totalPlanned' })} value={h(budgets.plannedHours)} />
        <Total label={intl.formatMessage({ id: 'themes.totalActual' })} value={h(budgets.actualHours)} />
      </SimpleGrid>
      <Paper
        withBorder
        radius="md"
        p="md"
        component="section"
        aria-labelledby="reserve-title"
        data-reserve={reserveFinding ? 'low' : 'kept'}
        bg={reserveFinding ? 'var(--mantine-color-yellow-light)' : undefined}
      >
        <Group gap="xs" mb="xs">
          {reserveFinding ? <IconAlertTriangle size={20} color="var(--mantine-color-yellow-light-color)" aria-hidden /> : <IconShieldCheck size={20} color="var(--mantine-color-teal-light-color)" aria-hidden />}
          <Title order={2} size="h4" id="reserve-title">
            {intl.formatMessage({ id: 'themes.reserve.title' })}
          </Title>
        </Group>
        <Text size="sm">
          {maintenance.share === null
            ? intl.formatMessage({ id: 'themes.reserve.noBudgets' })
            : intl.formatMessage({ id: 'themes.reserve.budgetShare' }, { hours: h(maintenance.budgetHours), total: h(budgets.budgetHours), share: format.percent(maintenance.share) })}
        </Text>
        {maintenance.plannedShare !== null && (
          <Text size="sm">
            {intl.formatMessage({ id: 'themes.reserve.plannedShare' }, { hours: h(maintenance.plannedHours), total: h(budgets.plannedHours), share: format.percent(maintenance.plannedShare) })}
          </Text>
        )}
        {reserveFinding ? (
          <Text size="sm" fw={600} mt="xs">
            {reserveFinding.message}
            {reserveFinding.hint && (
              <Text span size="sm" fw={400} display="block">
                {reserveFinding.hint}
              </Text>
            )}
          </Text>
        ) : (
          maintenance.share !== null && (
            <Text size="sm" c="dimmed" mt="xs">
              {intl.formatMessage({ id: 'themes.reserve.kept' })}
            </Text>
          )
        )}
      </Paper>
      {others.map((finding, i) => (
        <Alert key={`${finding.rule}-${i}`} color={finding.severity === 'error' ? 'red' : finding.severity === 'warning' ? 'yellow' : 'blue'} variant="light" title={finding.message}>
          {finding.hint}
        </Alert>
      ))}
    </Stack>
  );
}

function Total(props: { label: string; value: string }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" c="dimmed" lh={1.3}>
        {props.label}
      </Text>
      <Text fw={700} size="lg" mt={2}>
        {props.value}
      </Text>
    </Paper>
  );
}
