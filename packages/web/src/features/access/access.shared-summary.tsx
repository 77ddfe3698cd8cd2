import type { GoalProgress, HealthReport, PlanProgress } from '@kurs/core';
import { GOAL_STATUSES_WORST_FIRST } from '@kurs/core/browser';
import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFormat } from '../../i18n/i18n.hooks';
import type { Entity } from '../../shared/api/api.types';
import { ScoreRing, scoreColor } from '../../shared/ui/score-ring';
import { MilestoneList } from '../dashboard/dashboard.milestones';
import { useGoalLine } from '../dashboard/dashboard.goals';
import { DashboardSection } from '../dashboard/dashboard.section';
import { goalsWorstFirst } from '../dashboard/dashboard.select';
import { GoalStatusBadge, STATUS_COLOR } from '../goals/goals.status';
import { STEPS } from '../steps/steps.list';
import { useT } from './access.words';

/*
 * The stakeholder view's summary: the dashboard's panels without its ways into the app (a
 * share link opens nothing else). The engine's numbers are shown as they come.
 */

export function SharedGoals(props: { summary: PlanProgress; progress: GoalProgress[]; goals: Entity<'goals'>[] }) {
  const t = useT();
  const format = useFormat();
  const goalLine = useGoalLine();
  const byId = new Map(props.goals.map((g) => [g.id, g]));
  const { summary } = props;
  return (
    <DashboardSection title={t('access.shared.goals')}>
      <Stack gap="md">
        {summary.progress !== null && (
          <Text size="sm">{t('access.shared.overall', { progress: format.percent(summary.progress), expected: format.percent(summary.expected) })}</Text>
        )}
        <Group gap="xs">
          {GOAL_STATUSES_WORST_FIRST.filter((status) => summary.byStatus[status] > 0).map((status) => (
            <Group key={status} gap={4} wrap="nowrap">
              <GoalStatusBadge status={status} size="sm" />
              <Text size="sm" fw={600}>
                {summary.byStatus[status]}
              </Text>
            </Group>
          ))}
        </Group>
        {props.progress.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('access.shared.noGoals')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {goalsWorstFirst(props.progress).map((goal) => {
              const title = byId.get(goal.goal)?.title ?? goal.goal;
              return (
                <li key={goal.goal}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="sm" fw={500} style={{ minWidth: 0 }}>
                      {title}
                    </Text>
                    <GoalStatusBadge status={goal.status} size="sm" />
                  </Group>
                  {goal.progress !== null && (
                    <Progress
                      value={Math.max(0, Math.min(1, goal.progress)) * 100}
                      color={STATUS_COLOR[goal.status]}
                      size="sm"
                      mt={4}
                      aria-label={t('access.shared.goalProgress', { goal: title })}
                    />
                  )}
                  <Text size="xs" c="dimmed" mt={2} data-goal-line>
                    {goalLine(goal, byId.get(goal.goal)?.target?.date)}
                  </Text>
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </DashboardSection>
  );
}

export function SharedHealth(props: { report: HealthReport }) {
  const t = useT();
  const { scores } = props.report;
  return (
    <DashboardSection title={t('access.shared.health')}>
      <Group gap="lg" wrap="nowrap" mb="md">
        <ScoreRing score={scores.overall} size={72} />
        <div>
          <Text fz={28} fw={700} lh={1} style={{ color: `var(--mantine-color-${scoreColor(scores.overall)}-light-color)` }}>
            {t('access.shared.score', { score: Math.round(scores.overall) })}
          </Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('access.shared.healthLead')}
          </Text>
        </div>
      </Group>
      <SimpleGrid type="container" cols={{ base: 1, '260px': 2 }} spacing="xs" verticalSpacing="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {STEPS.filter((s) => s !== 'dashboard').map((step) => (
          <li key={step}>
            <Group gap={6} wrap="nowrap">
              <ScoreRing score={scores.steps[step]} size={22} />
              <Text size="sm">
                {t(`step.${step}.title`)}{' '}
                <Text span size="sm" c="dimmed">
                  {t('access.shared.stepScore', { score: Math.round(scores.steps[step]) })}
                </Text>
              </Text>
            </Group>
          </li>
        ))}
      </SimpleGrid>
    </DashboardSection>
  );
}

export function SharedMilestones(props: { milestones: Entity<'milestones'>[]; today: string }) {
  const t = useT();
  return (
    <DashboardSection title={t('access.shared.milestones')}>
      <MilestoneList milestones={props.milestones} today={props.today} empty={t('access.shared.noMilestones')} />
    </DashboardSection>
  );
}
