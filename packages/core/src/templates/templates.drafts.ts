import type { PlanDocument } from '../plan/plan.schema.js';

function drafts<T extends object>(items: T[] | undefined): T[] | undefined {
  return items?.map((item) => ({ ...item, draft: true }));
}

/**
 * The plan with every audience, competitor, channel, goal, KPI, theme, activity and milestone
 * marked as a draft: content the user has taken from a template and not yet confirmed.
 * Lists the plan lacks stay absent.
 */
export function markDrafts(document: PlanDocument): PlanDocument {
  const out: PlanDocument = { ...document };
  const { situation } = document;
  if (situation) {
    out.situation = { ...situation };
    if (situation.audiences) out.situation.audiences = drafts(situation.audiences);
    if (situation.competitors) out.situation.competitors = drafts(situation.competitors);
    if (situation.channels) out.situation.channels = drafts(situation.channels);
  }
  if (document.goals) out.goals = drafts(document.goals);
  if (document.kpis) out.kpis = drafts(document.kpis);
  if (document.themes) out.themes = drafts(document.themes);
  if (document.activities) out.activities = drafts(document.activities);
  if (document.milestones) out.milestones = drafts(document.milestones);
  return out;
}
