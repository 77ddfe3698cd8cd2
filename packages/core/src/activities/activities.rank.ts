import type { Activity, PlanDocument } from '../plan/plan.schema.js';
import { daysBetween, type IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { isOpenActivity } from './activities.facts.js';
import { dateOptionErrors } from './activities.options.js';
import { reason, round2, type Reason } from './activities.reason.js';
import { priorityOfPlan, type PriorityOf } from './activities.priority.js';
import {
  EISENHOWER_QUADRANTS,
  iceConfidence,
  iceEase,
  riceImpact,
  scoreActivity,
  type ActivityScores,
  type EisenhowerQuadrant,
} from './activities.scores.js';

export const RANK_METHODS = ['value_effort', 'ice', 'rice'] as const;
export type RankMethod = (typeof RANK_METHODS)[number];

/** Scores 6–10 are "high value"; efforts 1–5 are "low effort" (the halves of the 1–10 scale). */
const HIGH_VALUE_FROM = 6;
const LOW_EFFORT_UP_TO = 5;
/** An activity that ends within this many days of today is "due soon". */
const DUE_SOON_DAYS = 30;

export type RankReasonCode =
  | 'high_value_low_effort'
  | 'high_value_high_effort'
  | 'low_value_low_effort'
  | 'low_value_high_effort'
  | 'confidence_assumed'
  | 'eisenhower'
  | 'no_goal'
  | 'due_soon'
  | 'overdue'
  | 'missing_scores';

export type RankReason = Reason<RankReasonCode>;

export interface RankedActivity {
  /** 1-based place in the backlog. */
  rank: number;
  id: string;
  title: string;
  /** The score of the chosen method; null when the activity cannot be scored (it ranks last). */
  score: number | null;
  scores: ActivityScores;
  /** Its class in the order of priority the ranking and the 90-day plan share. */
  priority: PriorityOf;
  /** The main reason first, then what else shaped the place. */
  reasons: RankReason[];
}

export interface RankBacklogOptions {
  today: IsoDate;
  /** Default 'ice'. With 'rice', activities without reach rank last. */
  method?: RankMethod;
}

const QUADRANT_ORDER = new Map<EisenhowerQuadrant | null, number>([
  ...EISENHOWER_QUADRANTS.map((q, i) => [q, i] as const),
  [null, EISENHOWER_QUADRANTS.length],
]);

const QUADRANT_TEXT: Record<EisenhowerQuadrant, string> = {
  do: 'urgent and important: do it first',
  schedule: 'important, not urgent: schedule it',
  delegate: 'urgent, not important: delegate it',
  eliminate: 'neither urgent nor important: consider dropping it',
};

function methodScore(scores: ActivityScores, method: RankMethod): number | null {
  if (method === 'value_effort') return scores.valueEffort;
  return method === 'ice' ? scores.ice : scores.rice;
}

function missingScores(activity: Activity, method: RankMethod): string[] {
  const missing: string[] = [];
  if (activity.value === undefined) missing.push('value');
  if (activity.effort === undefined) missing.push('effort');
  if (method === 'rice' && activity.reach === undefined) missing.push('reach');
  return missing;
}

/** The method's formula with this activity's numbers, as parameters and in English. */
function formula(activity: Activity, scores: ActivityScores, method: RankMethod, score: number): { params: RankReason['params']; text: string } {
  const value = activity.value as number;
  const effort = activity.effort as number;
  const result = round2(score);
  if (method === 'ice') {
    const params = { impact: value, confidence: iceConfidence(scores.confidence), ease: iceEase(effort) };
    return { params, text: `ICE = impact ${params.impact} × confidence ${params.confidence} × ease ${params.ease} = ${result}` };
  }
  if (method === 'rice') {
    const params = { reach: activity.reach as number, impact: riceImpact(value), confidence_percent: round2(scores.confidence * 100) };
    return {
      params,
      text: `RICE = reach ${params.reach} × impact ${params.impact} × confidence ${params.confidence_percent} % ÷ effort ${effort} = ${result}`,
    };
  }
  return { params: {}, text: `value ${value} ÷ effort ${effort} = ${result}` };
}

function mainReason(activity: Activity, scores: ActivityScores, rank: number, method: RankMethod, score: number): RankReason {
  const value = activity.value as number;
  const effort = activity.effort as number;
  const high = value >= HIGH_VALUE_FROM;
  const low = effort <= LOW_EFFORT_UP_TO;
  const code: RankReasonCode = high
    ? low
      ? 'high_value_low_effort'
      : 'high_value_high_effort'
    : low
      ? 'low_value_low_effort'
      : 'low_value_high_effort';
  const shown = formula(activity, scores, method, score);
  const params = { rank, method, score: round2(score), value, effort, ...shown.params };
  const text = `#${rank}: ${high ? 'high' : 'low'} value (${value}) for ${low ? 'low' : 'high'} effort (${effort}); ${shown.text}`;
  return reason(code, params, text);
}

function missingReason(activity: Activity, rank: number, method: RankMethod): RankReason {
  const missing = missingScores(activity, method);
  return reason('missing_scores', { rank, method, missing }, `#${rank}: ranked last, no ${missing.join(', ')} given`);
}

function sideReasons(entry: Entry, method: RankMethod, today: IsoDate): RankReason[] {
  const { activity, scores, priority } = entry;
  const reasons: RankReason[] = [];
  if (method !== 'value_effort' && scores.confidenceDefaulted) {
    reasons.push(
      reason('confidence_assumed', { confidence: scores.confidence }, `no confidence given; assumed ${scores.confidence}`),
    );
  }
  if (scores.quadrant) {
    reasons.push(reason('eisenhower', { quadrant: scores.quadrant }, QUADRANT_TEXT[scores.quadrant]));
  }
  if (!priority.servesGoal) {
    reasons.push(reason('no_goal', {}, 'serves no goal of the plan: ranked after the activities that serve one'));
  }
  if (activity.end) {
    const days = daysBetween(today, activity.end);
    if (days < 0) reasons.push(reason('overdue', { end: activity.end, days: -days }, `ended ${-days} days ago (${activity.end})`));
    else if (days <= DUE_SOON_DAYS) reasons.push(reason('due_soon', { end: activity.end, days }, `due in ${days} days (${activity.end})`));
  }
  return reasons;
}

interface Entry {
  activity: Activity;
  index: number;
  scores: ActivityScores;
  score: number | null;
  priority: PriorityOf;
}

/**
 * Scored before unscored; then the order of priority (urgent and important first, then what
 * serves a goal); then the higher score; ties go to the more urgent quadrant, then the earlier
 * end date, then plan order.
 */
function compareEntries(a: Entry, b: Entry): number {
  if (a.score === null || b.score === null) {
    if (a.score !== b.score) return a.score === null ? 1 : -1;
  }
  if (a.priority.tier !== b.priority.tier) return b.priority.tier - a.priority.tier;
  if (a.score !== null && b.score !== null && a.score !== b.score) {
    return b.score - a.score;
  }
  const quadrant = (QUADRANT_ORDER.get(a.scores.quadrant) ?? 0) - (QUADRANT_ORDER.get(b.scores.quadrant) ?? 0);
  if (quadrant !== 0) return quadrant;
  const aEnd = a.activity.end ?? '9999-12-31';
  const bEnd = b.activity.end ?? '9999-12-31';
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.index - b.index;
}

/**
 * The backlog: every open activity, best first in the order of priority the 90-day plan uses
 * too (urgent and important, then serving a goal: see activities.priority.ts), and within it
 * by the chosen cost-benefit score, each with the reasons for its place. Activities that lack
 * a score the method needs rank last.
 */
export function rankBacklog(plan: PlanDocument, options: RankBacklogOptions): RankedActivity[] {
  const errors = dateOptionErrors(options, ['today']);
  if (errors.length > 0) throw new DomainError('invalid', 'cannot rank the backlog with these options', errors);
  const method = options.method ?? 'ice';
  const priorityOf = priorityOfPlan(plan);
  const entries: Entry[] = [];
  (plan.activities ?? []).forEach((activity, index) => {
    if (!isOpenActivity(activity)) return;
    const scores = scoreActivity(activity);
    entries.push({ activity, index, scores, score: methodScore(scores, method), priority: priorityOf(activity) });
  });
  entries.sort(compareEntries);
  return entries.map((entry, i) => {
    const rank = i + 1;
    const { activity, scores, score } = entry;
    const first = score === null ? missingReason(activity, rank, method) : mainReason(activity, scores, rank, method, score);
    return {
      rank,
      id: activity.id,
      title: activity.title,
      score,
      scores,
      priority: entry.priority,
      reasons: [first, ...sideReasons(entry, method, options.today)],
    };
  });
}
