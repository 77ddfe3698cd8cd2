import type { RoadmapBar, RoadmapBucket, RoadmapItem, RoadmapLane, RoadmapLink, RoadmapModel, RoadmapUndatedItem } from '@kurs/core';

export const VIEWS = ['stakeholder', 'team'] as const;
export type RoadmapView = (typeof VIEWS)[number];

export interface RoadmapFilters {
  view: RoadmapView;
  owner: string | null;
  goal: string | null;
}

/** What the chosen view and filters leave of the engine's model. */
export interface ShownRoadmap {
  lanes: RoadmapLane[];
  links: RoadmapLink[];
  undated: Record<RoadmapBucket, RoadmapUndatedItem[]>;
  /** Bars on the timeline. */
  bars: number;
}

/**
 * The stakeholder view leaves out tasks (the small work items) and the dependency arrows; the
 * team view shows everything. The owner and goal filters hide what does not match; rows left
 * empty close up, and so do lanes when a filter is on. The engine's packing is kept otherwise:
 * a row never gains a bar, so no two bars in a row can overlap.
 */
export function shownRoadmap(
  model: RoadmapModel,
  filters: RoadmapFilters,
  goalsOf: (activity: string) => readonly string[] | undefined,
): ShownRoadmap {
  const filtered = filters.owner !== null || filters.goal !== null;
  const keep = (item: RoadmapItem) =>
    (filters.view === 'team' || item.type !== 'task') &&
    (filters.owner === null || item.owner === filters.owner) &&
    (filters.goal === null || (goalsOf(item.id)?.includes(filters.goal) ?? false));

  let bars = 0;
  const shown = new Set<string>();
  const lanes: RoadmapLane[] = [];
  for (const lane of model.lanes) {
    const rows: RoadmapBar[][] = [];
    for (const row of lane.rows) {
      const left = row.filter(keep);
      if (left.length === 0) continue;
      for (const bar of left) shown.add(bar.id);
      bars += left.length;
      rows.push(left.length === row.length ? row : left);
    }
    if (filtered && rows.length === 0) continue;
    lanes.push(rows.length === lane.rows.length && rows.every((row, i) => row === lane.rows[i]) ? lane : { ...lane, rows });
  }

  return {
    // Unchanged lanes keep their identity, so that what is drawn from them need not be redone.
    lanes: lanes.length === model.lanes.length && lanes.every((lane, i) => lane === model.lanes[i]) ? model.lanes : lanes,
    links: filters.view === 'team' ? model.links.filter((link) => shown.has(link.from) && shown.has(link.to)) : [],
    undated: {
      now: model.undated.now.filter(keep),
      next: model.undated.next.filter(keep),
      later: model.undated.later.filter(keep),
    },
    bars,
  };
}

/** Everyone who owns something on the roadmap, for the owner filter. */
export function ownersOf(model: RoadmapModel): string[] {
  const owners = new Set<string>();
  const add = (item: RoadmapItem) => item.owner && owners.add(item.owner);
  for (const lane of model.lanes) for (const row of lane.rows) row.forEach(add);
  for (const bucket of Object.values(model.undated)) bucket.forEach(add);
  return [...owners].sort((a, b) => a.localeCompare(b));
}
