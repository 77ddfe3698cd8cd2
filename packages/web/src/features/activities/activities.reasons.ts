import type { EisenhowerQuadrant, LeftOutCode, RankMethod, RankReason, RankReasonCode, Reason } from '@kurs/core';
import type { IntlShape } from 'react-intl';
import type { MessageId } from '../../i18n/i18n.messages';
import { UNASSIGNED_TEAM } from './activities.options';

/*
 * The engine explains each place in the backlog and each activity the quarter plan left out
 * with a reason code and its parameters; these are the reader's words for them. A code this
 * version does not know shows the engine's English text.
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
  due_soon: 'activities.reason.due_soon',
  overdue: 'activities.reason.overdue',
  missing_scores: 'activities.reason.missing_scores',
};

const MISSING_MESSAGES: Record<string, MessageId> = {
  value: 'activities.missing.value',
  effort: 'activities.missing.effort',
  reach: 'activities.missing.reach',
};

const LEFT_OUT_MESSAGES: Record<Exclude<LeftOutCode, 'capacity' | 'dependency'>, MessageId> = {
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
};

const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value));
const str = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

function has<K extends string>(table: Record<K, MessageId>, code: string): code is K {
  return Object.hasOwn(table, code);
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
  if (p.score !== undefined) values.score = ctx.number(num(p.score));
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

/** Why the quarter plan did not choose an activity. */
export function leftOutText(reason: Reason<LeftOutCode>, ctx: ReasonContext): string {
  const { intl } = ctx;
  const p = reason.params;
  if (reason.code === 'capacity') {
    const values = { hours: ctx.number(num(p.hours)), free: ctx.number(num(p.free_hours)) };
    if (p.team === undefined) return intl.formatMessage({ id: 'activities.leftOut.capacity' }, values);
    if (p.team === UNASSIGNED_TEAM) return intl.formatMessage({ id: 'activities.leftOut.capacityNoTeam' }, values);
    return intl.formatMessage({ id: 'activities.leftOut.capacityTeam' }, { ...values, team: ctx.teamName(str(p.team)) });
  }
  if (reason.code === 'dependency') {
    const cause = str(p.cause);
    if (!has(DEPENDENCY_MESSAGES, cause)) return reason.text;
    return intl.formatMessage({ id: DEPENDENCY_MESSAGES[cause] }, { dependency: ctx.titleOf(str(p.dependency)) });
  }
  return has(LEFT_OUT_MESSAGES, reason.code) ? intl.formatMessage({ id: LEFT_OUT_MESSAGES[reason.code] }) : reason.text;
}
