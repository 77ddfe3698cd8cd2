import type { GoalProgress, GoalStatus, PlanProgress } from '@kurs/core';
import { GOAL_STATUSES_WORST_FIRST } from '@kurs/core/browser';
import { Anchor, Group, Progress, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { useNoDataText } from '../goals/goals.progress';
import { GoalStatusBadge, STATUS_COLOR } from '../goals/goals.status';
import { stepPath } from '../steps/steps.list';
import { DashboardSection } from './dashboard.section';
import { goalsWorstFirst } from './dashboard.select';

/** How many goals have each status, and the goals themselves worst first; a count filters the list. */
export function GoalsPanel(props: { ws: string; plan: string; summary: PlanProgress; progress: GoalProgress[]; goals: Entity<'goals'>[] }) {
  const intl = useIntl();
  const format = useFormat();
  const goalLine = useGoalLine();
  const [only, setOnly] = useState<GoalStatus | null>(null);
  const goalsPath = stepPath(props.ws, props.plan, 'goals');
  const indexOf = new Map(props.goals.map((g, i) => [g.id, i]));
  const byId = new Map(props.goals.map((g) => [g.id, g]));
  const shown = goalsWorstFirst(props.progress).filter((p) => !only || p.status === only);
  const { summary } = props;

  return (
    <DashboardSection
      title={intl.formatMessage({ id: 'dashboard.goals.title' })}
      link={{ to: goalsPath, label: intl.formatMessage({ id: 'dashboard.goals.open' }) }}
    >
      <Stack gap="md">
        {summary.progress !== null && (
          <Text size="sm">
            {intl.formatMessage(
              { id: 'dashboard.goals.overall' },
              { progress: format.percent(summary.progress), expected: format.percent(summary.expected) },
            )}
          </Text>
        )}
        <SimpleGrid type="container" cols={{ base: 2, '360px': 3, '760px': 6 }} spacing="xs">
          {GOAL_STATUSES_WORST_FIRST.map((status) => (
            <UnstyledButton
              key={status}
              onClick={() => setOnly(only === status ? null : status)}
              aria-pressed={only === status}
              p="xs"
              style={{
                borderRadius: 'var(--mantine-radius-md)',
                border: `1px solid ${only === status ? `var(--mantine-color-${STATUS_COLOR[status]}-filled)` : 'var(--mantine-color-default-border)'}`,
                background: only === status ? `var(--mantine-color-${STATUS_COLOR[status]}-light)` : undefined,
              }}
            >
              <Text fz={26} fw={700} lh={1.1}>
                {summary.byStatus[status]}
              </Text>
              <GoalStatusBadge status={status} size="sm" />
            </UnstyledButton>
          ))}
        </SimpleGrid>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {intl.formatMessage({ id: 'dashboard.goals.noneWithStatus' })}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={intl.formatMessage({ id: 'dashboard.goals.listLabel' })}>
            {shown.map((p) => {
              const goal = byId.get(p.goal);
              if (!goal) return null;
              return (
                <li key={p.goal}>
                  <Group gap="sm" wrap="nowrap" align="flex-start" justify="space-between">
                    <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                      <Anchor component={Link} to={`${goalsPath}?focus=${encodeURIComponent(`goals[${indexOf.get(p.goal)}]`)}`} size="sm" fw={500}>
                        {goal.title}
                      </Anchor>
                      <Progress
                        value={p.progress === null ? 0 : Math.max(0, Math.min(100, p.progress * 100))}
                        color={STATUS_COLOR[p.status]}
                        size="sm"
                        aria-label={intl.formatMessage({ id: 'goals.card.progressLabel' }, { goal: goal.title })}
                      />
                      <Text size="xs" c="dimmed">
                        {goalLine(p, goal.target?.date)}
                      </Text>
                    </Stack>
                    <GoalStatusBadge status={p.status} size="sm" />
                  </Group>
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </DashboardSection>
  );
}

/**
 * A goal's line under its progress bar, on the dashboard and the stakeholder view alike: how far
 * it has come against what was expected (or why that is unknown, in the goal card's words), and
 * the day it reached its target, or its target date.
 */
export function useGoalLine(): (progress: GoalProgress, targetDate: string | undefined) => string {
  const intl = useIntl();
  const format = useFormat();
  const noDataText = useNoDataText();
  return (p, targetDate) => {
    const reading =
      p.progress === null
        ? p.noData && noDataText(p.noData)
        : intl.formatMessage({ id: 'dashboard.goals.progress' }, { progress: format.percent(p.progress), expected: format.percent(p.expected) });
    const when = p.achievedOn
      ? intl.formatMessage({ id: 'dashboard.goals.reached' }, { date: format.date(p.achievedOn) })
      : targetDate && intl.formatMessage({ id: p.pastTarget ? 'dashboard.goals.passed' : 'dashboard.goals.due' }, { date: format.date(targetDate) });
    return [reading, when].filter(Boolean).join(' · ');
  };
}
