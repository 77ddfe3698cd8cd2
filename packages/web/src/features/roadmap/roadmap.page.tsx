import type { RoadmapModel } from '@kurs/core';
import { Button, Group, Paper, Stack } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSetSearchParams } from '../../shared/search-params';
import { ErrorAlert } from '../../shared/ui/error-alert';
import { PageLoader } from '../../shared/ui/page-loader';
import { useCan } from '../access/access.can';
import { StepFindings, useFocusPath } from '../health/health.findings';
import { usePlanContext } from '../plans/plan.context';
import { StepEmptyState } from '../steps/steps.empty-state';
import { StepFrame } from '../steps/steps.frame';
import { stepPath } from '../steps/steps.list';
import { RoadmapBoard } from './roadmap.board';
import { LazyMilestoneEditor } from './roadmap.lazy';
import { useCollectionWhen, useGoalTitles, useOnceTrue, useRoadmap } from './roadmap.queries';

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
              <Group gap="sm">
                <Button component={Link} to={stepPath(ws, plan.id, 'activities')}>
                  {intl.formatMessage({ id: 'roadmap.empty.action' })}
                </Button>
                <FirstMilestone />
              </Group>
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

/**
 * A milestone added to a roadmap with nothing on it yet: the empty page's second way in, also
 * opened by the health check's fix link (?focus=milestones).
 */
function FirstMilestone() {
  const { ws, plan } = usePlanContext();
  const intl = useIntl();
  const setParams = useSetSearchParams();
  // The fix link's request is taken at once: once saved, the roadmap has something to show and
  // draws the timeline instead of this page, which must not find the request and open it again.
  const asked = useFocusPath() === 'milestones';
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!asked) return;
    setOpen(true);
    setParams({ focus: null });
  }, [asked, setParams]);
  const wanted = useOnceTrue(open);
  const milestones = useCollectionWhen(ws, plan.id, 'milestones', wanted);
  const themes = useCollectionWhen(ws, plan.id, 'themes', wanted);
  const activities = useCollectionWhen(ws, plan.id, 'activities', wanted);
  const goalTitles = useGoalTitles(ws, plan.id);
  return (
    <>
      <Button variant="default" leftSection={<IconFlag size={16} aria-hidden />} onClick={() => setOpen(true)}>
        {intl.formatMessage({ id: 'roadmap.milestone.add' })}
      </Button>
      {wanted && (
        <Suspense fallback={null}>
          <LazyMilestoneEditor
            target={open && milestones.data && themes.data && activities.data ? { kind: 'new' } : null}
            milestones={milestones.data ?? []}
            themes={themes.data ?? []}
            activities={activities.data ?? []}
            goalTitles={goalTitles}
            canEdit
            onClose={() => setOpen(false)}
            // A new milestone has nothing to delete.
            onDelete={() => undefined}
          />
        </Suspense>
      )}
    </>
  );
}
