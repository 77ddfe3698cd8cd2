import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireSession } from '../features/access/access.gate';
import { accountRoutes, planRoutes, publicRoutes } from '../features/access/access.routes';
import { STEPS, type StepId } from '../features/steps/steps.list';
import { lazyPage } from '../shared/lazy-page';
import { AppLayout } from './app.layout';
import { NotFoundPage, RouteError } from './app.not-found';
import { PublicLayout } from './app.public-layout';
import { PlanLayout } from './plan.layout';

// Every page is its own chunk, so the first load carries only the shell and the page it shows.
const WorkspacesPage = lazyPage(() => import('../features/workspaces/workspaces.page'), /^\/$/);
const PlansPage = lazyPage(() => import('../features/plans/plans.page'), /^\/workspaces\/[^/]+\/?$/);
const ExportPage = lazyPage(() => import('../features/plans/plans.export.page'));
const PlanSettingsPage = lazyPage(() => import('../features/plans/plans.settings.page'));
const DraftsPage = lazyPage(() => import('../features/drafts/drafts.page'));
const WorkspaceSettingsPage = lazyPage(() => import('../features/workspaces/workspaces.settings.page'));
const KpiPage = lazyPage(() => import('../features/kpis/kpis.kpi.page'), /^\/workspaces\/[^/]+\/plans\/[^/]+\/kpis\/[^/]+\/?$/);
const KpiChartBenchPage = lazy(() => import('../features/kpis/kpis.chart-bench.page'));

/** The address of a step of a plan (the dashboard is the plan's own address). */
const stepAt = (step: StepId) => new RegExp(`^/workspaces/[^/]+/plans/[^/]+${step === 'dashboard' ? '' : `/${step}`}/?$`);

const stepPages: Record<StepId, ComponentType> = {
  dashboard: lazyPage(() => import('../features/dashboard/dashboard.page'), stepAt('dashboard')),
  situation: lazyPage(() => import('../features/situation/situation.page'), stepAt('situation')),
  goals: lazyPage(() => import('../features/goals/goals.page'), stepAt('goals')),
  kpis: lazyPage(() => import('../features/kpis/kpis.page'), stepAt('kpis')),
  strategy: lazyPage(() => import('../features/strategy/strategy.page'), stepAt('strategy')),
  activities: lazyPage(() => import('../features/activities/activities.page'), stepAt('activities')),
  themes: lazyPage(() => import('../features/themes/themes.page'), stepAt('themes')),
  roadmap: lazyPage(() => import('../features/roadmap/roadmap.page'), stepAt('roadmap')),
  reviews: lazyPage(() => import('../features/reviews/reviews.page'), stepAt('reviews')),
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
      { path: 'workspaces/:ws/settings', element: <WorkspaceSettingsPage /> },
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
          { path: 'settings', element: <PlanSettingsPage /> },
          { path: 'drafts', element: <DraftsPage /> },
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
