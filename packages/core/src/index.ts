export * from './plan/plan.schema.js';
export * from './shared/errors.js';
export * from './shared/dates.js';
export * from './activities/activities.scores.js';
export type { Reason } from './activities/activities.reason.js';
export * from './activities/activities.rank.js';
export * from './activities/activities.quarter.js';
