/*
 * The message ids of every feature catalogue, for compile-time checks of message ids.
 * A feature with words adds one line: `& typeof import('../features/<f>/<f>.messages.en.json')`.
 */
export type FeatureMessages = Record<never, string> &
  typeof import('../features/health/health.messages.en.json') &
  typeof import('../features/access/access.messages.en.json') &
  typeof import('../features/roadmap/roadmap.messages.en.json') &
  typeof import('../features/activities/activities.messages.en.json') &
  typeof import('../features/themes/themes.messages.en.json') &
  typeof import('../features/goals/goals.messages.en.json') &
  typeof import('../features/dashboard/dashboard.messages.en.json') &
  typeof import('../features/reviews/reviews.messages.en.json') &
  typeof import('../features/situation/situation.messages.en.json') &
  typeof import('../features/strategy/strategy.messages.en.json') &
  typeof import('../features/kpis/kpis.messages.en.json') &
  typeof import('../features/guidance/guidance.messages.en.json') &
  typeof import('../features/plans/plans.messages.en.json') &
  typeof import('../features/drafts/drafts.messages.en.json');
