import type { DateChangeCode, EisenhowerQuadrant, LeftOutCode, PriorityClass, QuarterWarningCode, RankMethod, RankReason, RankReasonCode, Reason } from '@kurs/core';
import { UNASSIGNED_TEAM } from '@kurs/core/browser';
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';

/*
 * The engine explains each place in the backlog, each activity the quarter plan left out, each
 * change of dates it offers and each warning with a reason code and its parameters; these are
 * the reader's words for them, with the numbers the engine used (formulas: docs/scoring.md). A
 * code this version does not know shows the engine's English text.
 */

export interface ReasonContext {
  intl: IntlShape;
  number: (value: number) => string;
  date: (iso: string) => string;
  /** An activity's title by id (dependencies are named by id). */
  titleOf: (id: string) => string;
  /** A team's name as shown; the engine calls activities with no team "unassigned". */
  teamName: (team: string) => string;
}

export const METHOD_MESSAGES: Record<RankMethod, MessageId> = {
  ice: 'activities.method.ice',
  rice: 'activities.method.rice',
  value_effort: 'activities.method.value_effort',
};

export const QUADRANT_MESSAGES: Record<EisenhowerQuadrant, MessageId> = {
  do: 'activities.quadrant.do',
  schedule: 'activities.quadrant.schedule',
  delegate: 'activities.quadrant.delegate',
  eliminate: 'activities.quadrant.eliminate',
};

const RANK_MESSAGES: Record<Exclude<RankReasonCode, 'eisenhower'>, MessageId> = {
  high_value_low_effort: 'activities.reason.high_value_low_effort',
  high_value_high_effort: 'activities.reason.high_value_high_effort',
  low_value_low_effort: 'activities.reason.low_value_low_effort',
  low_value_high_effort: 'activities.reason.low_value_high_effort',
  confidence_assumed: 'activities.reason.confidence_assumed',
  no_goal: 'activities.reason.no_goal',
  due_soon: 'activities.reason.due_soon',
  overdue: 'activities.reason.overdue',
  missing_scores: 'activities.reason.missing_scores',
};

/** Each method's formula, filled with the numbers the engine used. */
const FORMULA_MESSAGES: Record<RankMethod, MessageId> = {
  ice: 'activities.formula.ice',
  rice: 'activities.formula.rice',
  value_effort: 'activities.formula.value_effort',
};

export const PRIORITY_MESSAGES: Record<PriorityClass, MessageId> = {
  urgent_goal: 'activities.priority.urgent_goal',
  urgent: 'activities.priority.urgent',
  goal: 'activities.priority.goal',
  other: 'activities.priority.other',
};

/** What took the room in a capacity reason, best class first. */
const TAKEN_MESSAGES: Record<PriorityClass, MessageId> = {
  urgent_goal: 'activities.leftOut.taken.urgent_goal',
  urgent: 'activities.leftOut.taken.urgent',
  goal: 'activities.leftOut.taken.goal',
  other: 'activities.leftOut.taken.other',
};

const MISSING_MESSAGES: Record<string, MessageId> = {
  value: 'activities.missing.value',
  effort: 'activities.missing.effort',
  reach: 'activities.missing.reach',
};

const LEFT_OUT_MESSAGES: Record<Exclude<LeftOutCode, 'capacity' | 'dependency' | 'dated_before'>, MessageId> = {
  no_estimate: 'activities.leftOut.no_estimate',
  no_value: 'activities.leftOut.no_value',
  done: 'activities.leftOut.done',
  dropped: 'activities.leftOut.dropped',
  scheduled_later: 'activities.leftOut.scheduled_later',
};

const DEPENDENCY_MESSAGES: Record<string, MessageId> = {
  unknown: 'activities.leftOut.dependency.unknown',
  dropped: 'activities.leftOut.dependency.dropped',
  no_estimate: 'activities.leftOut.dependency.no_estimate',
  no_value: 'activities.leftOut.dependency.no_value',
  blocked: 'activities.leftOut.dependency.blocked',
  not_chosen: 'activities.leftOut.dependency.not_chosen',
  scheduled_later: 'activities.leftOut.dependency.scheduled_later',
  dated_before: 'activities.leftOut.dependency.dated_before',
  ends_later: 'activities.leftOut.dependency.ends_later',
};

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value));
const str = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

function has<K extends string>(table: Record<K, MessageId>, code: string): code is K {
  return Object.hasOwn(table, code);
}

/** The method's formula with the engine's numbers: "ICE = impact 8 × confidence 7 × ease 5 = 280". */
function formulaText(p: RankReason['params'], method: RankMethod, ctx: ReasonContext): string {
  const values: Record<string, string> = {};
  for (const key of ['value', 'effort', 'score', 'impact', 'confidence', 'ease', 'reach', 'confidence_percent']) {
    if (p[key] !== undefined) values[key] = ctx.number(num(p[key]));
  }
  return ctx.intl.formatMessage({ id: FORMULA_MESSAGES[method] }, values);
}

/** Why an activity has its place in the ranked backlog. */
export function rankReasonText(reason: RankReason, ctx: ReasonContext): string {
  const { intl } = ctx;
  const p = reason.params;
  if (reason.code === 'eisenhower') {
    const quadrant = str(p.quadrant);
    return has(QUADRANT_MESSAGES, quadrant) ? intl.formatMessage({ id: QUADRANT_MESSAGES[quadrant] }) : reason.text;
  }
  if (!has(RANK_MESSAGES, reason.code)) return reason.text;
  const method = str(p.method);
  const values: Record<string, string | number> = {};
  if (p.value !== undefined) values.value = ctx.number(num(p.value));
  if (p.effort !== undefined) values.effort = ctx.number(num(p.effort));
  if (p.score !== undefined && has(FORMULA_MESSAGES, method)) values.formula = formulaText(p, method, ctx);
  if (has(METHOD_MESSAGES, method)) values.method = intl.formatMessage({ id: METHOD_MESSAGES[method] });
  if (p.confidence !== undefined) values.confidence = ctx.number(num(p.confidence));
  if (p.days !== undefined) values.days = num(p.days);
  if (p.end !== undefined) values.end = ctx.date(str(p.end));
  if (Array.isArray(p.missing)) {
    values.missing = intl.formatList(
      p.missing.map((field) => (has(MISSING_MESSAGES, field) ? intl.formatMessage({ id: MISSING_MESSAGES[field] }) : field)),
      { type: 'conjunction' },
    );
  }
  return intl.formatMessage({ id: RANK_MESSAGES[reason.code] }, values);
}

/** "300 h of work in progress and 80 h for 1 urgent, important activity serving a goal": what took the room. */
function takenText(p: Reason<LeftOutCode>['params'], ctx: ReasonContext): string | null {
  const parts: string[] = [];
  if (p.kept_hours !== undefined) parts.push(ctx.intl.formatMessage({ id: 'activities.leftOut.taken.kept' }, { hours: ctx.number(num(p.kept_hours)) }));
  for (const cls of Object.keys(TAKEN_MESSAGES) as PriorityClass[]) {
    if (p[`${cls}_count`] === undefined) continue;
    parts.push(ctx.intl.formatMessage({ id: TAKEN_MESSAGES[cls] }, { hours: ctx.number(num(p[`${cls}_hours`])), count: num(p[`${cls}_count`]) }));
  }
  return parts.length > 0 ? ctx.intl.formatList(parts, { type: 'conjunction' }) : null;
}

/** Why the quarter plan did not choose an activity. */
export function leftOutText(reason: Reason<LeftOutCode>, ctx: ReasonContext): string {
  const { intl } = ctx;
  const p = reason.params;
  if (reason.code === 'capacity') {
    const taken = takenText(p, ctx);
    const free = num(p.free_hours);
    const values = { hours: ctx.number(num(p.hours)), free: ctx.number(free), none: free === 0 ? 'yes' : 'no', taken: taken ?? '', after: taken ? 'yes' : 'no' };
    if (p.team === undefined) return intl.formatMessage({ id: 'activities.leftOut.capacity' }, values);
    if (p.team === UNASSIGNED_TEAM) return intl.formatMessage({ id: 'activities.leftOut.capacityNoTeam' }, values);
    return intl.formatMessage({ id: 'activities.leftOut.capacityTeam' }, { ...values, team: ctx.teamName(str(p.team)) });
  }
  if (reason.code === 'dependency') {
    const cause = str(p.cause);
    if (!has(DEPENDENCY_MESSAGES, cause)) return reason.text;
    return intl.formatMessage({ id: DEPENDENCY_MESSAGES[cause] }, { dependency: ctx.titleOf(str(p.dependency)), end: p.end === undefined ? '' : ctx.date(str(p.end)) });
  }
  if (reason.code === 'dated_before') return intl.formatMessage({ id: 'activities.leftOut.dated_before' }, { end: ctx.date(str(p.end)) });
  return has(LEFT_OUT_MESSAGES, reason.code) ? intl.formatMessage({ id: LEFT_OUT_MESSAGES[reason.code] }) : reason.text;
}

/** For an activity left out for want of room although lower priorities were chosen: what leaving them all out would free. */
export function leftOutLowerText(reason: Reason<LeftOutCode>, ctx: ReasonContext): string | null {
  if (reason.code !== 'capacity' || reason.params.free_without_lower === undefined) return null;
  return ctx.intl.formatMessage({ id: 'activities.leftOut.lower' }, { free: ctx.number(num(reason.params.free_without_lower)) });
}

/** Why the plan offers to move dates the user set. */
export function changeReasonText(reason: Reason<DateChangeCode>, ctx: ReasonContext): string {
  const p = reason.params;
  if (reason.code === 'dependency_order') return ctx.intl.formatMessage({ id: 'activities.change.dependency_order' }, { dependency: ctx.titleOf(str(p.dependency)) });
  if (reason.code === 'overdue') {
    return ctx.intl.formatMessage({ id: 'activities.change.overdue' }, { end: ctx.date(str(p.end)), hours: ctx.number(num(p.hours_left)) });
  }
  return reason.text;
}

/** What the reader must know before the plan: work in progress that alone takes more than the capacity. */
export function warningText(reason: Reason<QuarterWarningCode>, ctx: ReasonContext): string {
  const p = reason.params;
  if (reason.code !== 'kept_over_capacity') return reason.text;
  const values = { kept: ctx.number(num(p.kept_hours)), capacity: ctx.number(num(p.capacity_hours)), over: ctx.number(num(p.over_hours)) };
  if (p.team === undefined) return ctx.intl.formatMessage({ id: 'activities.warning.kept_over_capacity' }, values);
  return ctx.intl.formatMessage({ id: 'activities.warning.kept_over_capacityTeam' }, { ...values, team: ctx.teamName(str(p.team)) });
}
