/** Colour of a completeness score 0-100, shared by every place that shows one. */
export function scoreColor(score: number): string {
  if (score >= 80) return 'teal';
  if (score >= 50) return 'yellow';
  return 'red';
}

const THICKNESS = 3;

/**
 * A small ring for a score; decorative, so callers give the number in text for screen readers.
 * Plain SVG: Mantine's RingProgress brings its tooltip's floating-ui (16 kB) to every page.
 */
export function ScoreRing(props: { score: number; size?: number }) {
  const score = Math.max(0, Math.min(100, Math.round(props.score)));
  const size = props.size ?? 22;
  // As Mantine's RingProgress draws it, which this replaces.
  const radius = (size * 0.9 - THICKNESS * 2) / 2;
  const circumference = 2 * Math.PI * radius;
  const ring = { cx: size / 2, cy: size / 2, r: radius, fill: 'none', strokeWidth: THICKNESS };
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden style={{ transform: 'rotate(-90deg)', flex: 'none' }}>
      <circle {...ring} stroke="var(--mantine-color-default-border)" />
      {/* At 0 a round cap would still draw a red dot, which reads as an alert: show the bare ring. */}
      {score > 0 && (
        <circle
          {...ring}
          stroke={`var(--mantine-color-${scoreColor(score)}-filled)`}
          strokeLinecap="round"
          strokeDasharray={`${(score / 100) * circumference} ${circumference}`}
        />
      )}
    </svg>
  );
}
