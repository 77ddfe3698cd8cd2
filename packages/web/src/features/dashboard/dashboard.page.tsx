import { Button, Grid, Group, Paper, Stack } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.provider';
import { useCollection, useHealthSummary, useProgress } from '../../shared/api/api.queries';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { DraftsCard } from '../drafts/drafts.card';
import { DRAFTS_RULE } from '../drafts/drafts.model';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { stepPath } from '../steps/steps.list';
import { GoalsPanel } from './dashboard.goals';
import { HealthPanel, TopFindings } from './dashboard.health';
import { KpiCards, OverdueMeasurements } from './dashboard.kpis';
import { UpcomingMilestones } from './dashboard.milestones';

/** Breakpoints of the dashboard's own width (it shares the page with the guidance panel). */
const CONTAINER = { xs: '420px', sm: '560px', md: '680px', lg: '900px', xl: '1100px' };

/**
 * The plan's home: where the goals stand, the KPIs, what is overdue and coming up, and the
 * health check's score and first findings. Its five requests go out together; the root gets
 * `data-ready` once everything is shown (the benchmark waits for it).
 */
export default function DashboardPage() {
  const intl = useIntl();
  const { locale } = useLocale();
  const { ws, plan } = usePlanContext();
  const progress = useProgress(ws, plan.id);
  // The scores, the counts and the worst findings: the navigation's request, not the whole report.
  const health = useHealthSummary(ws, plan.id, locale);
  const goals = useCollection(ws, plan.id, 'goals');
  const kpis = useCollection(ws, plan.id, 'kpis');
  const milestones = useCollection(ws, plan.id, 'milestones');
  const queries = [progress, health, goals, kpis, milestones];
  const failed = queries.find((q) => q.isError);

  const ready = queries.every((q) => q.isSuccess);
  let content: ReactNode;
  if (failed) {
    content = <ErrorAlert error={failed.error} onRetry={() => queries.filter((q) => q.isError).forEach((q) => void q.refetch())} />;
  } else if (!progress.data || !health.data || !goals.data || !kpis.data || !milestones.data) {
    content = <PageLoader />;
  } else {
    const empty = goals.data.length === 0 && kpis.data.length === 0;
    content = (
      <Stack gap="md">
        <DraftsCard ws={ws} plan={plan.id} count={health.data.rules?.[DRAFTS_RULE] ?? 0} />
        {empty && (
          <Paper withBorder radius="md" p="md">
            <StepEmptyState
              step="dashboard"
              action={
                <Group gap="sm" justify="center">
                  <Button component={Link} to={stepPath(ws, plan.id, 'situation')} variant="default">
                    {intl.formatMessage({ id: 'step.situation.title' })}
                  </Button>
                  <Button component={Link} to={stepPath(ws, plan.id, 'goals')} rightSection={<IconArrowRight size={16} aria-hidden />}>
                    {intl.formatMessage({ id: 'dashboard.setGoals' })}
                  </Button>
                </Group>
              }
            />
          </Paper>
        )}
        <Grid type="container" breakpoints={CONTAINER} gap="md">
          {!empty && (
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <GoalsPanel ws={ws} plan={plan.id} summary={progress.data.summary} progress={progress.data.goals} goals={goals.data} />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, lg: empty ? 12 : 5 }}>
            <Stack gap="md">
              <HealthPanel ws={ws} plan={plan.id} scores={health.data.scores} />
              <TopFindings ws={ws} plan={plan.id} summary={health.data} />
            </Stack>
          </Grid.Col>
          {!empty && (
            <Grid.Col span={12}>
              <KpiCards ws={ws} plan={plan.id} currency={plan.currency} overview={progress.data.kpis} kpis={kpis.data} />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, md: 6 }}>
            <OverdueMeasurements ws={ws} plan={plan.id} today={progress.data.today} overview={progress.data.kpis} kpis={kpis.data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <UpcomingMilestones ws={ws} plan={plan.id} today={progress.data.today} milestones={milestones.data} />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }

  return (
    <StepFrame step="dashboard">
      <div data-dashboard data-ready={ready ? 'true' : undefined}>
        {content}
      </div>
    </StepFrame>
  );
}
