import { loadMessages } from '../i18n/i18n.messages';
import type { ComponentType } from 'react';
import { pageChunk } from '../shared/lazy-page.chunk';

/*
 * Every page is its own chunk, so the first load carries only the shell and the page it shows.
 * The router renders them (app.router.tsx); navigation starts the one the app opens at
 * (app.navigation.ts). A page shows once every word of the language is in, but for the dashboard,
 * whose words come first (i18n/i18n.first.ts).
 */
const withWords =
  (load: () => Promise<{ default: ComponentType }>) =>
  async (): Promise<{ default: ComponentType }> =>
    (await Promise.all([load(), loadMessages()]))[0];

export const pages = {
  workspaces: pageChunk(withWords(() => import('../features/workspaces/workspaces.page'))),
  plans: pageChunk(withWords(() => import('../features/plans/plans.page'))),
  workspaceSettings: pageChunk(withWords(() => import('../features/workspaces/workspaces.settings.page'))),
  dashboard: pageChunk(() => import('../features/dashboard/dashboard.page')),
  situation: pageChunk(withWords(() => import('../features/situation/situation.page'))),
  goals: pageChunk(withWords(() => import('../features/goals/goals.page'))),
  kpis: pageChunk(withWords(() => import('../features/kpis/kpis.page'))),
  kpi: pageChunk(withWords(() => import('../features/kpis/kpis.kpi.page'))),
  strategy: pageChunk(withWords(() => import('../features/strategy/strategy.page'))),
  activities: pageChunk(withWords(() => import('../features/activities/activities.page'))),
  themes: pageChunk(withWords(() => import('../features/themes/themes.page'))),
  roadmap: pageChunk(withWords(() => import('../features/roadmap/roadmap.page'))),
  reviews: pageChunk(withWords(() => import('../features/reviews/reviews.page'))),
  export: pageChunk(withWords(() => import('../features/plans/plans.export.page'))),
  planSettings: pageChunk(withWords(() => import('../features/plans/plans.settings.page'))),
  drafts: pageChunk(withWords(() => import('../features/drafts/drafts.page'))),
  signIn: pageChunk(withWords(() => import('../features/access/access.sign-in.page'))),
  setup: pageChunk(withWords(() => import('../features/access/access.setup.page'))),
  invitation: pageChunk(withWords(() => import('../features/access/access.invitation.page'))),
  shared: pageChunk(withWords(() => import('../features/access/access.shared.page'))),
  password: pageChunk(withWords(() => import('../features/access/access.password.page'))),
  tokens: pageChunk(withWords(() => import('../features/access/access.tokens.page'))),
  members: pageChunk(withWords(() => import('../features/access/access.members.page'))),
  audit: pageChunk(withWords(() => import('../features/access/access.audit.page'))),
  shareLinks: pageChunk(withWords(() => import('../features/access/access.share-links.page'))),
};
