import type { Activity } from '../plan/plan.schema.js';

/*
 * Cost-benefit scores of one activity (product step 6). Value and effort are the plan's
 * 1–10 scores; confidence is 0–1. docs/scoring.md gives every formula with an example.
 */

/**
 * Confidence used when an activity gives none: 0.5, the "low confidence" step of the usual
 * ICE/RICE scale (100 % high, 80 % medium, 50 % low). An unrated guess should not outrank
 * an estimate someone vouched for.
 */
export const DEFAULT_CONFIDENCE = 0.5;

export const EISENHOWER_QUADRANTS = ['do', 'schedule', 'delegate', 'eliminate'] as const;
export type EisenhowerQuadrant = (typeof EISENHOWER_QUADRANTS)[number];

export interface ActivityScores {
  /** value / effort; null without both. */
  valueEffort: number | null;
  /**
   * ICE in the usual way: impact × confidence × ease, each on 1–10 (impact = value,
   * confidence = confidence × 10, ease = 11 − effort), so 0–1000; null without value and effort.
   */
  ice: number | null;
  /** reach × impact(value) × confidence / effort; null without reach, value and effort. */
  rice: number | null;
  /** The confidence the scores used: the activity's own, or DEFAULT_CONFIDENCE. */
  confidence: number;
  confidenceDefaulted: boolean;
  quadrant: EisenhowerQuadrant | null;
}

/**
 * RICE impact on its usual scale (3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal),
 * read from the 1–10 value score in five equal steps.
 */
export function riceImpact(value: number): number {
  if (value >= 9) return 3;
  if (value >= 7) return 2;
  if (value >= 5) return 1;
  if (value >= 3) return 0.5;
  return 0.25;
}

/**
 * Urgent means urgency "high": the matrix exists to stop "somewhat urgent" from crowding
 * out the important. Important means importance "medium" or "high": only what is plainly
 * unimportant is a candidate for elimination. Null when either level is missing.
 */
export function eisenhowerQuadrant(activity: Pick<Activity, 'urgency' | 'importance'>): EisenhowerQuadrant | null {
  if (!activity.urgency || !activity.importance) return null;
  const urgent = activity.urgency === 'high';
  const important = activity.importance !== 'low';
  if (urgent) return important ? 'do' : 'delegate';
  return important ? 'schedule' : 'eliminate';
}

/** ICE's confidence on its 1–10 scale: the plan's 0–1 confidence × 10. */
export function iceConfidence(confidence: number): number {
  return Math.round(confidence * 1000) / 100;
}

/** ICE's ease on its 1–10 scale: the opposite of the plan's effort (effort 1 is ease 10). */
export function iceEase(effort: number): number {
  return 11 - effort;
}

export function scoreActivity(activity: Activity): ActivityScores {
  const confidenceDefaulted = activity.confidence === undefined;
  const confidence = activity.confidence ?? DEFAULT_CONFIDENCE;
  const { value, effort, reach } = activity;
  const scored = value !== undefined && effort !== undefined;
  return {
    valueEffort: scored ? value / effort : null,
    ice: scored ? value * iceConfidence(confidence) * iceEase(effort) : null,
    rice: scored && reach !== undefined ? (reach * riceImpact(value) * confidence) / effort : null,
    confidence,
    confidenceDefaulted,
    quadrant: eisenhowerQuadrant(activity),
  };
}
