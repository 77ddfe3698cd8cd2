import { lazy, Suspense, useState, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireSession } from '../features/access/access.gate';
import { accountRoutes, planRoutes, publicRoutes } from '../features/access/access.routes';
import { STEPS, type StepId } from '../features/steps/steps.list';
import { AppLayout } from './app.layout';
import { NotFoundPage, RouteError } from './app.not-found';
import { PublicLayout } from './app.public-layout';
import { PlanLayout } from './plan.layout';

// Every page is its own chunk, so the first load carries only the shell and the page it shows.
const WorkspacesPage = lazy(() => import('../features/workspaces/workspaces.page'));
const PlansPage = lazy(() => import('../features/plans/plans.page'));
const ExportPage = lazy(() => import('../features/plans/plans.export.page'));
const KpiPage = lazy(() => import('../features/kpis/kpis.kpi.page'));
const KpiChartBenchPage = lazy(() => import('../features/kpis/kpis.chart-bench.page'));

/**
 * A step page that can be fetched before it is rendered: once its chunk is in, it renders at
 * once, with no loader in between (React shows a fallback for at least 300 ms once shown).
 */
function stepPage(load: () => Promise<{ default: ComponentType }>) {
  let loaded: ComponentType | undefined;
  let loading: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (loading ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  const Page = () => {
    // Chosen once per mount: switching from Lazy to the loaded page later would remount it.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded /> : <Lazy />;
  };
  return { Page, preload };
}

const stepPages: Record<StepId, ReturnType<typeof stepPage>> = {
  dashboard: stepPage(() => import('../features/dashboard/dashboard.page')),
  situation: stepPage(() => import('../features/situation/situation.page')),
  goals: stepPage(() => import('../features/goals/goals.page')),
  kpis: stepPage(() => import('../features/kpis/kpis.page')),
  strategy: stepPage(() => import('../features/strategy/strategy.page')),
  activities: stepPage(() => import('../features/activities/activities.page')),
  themes: stepPage(() => import('../features/themes/themes.page')),
  roadmap: stepPage(() => import('../features/roadmap/roadmap.page')),
  reviews: stepPage(() => import('../features/reviews/reviews.page')),
};

// A first visit to a step fetches its chunk now, beside the session and the plan, not after them.
const opened = /^\/workspaces\/[^/]+\/plans\/[^/]+\/?([^/]*)/.exec(window.location.pathname);
if (opened) {
  const step = (opened[1] || 'dashboard') as StepId;
  if (STEPS.includes(step)) void stepPages[step].preload();
}

const DashboardPage = stepPages.dashboard.Page;

const router = createBrowserRouter([
  { element: <PublicLayout />, errorElement: <RouteError />, children: publicRoutes },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <WorkspacesPage /> },
      { path: 'workspaces/:ws', element: <PlansPage /> },
      ...accountRoutes,
      {
        path: 'workspaces/:ws/plans/:plan',
        element: <PlanLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          ...STEPS.filter((step) => step !== 'dashboard').map((step) => {
            const { Page } = stepPages[step];
            return { path: step, element: <Page /> };
          }),
          { path: 'kpis/:kpi', element: <KpiPage /> },
          { path: 'export', element: <ExportPage /> },
          ...planRoutes,
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  // The KPI chart alone, for the benchmark (npm run bench).
  { path: '/bench/kpi-chart', element: <Suspense fallback={null}><KpiChartBenchPage /></Suspense> },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
