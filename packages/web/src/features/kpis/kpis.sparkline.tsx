/**
 * A small line of a KPI's last periods, drawn as inline SVG. Periods without a value break
 * the line; the latest value gets a dot. It is named by `label` for screen readers.
 */
export function Sparkline(props: { values: readonly (number | null)[]; label: string; width?: number; height?: number }) {
  const { values, width = 96, height = 28 } = props;
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  const pad = 3;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const x = (i: number) => pad + (values.length === 1 ? 0 : (i * (width - 2 * pad)) / (values.length - 1));
  const y = (v: number) => (max === min ? height / 2 : height - pad - ((v - min) * (height - 2 * pad)) / (max - min));
  let path = '';
  let drawing = false;
  values.forEach((v, i) => {
    if (v === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
    drawing = true;
  });
  const lastIndex = values.findLastIndex((v) => v !== null);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.label} style={{ display: 'block', color: 'var(--mantine-color-indigo-text)' }}>
      <path d={path} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      <circle cx={x(lastIndex)} cy={y(values[lastIndex]!)} r={2.5} fill="currentColor" />
    </svg>
  );
}
