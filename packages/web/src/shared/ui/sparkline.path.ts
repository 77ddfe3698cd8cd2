/**
 * The SVG path of a sparkline: one point per value, evenly spaced across `width`, scaled
 * between the smallest and largest value into `height` (inset by `pad` so round line ends
 * are not clipped). A missing value breaks the line; a value alone between gaps is a dot
 * (a zero-length segment drawn with round caps). A flat series sits in the middle.
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number, pad = 2): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return '';
  const min = Math.min(...known);
  const max = Math.max(...known);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) => (max === min ? height / 2 : pad + ((max - v) / (max - min)) * (height - 2 * pad));
  const round = (n: number) => Math.round(n * 10) / 10;
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false;
      return;
    }
    const x = round(values.length > 1 ? pad + i * step : width / 2);
    const next = values[i + 1];
    const alone = !drawing && (next === undefined || next === null || !Number.isFinite(next));
    parts.push(`${drawing ? 'L' : 'M'}${x} ${round(y(value))}${alone ? 'h0' : ''}`);
    drawing = true;
  });
  return parts.join(' ');
}
