import type { ComponentType } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { RequireSession } from '../features/access/access.gate';
import { accountRoutes, planRoutes, publicRoutes } from '../features/access/access.routes';
import { STEPS, type StepId } from '../features/steps/steps.list';
import { lazyPage } from '../shared/lazy-page';
import { AppLayout } from './app.layout';
import { NotFoundPage, RouteError } from './app.not-found';
import { pages } from './app.pages';
import { PublicLayout } from './app.public-layout';
import { PlanLayout } from './plan.layout';

const WorkspacesPage = lazyPage(pages.workspaces);
const PlansPage = lazyPage(pages.plans);
const ExportPage = lazyPage(pages.export);
const PlanSettingsPage = lazyPage(pages.planSettings);
const DraftsPage = lazyPage(pages.drafts);
const WorkspaceSettingsPage = lazyPage(pages.workspaceSettings);
const KpiPage = lazyPage(pages.kpi);

const stepPages: Record<StepId, ComponentType> = {
  dashboard: lazyPage(pages.dashboard),
  situation: lazyPage(pages.situation),
  goals: lazyPage(pages.goals),
  kpis: lazyPage(pages.kpis),
  strategy: lazyPage(pages.strategy),
  activities: lazyPage(pages.activities),
  themes: lazyPage(pages.themes),
  roadmap: lazyPage(pages.roadmap),
  reviews: lazyPage(pages.reviews),
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
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
