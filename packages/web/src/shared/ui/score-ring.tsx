import { RingProgress } from '@mantine/core';

/** Colour of a completeness score 0-100, shared by every place that shows one. */
export function scoreColor(score: number): string {
  if (score >= 80) return 'teal';
  if (score >= 50) return 'yellow';
  return 'red';
}

/** A small ring for a score; decorative, so callers give the number in text for screen readers. */
export function ScoreRing(props: { score: number; size?: number }) {
  const score = Math.max(0, Math.min(100, Math.round(props.score)));
  return (
    <RingProgress
      aria-hidden
      size={props.size ?? 22}
      thickness={3}
      roundCaps
      // At 0 a round cap would still draw a red dot, which reads as an alert: show the bare ring.
      sections={score > 0 ? [{ value: score, color: scoreColor(score) }] : []}
    />
  );
}
