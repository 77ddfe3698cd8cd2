import { pageChunk } from '../shared/lazy-page.chunk';

/*
 * Every page is its own chunk, so the first load carries only the shell and the page it shows.
 * The router renders them (app.router.tsx); navigation starts the one the app opens at
 * (app.navigation.ts).
 */
export const pages = {
  workspaces: pageChunk(() => import('../features/workspaces/workspaces.page')),
  plans: pageChunk(() => import('../features/plans/plans.page')),
  workspaceSettings: pageChunk(() => import('../features/workspaces/workspaces.settings.page')),
  dashboard: pageChunk(() => import('../features/dashboard/dashboard.page')),
  situation: pageChunk(() => import('../features/situation/situation.page')),
  goals: pageChunk(() => import('../features/goals/goals.page')),
  kpis: pageChunk(() => import('../features/kpis/kpis.page')),
  kpi: pageChunk(() => import('../features/kpis/kpis.kpi.page')),
  strategy: pageChunk(() => import('../features/strategy/strategy.page')),
  activities: pageChunk(() => import('../features/activities/activities.page')),
  themes: pageChunk(() => import('../features/themes/themes.page')),
  roadmap: pageChunk(() => import('../features/roadmap/roadmap.page')),
  reviews: pageChunk(() => import('../features/reviews/reviews.page')),
  export: pageChunk(() => import('../features/plans/plans.export.page')),
  planSettings: pageChunk(() => import('../features/plans/plans.settings.page')),
  drafts: pageChunk(() => import('../features/drafts/drafts.page')),
  signIn: pageChunk(() => import('../features/access/access.sign-in.page')),
  setup: pageChunk(() => import('../features/access/access.setup.page')),
  invitation: pageChunk(() => import('../features/access/access.invitation.page')),
  shared: pageChunk(() => import('../features/access/access.shared.page')),
  password: pageChunk(() => import('../features/access/access.password.page')),
  tokens: pageChunk(() => import('../features/access/access.tokens.page')),
  members: pageChunk(() => import('../features/access/access.members.page')),
  audit: pageChunk(() => import('../features/access/access.audit.page')),
  shareLinks: pageChunk(() => import('../features/access/access.share-links.page')),
};
