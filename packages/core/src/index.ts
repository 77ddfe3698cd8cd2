export * from './plan/plan.schema.js';
export * from './shared/errors.js';
export * from './shared/dates.js';
