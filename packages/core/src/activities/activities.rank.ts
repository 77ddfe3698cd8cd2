import type { Activity, PlanDocument } from '../plan/plan.schema.js';
import { daysBetween, type IsoDate } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { dateOptionErrors } from './activities.options.js';
import { reason, round2, type Reason } from './activities.reason.js';
import { EISENHOWER_QUADRANTS, scoreActivity, type ActivityScores, type EisenhowerQuadrant } from './activities.scores.js';

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

const METHOD_NAMES: Record<RankMethod, string> = { value_effort: 'value/effort', ice: 'ICE', rice: 'RICE' };

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

function mainReason(activity: Activity, rank: number, method: RankMethod, score: number): RankReason {
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
  const params = { rank, method, score: round2(score), value, effort };
  const text = `#${rank}: ${high ? 'high' : 'low'} value (${value}) for ${low ? 'low' : 'high'} effort (${effort}), ${METHOD_NAMES[method]} score ${round2(score)}`;
  return reason(code, params, text);
}

function missingReason(activity: Activity, rank: number, method: RankMethod): RankReason {
  const missing = missingScores(activity, method);
  return reason('missing_scores', { rank, method, missing }, `#${rank}: ranked last, no ${missing.join(', ')} given`);
}

function sideReasons(activity: Activity, scores: ActivityScores, method: RankMethod, today: IsoDate): RankReason[] {
  const reasons: RankReason[] = [];
  if (method !== 'value_effort' && scores.confidenceDefaulted) {
    reasons.push(
      reason('confidence_assumed', { confidence: scores.confidence }, `no confidence given; assumed ${scores.confidence}`),
    );
  }
  if (scores.quadrant) {
    reasons.push(reason('eisenhower', { quadrant: scores.quadrant }, QUADRANT_TEXT[scores.quadrant]));
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
}

/** Higher score first; ties go to the more urgent quadrant, then the earlier end date, then plan order. */
function compareEntries(a: Entry, b: Entry): number {
  if (a.score === null || b.score === null) {
    if (a.score !== b.score) return a.score === null ? 1 : -1;
  } else if (a.score !== b.score) {
    return b.score - a.score;
  }
  const quadrant = (QUADRANT_ORDER.get(a.scores.quadrant) ?? 0) - (QUADRANT_ORDER.get(b.scores.quadrant) ?? 0);
  if (quadrant !== 0) return quadrant;
  const aEnd = a.activity.end ?? '9999-12-31';
  const bEnd = b.activity.end ?? '9999-12-31';
  if (aEnd !== bEnd) return aEnd < bEnd ? -1 : 1;
  return a.index - b.index;
}

/** True for activities that are still to be decided or done: not done and not dropped. */
export function isOpenActivity(activity: Activity): boolean {
  return activity.status !== 'done' && activity.status !== 'dropped';
}

/**
 * The backlog: every open activity, best first by the chosen cost-benefit score, each with
 * the reasons for its place. Activities that lack a score the method needs rank last.
 */
export function rankBacklog(plan: PlanDocument, options: RankBacklogOptions): RankedActivity[] {
  const errors = dateOptionErrors(options, ['today']);
  if (errors.length > 0) throw new DomainError('invalid', 'cannot rank the backlog with these options', errors);
  const method = options.method ?? 'ice';
  const entries: Entry[] = [];
  (plan.activities ?? []).forEach((activity, index) => {
    if (!isOpenActivity(activity)) return;
    const scores = scoreActivity(activity);
    entries.push({ activity, index, scores, score: methodScore(scores, method) });
  });
  entries.sort(compareEntries);
  return entries.map((entry, i) => {
    const rank = i + 1;
    const { activity, scores, score } = entry;
    const first =
      score === null
        ? missingReason(activity, rank, method)
        : mainReason(activity, rank, method, score);
    return {
      rank,
      id: activity.id,
      title: activity.title,
      score,
      scores,
      reasons: [first, ...sideReasons(activity, scores, method, options.today)],
    };
  });
}
