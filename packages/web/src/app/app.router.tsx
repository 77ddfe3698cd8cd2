import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
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

const stepPages: Record<StepId, LazyExoticComponent<ComponentType>> = {
  dashboard: lazy(() => import('../features/dashboard/dashboard.page')),
  situation: lazy(() => import('../features/situation/situation.page')),
  goals: lazy(() => import('../features/goals/goals.page')),
  kpis: lazy(() => import('../features/kpis/kpis.page')),
  strategy: lazy(() => import('../features/strategy/strategy.page')),
  activities: lazy(() => import('../features/activities/activities.page')),
  themes: lazy(() => import('../features/themes/themes.page')),
  roadmap: lazy(() => import('../features/roadmap/roadmap.page')),
  reviews: lazy(() => import('../features/reviews/reviews.page')),
};

const DashboardPage = stepPages.dashboard;

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
            const Page = stepPages[step];
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
