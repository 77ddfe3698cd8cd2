import type { RouteObject } from 'react-router';
import { pages } from '../../app/app.pages';
import { lazyPage } from '../../shared/lazy-page';

/*
 * The routes of accounts and access, for the app's router: one lazy chunk per page, like the
 * step pages.
 */
const SignInPage = lazyPage(pages.signIn);
const SetupPage = lazyPage(pages.setup);
const InvitationPage = lazyPage(pages.invitation);
const SharedPlanPage = lazyPage(pages.shared);
const PasswordPage = lazyPage(pages.password);
const TokensPage = lazyPage(pages.tokens);
const MembersPage = lazyPage(pages.members);
const AuditPage = lazyPage(pages.audit);
const ShareLinksPage = lazyPage(pages.shareLinks);

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
