/*
 * The printed table: one line per leg, the median (wall clock, or a size in kB, or a ratio)
 * against its target, the fastest run, the median CPU time (of the bench process, or of the
 * browser for a browser leg, or none), and the figures the leg reported (keys ending in _bytes
 * are shown in MB).
 */

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 1 000 000, grouped by spaces as the issues write sizes. */
export function count(value) {
  return number.format(value).replaceAll(',', ' ');
}

function ms(value) {
  if (value === null || value === undefined) return '';
  return value >= 1000 ? `${count(value / 1000)} s` : `${count(value)} ms`;
}

/** A leg's figure in its unit: a time as ms or s, a size as given ("286.4 kB"), a ratio to two decimals ("1.35 ×"). */
function figure(value, unit = 'ms') {
  if (unit === 'ms' || value === null || value === undefined) return ms(value);
  if (unit === '×') return `${value.toFixed(2)} ×`;
  return `${count(value)} ${unit}`;
}

function notes(result) {
  // A figure a leg could not take (a request renamed by the app) is left out rather than shown as
  // NaN (or null: the result comes from the leg's process as JSON).
  const parts = Object.entries(result.info ?? {})
    .filter(([, value]) => value !== undefined && value !== null && (typeof value !== 'number' || Number.isFinite(value)))
    .map(([key, value]) =>
    key.endsWith('_bytes') ? `${key.slice(0, -6).replaceAll('_', ' ')} ${count(value / 1e6)} MB` : `${key.replaceAll('_', ' ')} ${typeof value === 'number' ? count(value) : value}`,
  );
  if (result.notice) parts.push(result.notice);
  return parts.join(', ');
}

export function resultLabel(result) {
  return { pass: 'pass', fail: 'FAIL', report: '-', skipped: 'skipped', error: 'ERROR' }[result.status];
}

export function formatTable(results) {
  const header = ['leg', 'target', 'median', 'min', 'CPU', 'runs', 'peak RSS', 'result', 'notes'];
  const rows = results.map((r) => [
    r.name,
    [r.target_ms !== null && `< ${figure(r.target_ms, r.unit)}`, r.memory_target_mb !== null && `< ${r.memory_target_mb} MB`].filter(Boolean).join(', '),
    figure(r.median_ms, r.unit),
    figure(r.min_ms, r.unit),
    ms(r.cpu_median_ms),
    r.median_ms === undefined ? '' : String(r.runs),
    r.peak_rss_mb === undefined ? '' : `${r.peak_rss_mb} MB`,
    resultLabel(r),
    notes(r),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((row) => row[c].length)));
  const right = new Set([1, 2, 3, 4, 5, 6]);
  const line = (cells) =>
    cells
      .map((cell, c) => (c === cells.length - 1 ? cell : right.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
