import type { Activity, Level } from '@kurs/core';
import { LEVELS, SCORE_MAX, SCORE_MIN } from '@kurs/core/browser';

/*
 * Where an arrow key moves a card on the two boards. Both boards draw the first axis left
 * to right and the second bottom to top, so → and ↑ raise.
 */

export type MatrixPlace = { urgency: Level; importance: Level };
export type ScorePlace = { value: number; effort: number };

const STEPS: Record<string, [dx: number, dy: number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

export function isMoveKey(key: string): boolean {
  return Object.hasOwn(STEPS, key);
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * Urgency across (→ more urgent), importance up (↑ more important). A card without both
 * levels enters the matrix from the middle. Null when the key moves nothing (an edge, or not
 * an arrow).
 */
export function matrixMove(key: string, activity: Pick<Activity, 'urgency' | 'importance'>): MatrixPlace | null {
  const step = STEPS[key];
  if (!step) return null;
  const placed = activity.urgency !== undefined && activity.importance !== undefined;
  const x = LEVELS.indexOf(activity.urgency ?? 'medium');
  const y = LEVELS.indexOf(activity.importance ?? 'medium');
  const next = { urgency: LEVELS[clamp(x + step[0], 0, 2)]!, importance: LEVELS[clamp(y + step[1], 0, 2)]! };
  if (placed && next.urgency === activity.urgency && next.importance === activity.importance) return null;
  return placed ? next : { urgency: LEVELS[x]!, importance: LEVELS[y]! };
}

/**
 * Effort across (→ more effort), value up (↑ more value), one point per key within 1–10. A
 * card without both scores enters the chart in the middle.
 */
export function scoreMove(key: string, activity: Pick<Activity, 'value' | 'effort'>): ScorePlace | null {
  const step = STEPS[key];
  if (!step) return null;
  const middle = Math.floor((SCORE_MIN + SCORE_MAX) / 2);
  if (activity.value === undefined || activity.effort === undefined) {
    return { value: activity.value ?? middle, effort: activity.effort ?? middle };
  }
  const next = {
    effort: clamp(activity.effort + step[0], SCORE_MIN, SCORE_MAX),
    value: clamp(activity.value + step[1], SCORE_MIN, SCORE_MAX),
  };
  return next.effort === activity.effort && next.value === activity.value ? null : next;
}
