import type { Measurement } from '../plan/plan.schema.js';

/**
 * The measurements of each KPI, oldest first, one per date: a repeated KPI and date keeps
 * the later entry, as an import does.
 */
export function measurementsByKpi(measurements: readonly Measurement[]): Map<string, Measurement[]> {
  const byKpi = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const list = byKpi.get(m.kpi);
    if (list === undefined) byKpi.set(m.kpi, [m]);
    else list.push(m);
  }
  for (const [kpi, list] of byKpi) {
    // The sort is stable, so among equal dates the later entry stays last.
    list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    byKpi.set(
      kpi,
      list.filter((m, i) => i === list.length - 1 || list[i + 1].date !== m.date),
    );
  }
  return byKpi;
}

/** How many measurements of a list sorted by date are dated on or before `date`. */
export function countOnOrBefore(sorted: readonly Measurement[], date: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].date <= date) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The latest measurement on or before `date` in a list sorted by date, or null. */
export function lastOnOrBefore(sorted: readonly Measurement[], date: string): Measurement | null {
  const count = countOnOrBefore(sorted, date);
  return count > 0 ? sorted[count - 1] : null;
}
