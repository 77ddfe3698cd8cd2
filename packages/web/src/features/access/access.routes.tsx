import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from '../../shared/lazy-page';

/*
 * The routes of accounts and access, for the app's router: one lazy chunk per page, like the
 * step pages.
 */
const SignInPage = lazyPage(() => import('./access.sign-in.page'), /^\/sign-in\/?$/);
const SetupPage = lazy(() => import('./access.setup.page'));
const InvitationPage = lazy(() => import('./access.invitation.page'));
const SharedPlanPage = lazyPage(() => import('./access.shared.page'), /^\/shared\/?$/);
const PasswordPage = lazy(() => import('./access.password.page'));
const TokensPage = lazy(() => import('./access.tokens.page'));
const MembersPage = lazy(() => import('./access.members.page'));
const AuditPage = lazy(() => import('./access.audit.page'));
const ShareLinksPage = lazy(() => import('./access.share-links.page'));

/** Pages reached without a session, inside the public layout. */
export const publicRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'setup', element: <SetupPage /> },
  { path: 'invitations', element: <InvitationPage /> },
  { path: 'shared', element: <SharedPlanPage /> },
];

/** Pages of the signed-in app, under `/`. */
export const accountRoutes: RouteObject[] = [
  { path: 'account/password', element: <PasswordPage /> },
  { path: 'account/tokens', element: <TokensPage /> },
  { path: 'workspaces/:ws/members', element: <MembersPage /> },
  { path: 'workspaces/:ws/audit', element: <AuditPage /> },
];

/** Pages of a plan, under `/workspaces/:ws/plans/:plan`. */
export const planRoutes: RouteObject[] = [{ path: 'share', element: <ShareLinksPage /> }];
