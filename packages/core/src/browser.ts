/*
 * The part of core that the web app runs in the browser, so that it offers, counts and writes
 * what core does without a copy: pure code whose modules import no zod, yaml or model code
 * (type imports are erased). The web app imports this entry as '@kurs/core/browser' and only
 * types from '@kurs/core' (packages/web/vite.config.ts); browser.test.ts keeps it free of zod
 * and yaml.
 */
export * from './shared/plan-values.js';
export * from './shared/dates.js';
export * from './shared/date-style.js';
export { formatTypedDate, monthName, parseTypedDate, type TypedDate } from './shared/date-input.js';
export { GRAINS, GRAIN_DAYS, periodOf } from './kpis/kpis.periods.js';
export { SERIES_WIDTH } from './kpis/kpis.reduce.js';
export { DEFAULT_FREQUENCY, FREQUENCY_GRAIN, frequencyOf, MEASUREMENT_DAYS, measurementPeriodOf } from './kpis/kpis.frequency.js';
export { GOAL_STATUSES_WORST_FIRST } from './goals/goals.progress.js';
export { targetWindow, vagueWordOf } from './goals/goals.smart.js';
export { isOpenActivity, teamOf, UNASSIGNED_TEAM } from './activities/activities.facts.js';
export { activityStages } from './activities/activities.funnel.js';
export { ROADMAP_BUCKETS } from './roadmap/roadmap.buckets.js';
export { quarterGrid } from './themes/themes.spread.js';
export { sumOfQuarters, themeBudgetHours } from './themes/themes.quarters.js';
export { NO_THEME_COLOR, THEME_PALETTE, themeColor } from './themes/themes.colors.js';
export { SEVERITIES, STEPS } from './health/health.types.js';
export * from './templates/templates.public.js';
