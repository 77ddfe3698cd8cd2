import type { FieldError } from '../shared/errors.js';
import {
  activityRules,
  campaignRules,
  Checker,
  checkDependencies,
  checkGoalParents,
  checkReviewQuarters,
  checkThemeQuarters,
  goalRules,
  type IdsByKind,
  itemsOf,
  journeyRules,
  measurementRules,
  milestoneRules,
  objectOf,
  reviewRules,
} from './plan.item-rules.js';
import type { PlanDocument } from './plan.schema.js';

/*
 * The cross-field rules of the plan document (plan-document.md): unique ids, references that
 * resolve, no cycles, dates in order. Every broken rule is reported, not only the first.
 * The rules of one item live in plan.item-rules.ts; a change to one item is judged by them
 * alone (plan.edit.ts), so their order here is the order of the errors there too.
 */

export { reviewQuarter } from './plan.item-rules.js';

export function checkPlanRules(plan: PlanDocument): FieldError[] {
  const doc = objectOf(plan);
  const check = new Checker();
  const situation = objectOf(doc.situation);
  const strategy = objectOf(doc.strategy);

  check.unique('situation.audiences', situation.audiences, 'id');
  check.unique('situation.competitors', situation.competitors, 'id');
  const channel = check.unique('situation.channels', situation.channels, 'id');
  check.unique('situation.campaigns', situation.campaigns, 'id');
  const goal = check.unique('goals', doc.goals, 'id');
  const kpi = check.unique('kpis', doc.kpis, 'id');
  const theme = check.unique('themes', doc.themes, 'id');
  const activity = check.unique('activities', doc.activities, 'id');
  check.unique('milestones', doc.milestones, 'id');
  check.unique('reviews', doc.reviews, 'id');
  check.unique('strategy.journey', strategy.journey, 'stage');
  const ids: IdsByKind = { channel, goal, kpi, theme, activity };

  check.order('plan.period.', objectOf(objectOf(doc.plan).period).start, objectOf(objectOf(doc.plan).period).end);

  for (const [campaign, i] of itemsOf(situation.campaigns)) campaignRules(check, campaign, i, ids);
  for (const [item, i] of itemsOf(doc.goals)) goalRules(check, item, i, ids);
  checkGoalParents(check, doc.goals, goal);
  for (const [measurement, i] of itemsOf(doc.measurements)) measurementRules(check, measurement, i, ids);
  for (const [step, i] of itemsOf(strategy.journey)) journeyRules(check, step, i, ids);
  for (const [item, i] of itemsOf(doc.activities)) activityRules(check, item, i, ids);
  checkDependencies(check, doc.activities, activity);

  const period = objectOf(objectOf(doc.plan).period);
  for (const [item, i] of itemsOf(doc.themes)) checkThemeQuarters(check, `themes[${i}]`, item, period);
  for (const [milestone, i] of itemsOf(doc.milestones)) milestoneRules(check, milestone, i, ids);
  checkReviewQuarters(check, doc.reviews);
  for (const [review, r] of itemsOf(doc.reviews)) reviewRules(check, review, r, ids);

  return check.errors;
}
