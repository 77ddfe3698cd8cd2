import type { IsoDate } from '../shared/dates.js';

/**
 * Greedy interval partitioning: bars in order of start each go to the first row whose last
 * bar ends before they start (end dates are inclusive, so a bar ending on the day another
 * starts shares no row with it). Taken by start, first fit uses the fewest rows possible:
 * as many as bars overlap on the busiest day. Each row lists its bars by start.
 */
export function packRows<T extends { start: IsoDate; end: IsoDate }>(bars: readonly T[]): T[][] {
  const sorted = [...bars].sort((x, y) => {
    if (x.start !== y.start) return x.start < y.start ? -1 : 1;
    if (x.end !== y.end) return x.end < y.end ? -1 : 1;
    return 0;
  });
  const rows: T[][] = [];
  const rowEnds: IsoDate[] = [];
  for (const bar of sorted) {
    const row = rowEnds.findIndex((end) => end < bar.start);
    if (row === -1) {
      rows.push([bar]);
      rowEnds.push(bar.end);
    } else {
      rows[row].push(bar);
      rowEnds[row] = bar.end;
    }
  }
  return rows;
}
