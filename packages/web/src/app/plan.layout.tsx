import { Alert, Anchor, Stack } from '@mantine/core';
import { Suspense, useMemo } from 'react';
import { FormattedMessage } from 'react-intl';
import { Link, Outlet, useParams } from 'react-router';
import { PlanContext } from '../features/plans/plan.context';
import { isApiError } from '../shared/api/api.client';
import { usePlan } from '../shared/api/api.queries';
import { ErrorAlert } from '../shared/ui/error-alert';
import { PageLoader } from '../shared/ui/page-loader';

/** Loads the plan header once for all its step pages. */
export function PlanLayout() {
  const params = useParams();
  const ws = params.ws!;
  const planId = params.plan!;
  const plan = usePlan(ws, planId);
  const context = useMemo(() => (plan.data ? { ws, plan: plan.data } : null), [ws, plan.data]);

  if (plan.isPending) return <PageLoader />;
  if (plan.isError) {
    if (isApiError(plan.error) && plan.error.status === 404) {
      return (
        <Alert color="yellow" title={<FormattedMessage id="error.notFoundTitle" />}>
          <Stack gap="xs" align="flex-start">
            <FormattedMessage id="error.planNotFound" values={{ plan: planId }} />
            <Anchor component={Link} to={`/workspaces/${encodeURIComponent(ws)}`}>
              <FormattedMessage id="plans.title" />
            </Anchor>
          </Stack>
        </Alert>
      );
    }
    return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  return (
    <PlanContext value={context}>
      <Suspense fallback={<PageLoader />}>
        <Outlet />
      </Suspense>
    </PlanContext>
  );
}
