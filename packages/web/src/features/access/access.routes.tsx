import { lazy } from 'react';
import type { RouteObject } from 'react-router';

/*
 * The routes of accounts and access, for the app's router: one lazy chunk per page, like the
 * step pages.
 */
const SignInPage = lazy(() => import('./access.sign-in.page'));
const SetupPage = lazy(() => import('./access.setup.page'));

/** Pages reached without a session, inside the public layout. */
export const publicRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'setup', element: <SetupPage /> },
];

/** Pages of the signed-in app, under `/`. */
export const accountRoutes: RouteObject[] = [];

/** Pages of a plan, under `/workspaces/:ws/plans/:plan`. */
export const planRoutes: RouteObject[] = [];
