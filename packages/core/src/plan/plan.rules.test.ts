import { describe, expect, it } from 'vitest';
import {
  buildActivity,
  buildAudience,
  buildCampaign,
  buildChannel,
  buildCompetitor,
  buildExperiment,
  buildGoal,
  buildKpi,
  buildMeasurement,
  buildMilestone,
  buildPlan,
  buildReview,
  buildReviewGoal,
  buildTheme,
} from '../testing/plan.factories.js';
import { positionOf } from '../testing/text-positions.js';
import { exportPlan } from './plan.export.js';
import { readPlan } from './plan.parse.js';
import { checkPlanRules } from './plan.rules.js';
import type { ErrorParams, FieldErrorCode } from '../shared/errors.js';
import type { PlanDocument } from './plan.schema.js';

/** A plan with only the parts a rule needs. */
const planWith = (parts: Partial<PlanDocument>): PlanDocument => ({
  kurs: 1,
  plan: { name: 'Plan', period: { start: '2027-01-01', end: '2027-12-31' } },
  ...parts,
});

interface RuleCase {
  rule: string;
  good: PlanDocument;
  bad: PlanDocument;
  path: string;
  message: string;
  code: FieldErrorCode;
  params: ErrorParams;
  /** The value written at the offending node, and which of its occurrences in the text it is. */
  token: string;
  nth?: number;
}

const twice = <T>(build: (overrides: { id: string }) => T, id: string, other: string) => ({
  good: [build({ id }), build({ id: other })],
  bad: [build({ id }), build({ id })],
});

function uniqueIdCase(
  collection: string,
  path: string,
  place: (list: never[]) => Partial<PlanDocument>,
  build: (overrides: { id: string }) => unknown,
): RuleCase {
  const { good, bad } = twice(build, `dup-${collection}`, `other-${collection}`);
  return {
    rule: `${collection} ids are unique`,
    good: planWith(place(good as never[])),
    bad: planWith(place(bad as never[])),
    path: `${path}[1].id`,
    message: `duplicate id "dup-${collection}", already used by ${path}[0]`,
    code: 'duplicate',
    params: { value: `dup-${collection}`, first: `${path}[0]` },
    token: `dup-${collection}`,
  };
}

let reviewCount = 0;
const goal = (id: string, more = {}) => buildGoal({ id, ...more });
const kpi = (id: string) => buildKpi({ id });
const activity = (id: string, more = {}) => buildActivity({ id, ...more });

const cases: RuleCase[] = [
  uniqueIdCase('audiences', 'situation.audiences', (audiences) => ({ situation: { audiences } }), buildAudience),
  uniqueIdCase('competitors', 'situation.competitors', (competitors) => ({ situation: { competitors } }), buildCompetitor),
  uniqueIdCase('channels', 'situation.channels', (channels) => ({ situation: { channels } }), buildChannel),
  uniqueIdCase('campaigns', 'situation.campaigns', (campaigns) => ({ situation: { campaigns } }), buildCampaign),
  uniqueIdCase('goals', 'goals', (goals) => ({ goals }), buildGoal),
  uniqueIdCase('kpis', 'kpis', (kpis) => ({ kpis }), buildKpi),
  uniqueIdCase('themes', 'themes', (themes) => ({ themes }), buildTheme),
  uniqueIdCase('activities', 'activities', (activities) => ({ activities }), buildActivity),
  uniqueIdCase('milestones', 'milestones', (milestones) => ({ milestones }), buildMilestone),
  // Each review of its own quarter, so that only the id is repeated.
  uniqueIdCase('reviews', 'reviews', (reviews) => ({ reviews }), (o) => buildReview({ ...o, period: `2027-Q${(reviewCount++ % 4) + 1}` })),
  {
    rule: 'journey stages are unique',
    good: planWith({ strategy: { journey: [{ stage: 'reach' }, { stage: 'stage-two' }] } }),
    bad: planWith({ strategy: { journey: [{ stage: 'stage-two' }, { stage: 'stage-two' }] } }),
    path: 'strategy.journey[1].stage',
    message: 'duplicate stage "stage-two", already used by strategy.journey[0]',
    code: 'duplicate',
    params: { value: 'stage-two', first: 'strategy.journey[0]' },
    token: 'stage-two',
  },
  {
    rule: 'a review names each goal once',
    good: planWith({
      goals: [goal('g-one'), goal('g-two')],
      reviews: [buildReview({ goals: [buildReviewGoal({ goal: 'g-one' }), buildReviewGoal({ goal: 'g-two' })] })],
    }),
    bad: planWith({
      goals: [goal('g-one'), goal('g-two')],
      reviews: [buildReview({ goals: [buildReviewGoal({ goal: 'g-two' }), buildReviewGoal({ goal: 'g-two' })] })],
    }),
    path: 'reviews[0].goals[1].goal',
    message: 'duplicate goal "g-two", already used by reviews[0].goals[0]',
    code: 'duplicate',
    params: { value: 'g-two', first: 'reviews[0].goals[0]' },
    token: 'g-two',
  },
  {
    rule: "a goal's kpi exists",
    good: planWith({ kpis: [kpi('sale')], goals: [goal('g', { kpi: 'sale' })] }),
    bad: planWith({ kpis: [kpi('sales')], goals: [goal('g', { kpi: 'sale' })] }),
    path: 'goals[0].kpi',
    message: 'no kpi with id "sale"',
    code: 'unknown_reference',
    params: { kind: 'kpi', id: 'sale' },
    token: 'sale',
    nth: 1, // goals come before kpis, whose "sales" holds it again
  },
  {
    rule: "a goal's parent exists",
    good: planWith({ goals: [goal('top'), goal('sub', { parent: 'top' })] }),
    bad: planWith({ goals: [goal('top'), goal('sub', { parent: 'no-such-goal' })] }),
    path: 'goals[1].parent',
    message: 'no goal with id "no-such-goal"',
    code: 'unknown_reference',
    params: { kind: 'goal', id: 'no-such-goal' },
    token: 'no-such-goal',
  },
  {
    rule: 'goal parents have no cycle',
    good: planWith({ goals: [goal('cyc-a', { parent: 'cyc-b' }), goal('cyc-b')] }),
    bad: planWith({ goals: [goal('cyc-a', { parent: 'cyc-b' }), goal('cyc-b', { parent: 'cyc-a' })] }),
    path: 'goals[0].parent',
    message: 'goal parents form a cycle: cyc-a → cyc-b → cyc-a',
    code: 'parent_cycle',
    params: { cycle: ['cyc-a', 'cyc-b', 'cyc-a'] },
    token: 'cyc-b',
    nth: 1,
  },
  {
    rule: 'goal parents have no longer cycle',
    good: planWith({ goals: [goal('x1'), goal('x2', { parent: 'x1' }), goal('x3', { parent: 'x2' })] }),
    bad: planWith({ goals: [goal('x3', { parent: 'x1' }), goal('x2', { parent: 'x3' }), goal('x1', { parent: 'x2' })] }),
    path: 'goals[0].parent',
    message: 'goal parents form a cycle: x3 → x1 → x2 → x3',
    code: 'parent_cycle',
    params: { cycle: ['x3', 'x1', 'x2', 'x3'] },
    token: 'x1',
    nth: 1,
  },
  {
    rule: 'a goal is not its own parent',
    good: planWith({ goals: [goal('lonely')] }),
    bad: planWith({ goals: [goal('lonely', { parent: 'lonely' })] }),
    path: 'goals[0].parent',
    message: 'goal "lonely" cannot be its own parent',
    code: 'own_parent',
    params: { id: 'lonely' },
    token: 'lonely',
  },
  {
    rule: "a goal's target date is not before its baseline date",
    good: planWith({
      goals: [goal('g', { baseline: { date: '2027-05-05' }, target: { date: '2027-05-05' } })],
    }),
    bad: planWith({
      goals: [goal('g', { baseline: { value: 1, date: '2027-05-05' }, target: { value: 2, date: '2027-05-04' } })],
    }),
    path: 'goals[0].target.date',
    message: 'target date 2027-05-04 is before the baseline date 2027-05-05',
    code: 'target_before_baseline',
    params: { baseline: '2027-05-05', target: '2027-05-04' },
    token: '2027-05-04',
  },
  {
    rule: "a measurement's kpi exists",
    good: planWith({ kpis: [kpi('visits')], measurements: [buildMeasurement({ kpi: 'visits' })] }),
    bad: planWith({ kpis: [kpi('visits')], measurements: [buildMeasurement({ kpi: 'no-such-kpi' })] }),
    path: 'measurements[0].kpi',
    message: 'no kpi with id "no-such-kpi"',
    code: 'unknown_reference',
    params: { kind: 'kpi', id: 'no-such-kpi' },
    token: 'no-such-kpi',
  },
  {
    rule: "a campaign's channel exists",
    good: planWith({ situation: { channels: [buildChannel({ id: 'web' })], campaigns: [buildCampaign({ channel: 'web' })] } }),
    bad: planWith({ situation: { channels: [buildChannel({ id: 'web' })], campaigns: [buildCampaign({ channel: 'tv' })] } }),
    path: 'situation.campaigns[0].channel',
    message: 'no channel with id "tv"',
    code: 'unknown_reference',
    params: { kind: 'channel', id: 'tv' },
    token: 'tv',
  },
  {
    rule: 'a campaign does not end before it starts',
    good: planWith({ situation: { campaigns: [buildCampaign({ start: '2026-11-15', end: '2026-11-15' })] } }),
    bad: planWith({ situation: { campaigns: [buildCampaign({ start: '2026-11-15', end: '2026-11-14' })] } }),
    path: 'situation.campaigns[0].end',
    message: 'end 2026-11-14 is before start 2026-11-15',
    code: 'end_before_start',
    params: { start: '2026-11-15', end: '2026-11-14' },
    token: '2026-11-14',
  },
  {
    rule: 'journey touchpoints are channels',
    good: planWith({
      situation: { channels: [buildChannel({ id: 'web' }), buildChannel({ id: 'insta' })] },
      strategy: { journey: [{ stage: 'reach', touchpoints: ['insta', 'web'] }] },
    }),
    bad: planWith({
      situation: { channels: [buildChannel({ id: 'web' }), buildChannel({ id: 'insta' })] },
      strategy: { journey: [{ stage: 'reach', touchpoints: ['insta', 'tiktok'] }] },
    }),
    path: 'strategy.journey[0].touchpoints[1]',
    message: 'no channel with id "tiktok"',
    code: 'unknown_reference',
    params: { kind: 'channel', id: 'tiktok' },
    token: 'tiktok',
  },
  {
    rule: "an activity's theme exists",
    good: planWith({ themes: [buildTheme({ id: 'cx' })], activities: [activity('a', { theme: 'cx' })] }),
    bad: planWith({ themes: [buildTheme({ id: 'cx' })], activities: [activity('a', { theme: 'ux' })] }),
    path: 'activities[0].theme',
    message: 'no theme with id "ux"',
    code: 'unknown_reference',
    params: { kind: 'theme', id: 'ux' },
    token: 'ux',
  },
  {
    rule: "an activity's goals exist",
    good: planWith({ goals: [goal('g1'), goal('g2')], activities: [activity('a', { goals: ['g1', 'g2'] })] }),
    bad: planWith({ goals: [goal('g1'), goal('g2')], activities: [activity('a', { goals: ['g1', 'g9'] })] }),
    path: 'activities[0].goals[1]',
    message: 'no goal with id "g9"',
    code: 'unknown_reference',
    params: { kind: 'goal', id: 'g9' },
    token: 'g9',
  },
  {
    rule: "an activity's kpis exist",
    good: planWith({ kpis: [kpi('k1')], activities: [activity('a', { kpis: ['k1'] })] }),
    bad: planWith({ kpis: [kpi('k1')], activities: [activity('a', { kpis: ['k1', 'k2'] })] }),
    path: 'activities[0].kpis[1]',
    message: 'no kpi with id "k2"',
    code: 'unknown_reference',
    params: { kind: 'kpi', id: 'k2' },
    token: 'k2',
  },
  {
    rule: "an activity's dependencies exist",
    good: planWith({ activities: [activity('first'), activity('second', { depends_on: ['first'] })] }),
    bad: planWith({ activities: [activity('first'), activity('second', { depends_on: ['first', 'third'] })] }),
    path: 'activities[1].depends_on[1]',
    message: 'no activity with id "third"',
    code: 'unknown_reference',
    params: { kind: 'activity', id: 'third' },
    token: 'third',
  },
  {
    rule: 'an activity does not depend on itself',
    good: planWith({ activities: [activity('solo', { depends_on: [] })] }),
    bad: planWith({ activities: [activity('solo', { depends_on: ['solo'] })] }),
    path: 'activities[0].depends_on[0]',
    message: 'activity "solo" cannot depend on itself',
    code: 'own_dependency',
    params: { id: 'solo' },
    token: 'solo',
  },
  {
    rule: 'activity dependencies have no cycle',
    good: planWith({
      activities: [activity('dep-x', { depends_on: ['dep-y'] }), activity('dep-y', { depends_on: ['dep-z'] }), activity('dep-z')],
    }),
    bad: planWith({
      activities: [
        activity('dep-x', { depends_on: ['dep-y'] }),
        activity('dep-y', { depends_on: ['dep-z'] }),
        activity('dep-z', { depends_on: ['dep-x'] }),
      ],
    }),
    path: 'activities[2].depends_on[0]',
    message: 'dependencies form a cycle: dep-x → dep-y → dep-z → dep-x',
    code: 'dependency_cycle',
    params: { cycle: ['dep-x', 'dep-y', 'dep-z', 'dep-x'] },
    token: 'dep-x',
  },
  {
    rule: 'an activity does not end before it starts',
    good: planWith({ activities: [activity('a', { start: '2027-02-01', end: '2027-02-01' })] }),
    bad: planWith({ activities: [activity('a', { start: '2027-02-01', end: '2027-01-31' })] }),
    path: 'activities[0].end',
    message: 'end 2027-01-31 is before start 2027-02-01',
    code: 'end_before_start',
    params: { start: '2027-02-01', end: '2027-01-31' },
    token: '2027-01-31',
  },
  {
    rule: "a milestone's theme exists",
    good: planWith({ themes: [buildTheme({ id: 'cx' })], milestones: [buildMilestone({ theme: 'cx' })] }),
    bad: planWith({ themes: [buildTheme({ id: 'cx' })], milestones: [buildMilestone({ theme: 'webperf' })] }),
    path: 'milestones[0].theme',
    message: 'no theme with id "webperf"',
    code: 'unknown_reference',
    params: { kind: 'theme', id: 'webperf' },
    token: 'webperf',
  },
  {
    rule: "a milestone's activity exists",
    good: planWith({ activities: [activity('checkout')], milestones: [buildMilestone({ activity: 'checkout' })] }),
    bad: planWith({ activities: [activity('checkout')], milestones: [buildMilestone({ activity: 'checkin' })] }),
    path: 'milestones[0].activity',
    message: 'no activity with id "checkin"',
    code: 'unknown_reference',
    params: { kind: 'activity', id: 'checkin' },
    token: 'checkin',
  },
  {
    rule: "a milestone's goals exist",
    good: planWith({
      goals: [goal('g1'), goal('g2')],
      milestones: [buildMilestone(), buildMilestone({ goals: ['g1'] }), buildMilestone({ goals: ['g2', 'g1'] })],
    }),
    bad: planWith({
      goals: [goal('g1'), goal('g2')],
      milestones: [buildMilestone(), buildMilestone({ goals: ['g1'] }), buildMilestone({ goals: ['g7', 'g1'] })],
    }),
    path: 'milestones[2].goals[0]',
    message: 'no goal with id "g7"',
    code: 'unknown_reference',
    params: { kind: 'goal', id: 'g7' },
    token: 'g7',
  },
  {
    rule: "a review's goals exist",
    good: planWith({ goals: [goal('g1')], reviews: [buildReview({ goals: [buildReviewGoal({ goal: 'g1' })] })] }),
    bad: planWith({ goals: [goal('g1')], reviews: [buildReview({ goals: [buildReviewGoal({ goal: 'gone' })] })] }),
    path: 'reviews[0].goals[0].goal',
    message: 'no goal with id "gone"',
    code: 'unknown_reference',
    params: { kind: 'goal', id: 'gone' },
    token: 'gone',
  },
  {
    rule: "an experiment's goal exists",
    good: planWith({ goals: [goal('g1')], reviews: [buildReview({ experiments: [buildExperiment({ goal: 'g1' })] })] }),
    bad: planWith({
      goals: [goal('g1')],
      reviews: [buildReview({ experiments: [buildExperiment(), buildExperiment({ goal: 'lost' })] })],
    }),
    path: 'reviews[0].experiments[1].goal',
    message: 'no goal with id "lost"',
    code: 'unknown_reference',
    params: { kind: 'goal', id: 'lost' },
    token: 'lost',
  },
  {
    rule: "an experiment's kpi exists",
    good: planWith({ kpis: [kpi('k1')], reviews: [buildReview({ experiments: [buildExperiment({ kpi: 'k1' })] })] }),
    bad: planWith({ kpis: [kpi('k1')], reviews: [buildReview({ experiments: [buildExperiment({ kpi: 'k5' })] })] }),
    path: 'reviews[0].experiments[0].kpi',
    message: 'no kpi with id "k5"',
    code: 'unknown_reference',
    params: { kind: 'kpi', id: 'k5' },
    token: 'k5',
  },
  {
    rule: 'an experiment does not end before it starts',
    good: planWith({ reviews: [buildReview({ experiments: [buildExperiment({ start: '2027-03-01', end: '2027-03-09' })] })] }),
    bad: planWith({ reviews: [buildReview({ experiments: [buildExperiment({ start: '2027-03-09', end: '2027-03-01' })] })] }),
    path: 'reviews[0].experiments[0].end',
    message: 'end 2027-03-01 is before start 2027-03-09',
    code: 'end_before_start',
    params: { start: '2027-03-09', end: '2027-03-01' },
    token: '2027-03-01',
  },
  {
    rule: 'one review per quarter',
    good: planWith({
      reviews: [buildReview({ id: 'first', date: '2027-03-31', period: '2027-Q1' }), buildReview({ id: 'second', date: '2027-04-02', period: '2027-Q2' })],
    }),
    bad: planWith({
      reviews: [buildReview({ id: 'first', date: '2027-03-31', period: '2027-Q1' }), buildReview({ id: 'second', date: '2027-04-02', period: '2027-Q1' })],
    }),
    path: 'reviews[1].period',
    message: 'reviews[0] already reviews 2027-Q1; a plan has one review per quarter',
    code: 'duplicate',
    params: { value: '2027-Q1', first: 'reviews[0]' },
    token: '2027-Q1',
  },
  {
    rule: 'one review per quarter, also when a review gives only its date',
    good: planWith({ reviews: [buildReview({ id: 'first', date: '2027-03-31', period: '2027-Q1' }), buildReview({ id: 'second', date: '2027-05-20', period: undefined })] }),
    bad: planWith({ reviews: [buildReview({ id: 'first', date: '2027-03-31', period: '2027-Q1' }), buildReview({ id: 'second', date: '2027-02-20', period: undefined })] }),
    path: 'reviews[1].date',
    message: 'reviews[0] already reviews 2027-Q1; a plan has one review per quarter',
    code: 'duplicate',
    params: { value: '2027-Q1', first: 'reviews[0]' },
    token: '2027-02-20',
  },
  {
    rule: 'the plan period does not end before it starts',
    good: planWith({ plan: { name: 'Plan', period: { start: '2027-01-01', end: '2027-01-01' } } }),
    bad: planWith({ plan: { name: 'Plan', period: { start: '2027-01-01', end: '2026-12-31' } } }),
    path: 'plan.period.end',
    message: 'end 2026-12-31 is before start 2027-01-01',
    code: 'end_before_start',
    params: { start: '2027-01-01', end: '2026-12-31' },
    token: '2026-12-31',
  },
  {
    rule: "a theme's budget names each quarter once",
    good: planWith({ themes: [buildTheme({ budget_hours: undefined, quarters: [{ quarter: '2027-Q1', hours: 10 }, { quarter: '2027-Q2', hours: 20 }] })] }),
    bad: planWith({ themes: [buildTheme({ budget_hours: undefined, quarters: [{ quarter: '2027-Q2', hours: 10 }, { quarter: '2027-Q2', hours: 20 }] })] }),
    path: 'themes[0].quarters[1].quarter',
    message: 'duplicate quarter "2027-Q2", already used by themes[0].quarters[0]',
    code: 'duplicate',
    params: { value: '2027-Q2', first: 'themes[0].quarters[0]' },
    token: '2027-Q2',
  },
  {
    rule: "a theme's budget quarters lie within the plan period",
    good: planWith({ themes: [buildTheme({ budget_hours: undefined, quarters: [{ quarter: '2027-Q4', hours: 10 }] })] }),
    bad: planWith({ themes: [buildTheme(), buildTheme({ budget_hours: undefined, quarters: [{ quarter: '2027-Q4', hours: 10 }, { quarter: '2028-Q1', hours: 5 }] })] }),
    path: 'themes[1].quarters[1].quarter',
    message: '2028-Q1 is outside the plan period 2027-01-01 to 2027-12-31',
    code: 'outside_period',
    params: { value: '2028-Q1', start: '2027-01-01', end: '2027-12-31' },
    token: '2028-Q1',
  },
];

describe('checkPlanRules', () => {
  it.each(cases)('keeps "$rule"', ({ good }) => {
    expect(checkPlanRules(good)).toEqual([]);
  });

  it.each(cases)('reports a break of "$rule" on its path, with its code and facts', ({ bad, path, message, code, params }) => {
    expect(checkPlanRules(bad)).toEqual([{ path, code, params, message }]);
  });

  it.each(cases.flatMap((c) => (['yaml', 'json'] as const).map((format) => ({ ...c, format }))))(
    'points at the break of "$rule" in $format',
    ({ bad, path, message, code, params, token, nth, format }) => {
      const text = exportPlan(bad, format);
      const where = positionOf(text, format === 'json' ? `"${token}"` : token, nth);
      expect(readPlan(text, { format }).errors).toEqual([{ path, code, params, message, ...where }]);
    },
  );

  it("keeps a theme's budget_hours equal to the sum of its quarters", () => {
    const theme = (budget_hours: number | undefined) =>
      planWith({ themes: [buildTheme({ budget_hours, quarters: [{ quarter: '2027-Q1', hours: 0.1 }, { quarter: '2027-Q3', hours: 0.2 }] })] });
    expect(checkPlanRules(theme(0.3))).toEqual([]);
    expect(checkPlanRules(theme(undefined))).toEqual([]);
    expect(checkPlanRules(theme(40))).toEqual([
      { path: 'themes[0].budget_hours', code: 'sum_mismatch', params: { total: 40, sum: 0.3 }, message: 'budget_hours is 40, but the quarters add up to 0.3' },
    ]);
    expect(checkPlanRules(planWith({ themes: [buildTheme({ budget_hours: 12, quarters: [] })] }))).toEqual([
      { path: 'themes[0].budget_hours', code: 'sum_mismatch', params: { total: 12, sum: 0 }, message: 'budget_hours is 12, but the quarters add up to 0' },
    ]);
  });

  it('reports every broken rule at once', () => {
    const plan = planWith({
      plan: { name: 'Plan', period: { start: '2027-01-01', end: '2026-01-01' } },
      goals: [goal('g', { kpi: 'nope' }), goal('g', { parent: 'g' })],
      activities: [activity('a', { depends_on: ['a', 'b'] })],
    });
    expect(checkPlanRules(plan)).toEqual([
      { path: 'goals[1].id', code: 'duplicate', params: { value: 'g', first: 'goals[0]' }, message: 'duplicate id "g", already used by goals[0]' },
      { path: 'plan.period.end', code: 'end_before_start', params: { start: '2027-01-01', end: '2026-01-01' }, message: 'end 2026-01-01 is before start 2027-01-01' },
      { path: 'goals[0].kpi', code: 'unknown_reference', params: { kind: 'kpi', id: 'nope' }, message: 'no kpi with id "nope"' },
      { path: 'activities[0].depends_on[1]', code: 'unknown_reference', params: { kind: 'activity', id: 'b' }, message: 'no activity with id "b"' },
      { path: 'activities[0].depends_on[0]', code: 'own_dependency', params: { id: 'a' }, message: 'activity "a" cannot depend on itself' },
    ]);
  });

  it('reports each cycle of dependencies once, however many paths lead into it', () => {
    const plan = planWith({
      activities: [
        activity('in-1', { depends_on: ['loop-a'] }),
        activity('in-2', { depends_on: ['loop-b'] }),
        activity('loop-a', { depends_on: ['loop-b'] }),
        activity('loop-b', { depends_on: ['loop-a'] }),
      ],
    });
    expect(checkPlanRules(plan)).toEqual([
      { path: 'activities[3].depends_on[0]', code: 'dependency_cycle', params: { cycle: ['loop-a', 'loop-b', 'loop-a'] }, message: 'dependencies form a cycle: loop-a → loop-b → loop-a' },
    ]);
  });

  it('follows a long chain of dependencies without overflowing the stack', () => {
    const count = 20_000;
    const activities = Array.from({ length: count }, (_, i) =>
      activity(`step-${i}`, { depends_on: [`step-${(i + 1) % count}`] }),
    );
    const errors = checkPlanRules(planWith({ activities }));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe(`activities[${count - 1}].depends_on[0]`);
  });

  it('accepts the factory plan and a plan with nothing but its header', () => {
    expect(checkPlanRules(buildPlan())).toEqual([]);
    expect(checkPlanRules(planWith({}))).toEqual([]);
  });
});
