import { sparklinePath } from './sparkline.path';

/**
 * A small trend line drawn as inline SVG. It is an image with the words the caller gives
 * (`label`, e.g. "last 12 months, from 8 900 to 10 300"), so a screen reader hears the trend.
 */
export function Sparkline(props: { values: readonly (number | null)[]; label: string; width?: number; height?: number; color?: string }) {
  const width = props.width ?? 120;
  const height = props.height ?? 32;
  const d = sparklinePath(props.values, width, height);
  return (
    <svg role="img" aria-label={props.label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} style={{ display: 'block', overflow: 'visible' }}>
      {d && (
        <path
          d={d}
          fill="none"
          stroke={props.color ?? 'var(--mantine-primary-color-filled)'}
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      )}
    </svg>
  );
}
