import type { ThemeBudget } from '@kurs/core';
import { NO_THEME_COLOR, themeColor } from '@kurs/core/browser';
import { Badge, Box, Button, ColorSwatch, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useIntl } from 'react-intl';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { DraftBadge } from '../../shared/ui/draft-badge';
import { FindingBadges, FindingsInline } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { quarterBars, quarterParts } from './themes.bars';
import classes from './themes.module.css';

/**
 * One theme: its budget in hours against the hours planned and spent, overall and per
 * quarter, with the health check's findings about it in place.
 */
export function ThemeCard(props: { theme: Entity<'themes'> | null; index: number | null; budget: ThemeBudget | undefined; highlighted: boolean; onEdit?: () => void }) {
  const { plan } = usePlanContext();
  const intl = useIntl();
  const format = useFormat(plan.currency);
  const { theme, budget } = props;
  // As on the roadmap: a theme without a colour of its own has the palette's for its place.
  const color = theme && props.index !== null ? themeColor(theme, props.index) : NO_THEME_COLOR;
  const h = (hours: number) => intl.formatMessage({ id: 'themes.hours' }, { hours: format.number(hours, { maximumFractionDigits: 0 }) });
  const name = theme?.name ?? intl.formatMessage({ id: 'themes.noTheme' });
  const titleId = `theme-${theme?.id ?? 'none'}-title`;
  // The engine's: budget_hours, or the quarters' sum when only they are given.
  const budgetHours = budget ? budget.budgetHours : (theme?.budget_hours ?? null);
  const used = budget && budgetHours ? (budget.plannedHours / budgetHours) * 100 : 0;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby={titleId}
      data-theme={theme?.id ?? ''}
      style={{ borderInlineStart: `6px solid ${color}`, outline: props.highlighted ? '2px solid var(--mantine-primary-color-filled)' : undefined }}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Group gap="xs" align="center">
            <ColorSwatch color={color} size={16} withShadow={false} aria-hidden />
            <Title order={2} size="h4" id={titleId}>
              {name}
            </Title>
            {theme?.maintenance && (
              <Badge variant="light" color="gray">
                {intl.formatMessage({ id: 'themes.maintenanceBadge' })}
              </Badge>
            )}
            {budget?.overBudget && (
              <Badge variant="light" color="red">
                {intl.formatMessage({ id: 'themes.overBudget' })}
              </Badge>
            )}
            {props.index !== null && <FindingBadges path={`themes[${props.index}]`} />}
            {theme && <DraftBadge collection="themes" entity={theme} />}
          </Group>
          {props.onEdit && (
            <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={props.onEdit} aria-label={intl.formatMessage({ id: 'themes.editNamed' }, { name })}>
              {intl.formatMessage({ id: 'themes.edit' })}
            </Button>
          )}
        </Group>
        {theme?.description && (
          <Text size="sm" c="dimmed">
            {theme.description}
          </Text>
        )}
        {props.index !== null && <FindingsInline path={`themes[${props.index}]`} />}

        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          <Stat label={intl.formatMessage({ id: 'themes.budget' })} value={budgetHours === null ? intl.formatMessage({ id: 'themes.noBudget' }) : h(budgetHours)} />
          <Stat label={intl.formatMessage({ id: 'themes.planned' })} value={h(budget?.plannedHours ?? 0)} />
          <Stat label={intl.formatMessage({ id: 'themes.actual' })} value={h(budget?.actualHours ?? 0)} />
          <Stat label={intl.formatMessage({ id: 'themes.activities' })} value={format.number(budget?.activityCount ?? 0)} />
        </SimpleGrid>
        {budgetHours !== null && budget && (
          <Progress
            value={Math.min(100, used)}
            color={budget.overBudget ? 'red' : 'blue'}
            size="md"
            aria-label={intl.formatMessage({ id: 'themes.usedOfBudget' }, { planned: h(budget.plannedHours), budget: h(budgetHours) })}
          />
        )}
        {budget && Math.round(budget.undatedPlannedHours) > 0 && (
          <Text size="xs" c="dimmed">
            {intl.formatMessage({ id: 'themes.undated' }, { hours: h(budget.undatedPlannedHours) })}
          </Text>
        )}
        {budget && Math.round(budget.outsidePeriodPlannedHours) > 0 && (
          <Text size="xs" c="dimmed">
            {intl.formatMessage({ id: 'themes.outsidePeriod' }, { hours: h(budget.outsidePeriodPlannedHours) })}
          </Text>
        )}
        {budgetHours !== null && budget && budget.quarters.length > 0 && (
          <Text size="xs" c="dimmed" data-quarter-budgets={theme?.quarters ? 'set' : 'even'}>
            {intl.formatMessage({ id: theme?.quarters ? 'themes.quartersSet' : 'themes.quartersEven' })}
          </Text>
        )}
        {budget && budget.quarters.length > 0 && <QuarterTable budget={budget} color={color} caption={intl.formatMessage({ id: 'themes.quartersCaption' }, { name })} hours={h} />}
      </Stack>
    </Paper>
  );
}

function Stat(props: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={600}>{props.value}</Text>
    </div>
  );
}

/** Planned (bar in the theme's colour) and spent (thin grey bar) hours per quarter against the budget (line). */
function QuarterTable(props: { budget: ThemeBudget; color: string; caption: string; hours: (n: number) => string }) {
  const intl = useIntl();
  const bars = quarterBars(props.budget.quarters);
  const label = (quarter: string) => {
    const parts = quarterParts(quarter);
    return parts ? intl.formatMessage({ id: 'themes.quarter' }, parts) : quarter;
  };
  return (
    // A plain scrolling box that takes focus: on a phone the table scrolls sideways, and the keyboard must reach it.
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={props.caption}>
      <Table verticalSpacing={4} horizontalSpacing="xs" fz="xs" miw={380}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
          <Group gap="md" justify="space-between">
            <span>{props.caption}</span>
            <Group gap="sm" fz="xs" aria-hidden>
              <span>
                <span className={classes.legendSwatch} style={{ background: props.color }} />
                {intl.formatMessage({ id: 'themes.planned' })}
              </span>
              <span>
                <span className={classes.legendSwatch} style={{ background: 'var(--mantine-color-dimmed)', height: 4 }} />
                {intl.formatMessage({ id: 'themes.actual' })}
              </span>
              <span>
                <span className={classes.legendSwatch} style={{ background: 'var(--mantine-color-text)', width: 2 }} />
                {intl.formatMessage({ id: 'themes.budget' })}
              </span>
            </Group>
          </Group>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{intl.formatMessage({ id: 'themes.column.quarter' })}</Table.Th>
            <Table.Th w="40%">
              {intl.formatMessage({ id: 'themes.column.bars' })}
            </Table.Th>
            <Table.Th ta="end">{intl.formatMessage({ id: 'themes.column.plannedOfBudget' })}</Table.Th>
            <Table.Th ta="end">{intl.formatMessage({ id: 'themes.actual' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.budget.quarters.map((q, i) => {
            const bar = bars[i]!;
            return (
              <Table.Tr key={q.quarter} data-quarter={q.quarter}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{label(q.quarter)}</Table.Td>
                <Table.Td>
                  <div className={classes.track} aria-hidden>
                    <div className={classes.planned} style={{ width: `${bar.planned}%`, background: props.color }} />
                    <div className={classes.actual} style={{ width: `${bar.actual}%` }} />
                    {bar.budget !== null && <div className={classes.budget} style={{ left: `${bar.budget}%` }} />}
                  </div>
                </Table.Td>
                <Table.Td ta="end" c={q.overBudget ? 'var(--mantine-color-red-light-color)' : undefined} fw={q.overBudget ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {q.budgetHours === null ? props.hours(q.plannedHours) : intl.formatMessage({ id: 'themes.ofBudget' }, { planned: props.hours(q.plannedHours), budget: props.hours(q.budgetHours) })}
                  {q.overBudget && ` · ${intl.formatMessage({ id: 'themes.over' })}`}
                </Table.Td>
                <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                  {props.hours(q.actualHours)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
