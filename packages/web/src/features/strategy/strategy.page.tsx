import { Paper, Stack } from '@mantine/core';
import { usePlanPart } from '../../shared/api/api.plan-parts';
import { useCollection } from '../../shared/api/api.queries';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { StepFindings, useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { FunnelBoard } from './strategy.board';
import { StrategyChoices } from './strategy.choices';
import { JourneySection } from './strategy.journey';
import { strategyFocus } from './strategy.model';

/** Step 4: how, in broad strokes — the funnel, the choices, and the customer journey. */
export default function StrategyPage() {
  const { ws, plan } = usePlanContext();
  const channels = useCollection(ws, plan.id, 'channels');
  const kpis = useCollection(ws, plan.id, 'kpis');
  const activities = useCollection(ws, plan.id, 'activities');
  const strategy = usePlanPart(ws, plan.id, 'strategy');
  const focus = strategyFocus(useFocusPath());
  const queries = [channels, kpis, activities, strategy];
  const failed = queries.find((query) => query.isError);

  if (failed) {
    return (
      <StepFrame step="strategy">
        <ErrorAlert error={failed.error} onRetry={() => queries.forEach((query) => void query.refetch())} />
      </StepFrame>
    );
  }
  if (!channels.data || !kpis.data || !activities.data || !strategy.data) {
    return (
      <StepFrame step="strategy">
        <PageLoader />
      </StepFrame>
    );
  }
  const value = strategy.data.value;
  const empty = Object.values(value.funnel ?? {}).every((text) => !text) && !value.positioning && !value.traffic && !value.content && !value.resourcing && !value.journey?.length;

  return (
    <StepFrame step="strategy">
      <Stack gap="lg">
        <StepFindings step="strategy" />
        {empty && (
          <Paper withBorder radius="md" p="md">
            <StepEmptyState step="strategy" />
          </Paper>
        )}
        <FunnelBoard
          strategy={value}
          channels={channels.data}
          kpis={kpis.data}
          activities={activities.data}
          focusStage={focus?.kind === 'stage' ? focus.stage : undefined}
        />
        <StrategyChoices strategy={value} focused={focus?.kind === 'choices'} />
        <JourneySection journey={value.journey ?? []} channels={channels.data} focused={focus?.kind === 'journey'} />
      </Stack>
    </StepFrame>
  );
}
