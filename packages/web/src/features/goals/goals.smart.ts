import type { Goal, Period } from '@kurs/core';
import { targetWindow, vagueWordOf } from '@kurs/core/browser';

/*
 * The live SMART checklist of the goal form: the health check's goal rules
 * (packages/core/src/health/rules/goal-*.rule.ts, docs/health-rules.md) on a goal being typed,
 * with core's own vague words and target window; goals.smart.test.ts holds the two in line.
 * The saved goal's real findings come from the health check itself.
 */

export const SMART_CRITERIA = ['specific', 'measurable', 'attainable', 'realistic', 'timeBound'] as const;
export type SmartCriterion = (typeof SMART_CRITERIA)[number];

/** Why a criterion is not met; each names what the user has to add or change. */
export type SmartGap =
  | { kind: 'noTitle' }
  | { kind: 'vague'; word: string }
  | { kind: 'noKpi' }
  | { kind: 'noTarget' }
  | { kind: 'noOwner' }
  | { kind: 'noBaseline' }
  | { kind: 'noTargetDate' }
  | { kind: 'outsidePeriod'; from: string; to: string };

export interface SmartCheck {
  criterion: SmartCriterion;
  /** Empty when the criterion is met. */
  gaps: SmartGap[];
}

/** The goal as typed so far: only what the checklist reads. */
export type SmartDraft = Pick<Goal, 'title' | 'horizon' | 'kpi' | 'owner' | 'baseline' | 'target'>;

export function smartChecklist(goal: SmartDraft, period: Period): SmartCheck[] {
  const check = (criterion: SmartCriterion, ...gaps: (SmartGap | false)[]): SmartCheck => ({
    criterion,
    gaps: gaps.filter((gap): gap is SmartGap => gap !== false),
  });
  const window = targetWindow(goal.horizon, period);
  const date = goal.target?.date;
  const vagueWord = vagueWordOf(goal.title);
  return [
    check('specific', !goal.title.trim() && { kind: 'noTitle' }, vagueWord !== undefined && { kind: 'vague', word: vagueWord }),
    check('measurable', !goal.kpi && { kind: 'noKpi' }, goal.target?.value === undefined && { kind: 'noTarget' }),
    check('attainable', !goal.owner?.trim() && { kind: 'noOwner' }),
    check('realistic', goal.baseline?.value === undefined && { kind: 'noBaseline' }),
    check(
      'timeBound',
      !date && { kind: 'noTargetDate' },
      !!date && (date < window.from || date > window.to) && { kind: 'outsidePeriod', ...window },
    ),
  ];
}
