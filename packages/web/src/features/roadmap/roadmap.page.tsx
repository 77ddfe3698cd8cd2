import type { RoadmapModel } from '@kurs/core';
import { Button, Paper, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { StepFindings } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { stepPath } from '../steps/steps.list';
import { RoadmapBoard } from './roadmap.board';
import { useRoadmap } from './roadmap.queries';

function isEmpty(model: RoadmapModel): boolean {
  const undated = model.undated.now.length + model.undated.next.length + model.undated.later.length;
  return undated === 0 && model.lanes.every((lane) => lane.rows.length === 0 && lane.milestones.length === 0);
}

export default function RoadmapPage() {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const roadmap = useRoadmap(ws, plan.id);
  const canEdit = useCan('plan.write');

  let body: ReactNode;
  if (roadmap.isPending) body = <PageLoader />;
  else if (roadmap.isError) body = <ErrorAlert error={roadmap.error} onRetry={() => void roadmap.refetch()} />;
  else if (isEmpty(roadmap.data))
    body = (
      <Paper withBorder radius="md" p="md">
        <StepEmptyState
          step="roadmap"
          action={
            canEdit && (
              <Button component={Link} to={stepPath(ws, plan.id, 'activities')}>
                {intl.formatMessage({ id: 'roadmap.empty.action' })}
              </Button>
            )
          }
        />
      </Paper>
    );
  else body = <RoadmapBoard model={roadmap.data} canEdit={canEdit} />;

  return (
    <StepFrame step="roadmap" wide>
      <Stack gap="md">
        <StepFindings step="roadmap" />
        {body}
      </Stack>
    </StepFrame>
  );
}
