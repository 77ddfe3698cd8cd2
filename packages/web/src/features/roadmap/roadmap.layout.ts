import type { RoadmapBar, RoadmapLane, RoadmapMilestone } from '@kurs/core';
import { toDayNumber } from '@kurs/core/browser';

/** Vertical sizes in pixels. */
export interface Geometry {
  lanePadding: number;
  /** The strip of milestone diamonds at the top of a lane that has milestones. */
  milestoneStrip: number;
  rowHeight: number;
  barHeight: number;
  /** A lane is at least this high, so that its label fits. */
  minLane: number;
}

export const GEOMETRY: Geometry = { lanePadding: 6, milestoneStrip: 20, rowHeight: 24, barHeight: 18, minLane: 44 };

export interface BarBox {
  bar: RoadmapBar;
  lane: number;
  row: number;
  /** Top of the bar. */
  y: number;
  startDay: number;
  /** The day after the bar's last day. */
  endDay: number;
}

export interface LaneBox {
  lane: RoadmapLane;
  /** Stable key: the theme id, or "" for the lane with no theme. */
  key: string;
  index: number;
  y: number;
  height: number;
  /** Middle of the milestone strip, when the lane has milestones. */
  milestoneY: number | null;
  /** Bars per row, in date order: in a packed row both starts and ends grow. */
  rows: BarBox[][];
  /** Every bar of the lane by start, then row: the order keyboard focus moves in. */
  order: BarBox[];
}

export interface RoadmapLayout {
  lanes: LaneBox[];
  height: number;
  geometry: Geometry;
  byId: Map<string, BarBox>;
}

export function laneKey(lane: Pick<RoadmapLane, 'theme'>): string {
  return lane.theme ?? '';
}

/** Lanes stacked top to bottom, each bar at the row the engine packed it into. */
export function layoutRoadmap(lanes: readonly RoadmapLane[], geometry: Geometry = GEOMETRY): RoadmapLayout {
  const byId = new Map<string, BarBox>();
  const boxes: LaneBox[] = [];
  let y = 0;
  lanes.forEach((lane, l) => {
    const strip = lane.milestones.length > 0 ? geometry.milestoneStrip : 0;
    const rowsTop = y + geometry.lanePadding + strip;
    const rows = lane.rows.map((row, r) =>
      row.map((bar): BarBox => {
        const box = {
          bar,
          lane: l,
          row: r,
          y: rowsTop + r * geometry.rowHeight + (geometry.rowHeight - geometry.barHeight) / 2,
          startDay: toDayNumber(bar.start),
          endDay: toDayNumber(bar.end) + 1,
        };
        byId.set(bar.id, box);
        return box;
      }),
    );
    const height = Math.max(geometry.minLane, 2 * geometry.lanePadding + strip + rows.length * geometry.rowHeight);
    const order = rows.flat().sort((a, b) => a.startDay - b.startDay || a.row - b.row);
    boxes.push({ lane, key: laneKey(lane), index: l, y, height, milestoneY: strip ? y + geometry.lanePadding + strip / 2 : null, rows, order });
    y += height;
  });
  return { lanes: boxes, height: y, geometry, byId };
}

/** A milestone on the timeline: its lane and its place among the lane's milestones (by date). */
export interface MilestoneSpot {
  milestone: RoadmapMilestone;
  lane: LaneBox;
  index: number;
}

/** Every milestone with an id by its id (the engine gives each stored milestone one). */
export function milestoneSpots(layout: RoadmapLayout): Map<string, MilestoneSpot> {
  const spots = new Map<string, MilestoneSpot>();
  for (const lane of layout.lanes) lane.lane.milestones.forEach((milestone, index) => milestone.id !== null && spots.set(milestone.id, { milestone, lane, index }));
  return spots;
}

/** The lane at height `y`, if any. */
export function laneAt(layout: RoadmapLayout, y: number): LaneBox | undefined {
  return layout.lanes.find((lane) => y >= lane.y && y < lane.y + lane.height);
}

/** A rectangle in the coordinates of the chart body. */
export interface Viewport {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** First index in a packed row whose bar ends after `day` (the row's ends are sorted). */
function firstEndingAfter(row: readonly BarBox[], day: number): number {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]!.endDay <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The bars that touch a rectangle of days × pixels: only these are put in the DOM, so the
 * cost of drawing follows the size of the screen, not of the plan.
 */
export function barsInView(layout: RoadmapLayout, fromDay: number, toDay: number, top: number, bottom: number): BarBox[] {
  const found: BarBox[] = [];
  const { rowHeight, barHeight } = layout.geometry;
  for (const lane of layout.lanes) {
    if (lane.y + lane.height < top || lane.y > bottom) continue;
    for (const row of lane.rows) {
      const rowTop = row[0]!.y - (rowHeight - barHeight) / 2;
      if (rowTop + rowHeight < top || rowTop > bottom) continue;
      for (let i = firstEndingAfter(row, fromDay); i < row.length && row[i]!.startDay < toDay; i += 1) found.push(row[i]!);
    }
  }
  return found;
}

/** The lanes that touch the band from `top` to `bottom`. */
export function lanesInView(layout: RoadmapLayout, top: number, bottom: number): LaneBox[] {
  return layout.lanes.filter((lane) => lane.y + lane.height >= top && lane.y <= bottom);
}
