import type { Activity, ActivityStatus, PlanDocument } from '../plan/plan.schema.js';
import { DomainError } from '../shared/errors.js';
import { maxDate, minDate, type IsoDate } from '../shared/dates.js';
import { dateOptionErrors } from '../activities/activities.options.js';
import { rankBacklog } from '../activities/activities.rank.js';
import { NO_THEME_COLOR, themeColor } from '../themes/themes.colors.js';
import { hoursByTheme, themeKey } from '../themes/themes.hours.js';
import { quarterGrid, type QuarterSpan } from '../themes/themes.spread.js';
import { bucketOf, type RoadmapBucket } from './roadmap.buckets.js';
import { packRows } from './roadmap.pack.js';

/*
 * Product step 8: the visual, time-based roadmap, computed as exactly what the web app
 * draws. Dropped activities are not on it. An activity with one date only is a one-day
 * bar. Activities with no dates that are still open go to now / next / later.
 */

export interface RoadmapOptions {
  today: IsoDate;
  /** Defaults: the plan period, widened to every dated activity and milestone. */
  from?: IsoDate;
  to?: IsoDate;
}

export interface RoadmapItem {
  id: string;
  title: string;
  status: ActivityStatus | null;
  type: NonNullable<Activity['type']> | null;
  owner: string | null;
  team: string | null;
  theme: string | null;
  color: string;
}

export interface RoadmapBar extends RoadmapItem {
  start: IsoDate;
  end: IsoDate;
  /** The row of the bar within its lane, from 0. */
  row: number;
  dependsOn: string[];
  estimateHours: number | null;
}

export interface RoadmapUndatedItem extends RoadmapItem {
  bucket: RoadmapBucket;
  /** Place among the undated activities by the backlog ranking (ICE). */
  rank: number;
}

export interface RoadmapMilestone {
  id: string | null;
  title: string;
  date: IsoDate;
  theme: string | null;
  activity: string | null;
  color: string;
}

export interface RoadmapCapacity {
  plannedHours: number;
  /** Theme budgets spread over the plan period; null when no theme (of this lane) has a budget. */
  budgetHours: number | null;
  overBudget: boolean;
}

export interface RoadmapLane {
  /** Null: the lane of activities with no theme (shown only when it holds something). */
  theme: string | null;
  name: string | null;
  color: string;
  maintenance: boolean;
  budgetHours: number | null;
  /** Bars packed so that no two in a row overlap. */
  rows: RoadmapBar[][];
  milestones: RoadmapMilestone[];
  /** Per quarter of the model, in the same order. */
  capacity: RoadmapCapacity[];
}

export interface RoadmapQuarter extends QuarterSpan, RoadmapCapacity {}

export interface RoadmapLink {
  from: string;
  to: string;
  /** False when the dependant starts before its dependency ends. */
  ordered: boolean;
}

export interface RoadmapModel {
  span: { start: IsoDate; end: IsoDate };
  today: IsoDate;
  lanes: RoadmapLane[];
  /** Every quarter the span touches, whole. */
  quarters: RoadmapQuarter[];
  /** Dependencies between bars on the roadmap. */
  links: RoadmapLink[];
  undated: Record<RoadmapBucket, RoadmapUndatedItem[]>;
}

interface Dated {
  activity: Activity;
  start: IsoDate;
  end: IsoDate;
}

function datesOf(activity: Activity): Dated | undefined {
  const start = activity.start ?? activity.end;
  const end = activity.end ?? activity.start;
  if (!start || !end) return undefined;
  return { activity, start, end: maxDate(start, end) };
}

function capacity(plannedHours: number, budgetHours: number | null): RoadmapCapacity {
  return { plannedHours, budgetHours, overBudget: budgetHours !== null && plannedHours > budgetHours + 1e-9 };
}

function defaultSpan(plan: PlanDocument, dated: readonly Dated[]): { start: IsoDate; end: IsoDate } {
  let { start, end } = plan.plan.period;
  for (const d of dated) {
    start = minDate(start, d.start);
    end = maxDate(end, d.end);
  }
  for (const m of plan.milestones ?? []) {
    start = minDate(start, m.date);
    end = maxDate(end, m.date);
  }
  return { start, end };
}

export function roadmapModel(plan: PlanDocument, options: RoadmapOptions): RoadmapModel {
  const errors = dateOptionErrors(options, ['today', 'from', 'to']);
  if (errors.length > 0) throw new DomainError('invalid', 'cannot draw the roadmap with these options', errors);
  const themes = plan.themes ?? [];
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const open = (plan.activities ?? []).filter((a) => a.status !== 'dropped');
  const dated: Dated[] = [];
  const undated: Activity[] = [];
  for (const activity of open) {
    const d = datesOf(activity);
    if (d) dated.push(d);
    else if (activity.status !== 'done') undated.push(activity);
  }
  const fallback = defaultSpan(plan, dated);
  const span = { start: options.from ?? fallback.start, end: options.to ?? fallback.end };
  if (span.end < span.start) {
    throw new DomainError('invalid', `the roadmap cannot end (${span.end}) before it starts (${span.start})`, [
      { path: 'to', message: `must not be before ${span.start}` },
    ]);
  }

  const grid = quarterGrid(span.start, span.end);
  const hours = hoursByTheme(plan, grid);
  const laneKeys: (string | null)[] = [...themes.map((t) => t.id), null];
  const laneIndex = new Map(laneKeys.map((key, i) => [key, i]));
  const colors = laneKeys.map((key, i) => (key === null ? NO_THEME_COLOR : themeColor(themes[i], i)));
  const laneOf = (theme: string | undefined) => laneIndex.get(themeKey(themeById, theme)) as number;

  const barsByLane: RoadmapBar[][] = laneKeys.map(() => []);
  const barIds = new Map<string, RoadmapBar>();
  for (const { activity, start, end } of dated) {
    if (end < span.start || start > span.end) continue;
    const lane = laneOf(activity.theme);
    const bar: RoadmapBar = {
      id: activity.id,
      title: activity.title,
      status: activity.status ?? null,
      type: activity.type ?? null,
      owner: activity.owner ?? null,
      team: activity.team ?? null,
      theme: laneKeys[lane],
      color: colors[lane],
      start,
      end,
      row: 0,
      dependsOn: activity.depends_on ?? [],
      estimateHours: activity.estimate_hours ?? null,
    };
    barsByLane[lane].push(bar);
    barIds.set(bar.id, bar);
  }

  const milestonesByLane: RoadmapMilestone[][] = laneKeys.map(() => []);
  const activityTheme = new Map((plan.activities ?? []).map((a) => [a.id, a.theme]));
  for (const m of plan.milestones ?? []) {
    if (m.date < span.start || m.date > span.end) continue;
    const ownTheme = m.theme !== undefined && themeById.has(m.theme) ? m.theme : undefined;
    const lane = laneOf(ownTheme ?? (m.activity === undefined ? undefined : activityTheme.get(m.activity)));
    milestonesByLane[lane].push({
      id: m.id ?? null,
      title: m.title,
      date: m.date,
      theme: laneKeys[lane],
      activity: m.activity ?? null,
      color: colors[lane],
    });
  }

  const lanes: RoadmapLane[] = [];
  laneKeys.forEach((key, i) => {
    const bars = barsByLane[i];
    if (key === null && bars.length === 0 && milestonesByLane[i].length === 0) return;
    const rows = packRows(bars);
    rows.forEach((row, r) => row.forEach((bar) => (bar.row = r)));
    const theme = key === null ? undefined : themes[i];
    const laneHours = hours.get(key);
    const budget = theme?.budget_hours ?? null;
    lanes.push({
      theme: key,
      name: theme?.name ?? null,
      color: colors[i],
      maintenance: theme?.maintenance === true,
      budgetHours: budget,
      rows,
      milestones: milestonesByLane[i].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      capacity: grid.quarters.map((_, q) => capacity(laneHours?.planned[q] ?? 0, budget === null ? null : (laneHours?.budget[q] ?? 0))),
    });
  });

  const budgeted = themes.some((t) => t.budget_hours !== undefined);
  const quarters = grid.quarters.map((span, q): RoadmapQuarter => {
    let planned = 0;
    let budget = 0;
    for (const h of hours.values()) {
      planned += h.planned[q];
      budget += h.budget[q];
    }
    return { ...span, ...capacity(planned, budgeted ? budget : null) };
  });

  const links: RoadmapLink[] = [];
  for (const bar of barIds.values()) {
    for (const from of bar.dependsOn) {
      const dependency = barIds.get(from);
      if (dependency) links.push({ from, to: bar.id, ordered: dependency.end < bar.start });
    }
  }

  return { span, today: options.today, lanes, quarters, links, undated: bucketsOf(plan, undated, options.today, laneOf, laneKeys, colors) };
}

function bucketsOf(
  plan: PlanDocument,
  undated: Activity[],
  today: IsoDate,
  laneOf: (theme: string | undefined) => number,
  laneKeys: (string | null)[],
  colors: string[],
): Record<RoadmapBucket, RoadmapUndatedItem[]> {
  const buckets: Record<RoadmapBucket, RoadmapUndatedItem[]> = { now: [], next: [], later: [] };
  const byId = new Map(undated.map((a) => [a.id, a]));
  for (const ranked of rankBacklog({ ...plan, activities: undated }, { today })) {
    const activity = byId.get(ranked.id) as Activity;
    const lane = laneOf(activity.theme);
    const bucket = bucketOf(activity, ranked.scores.quadrant);
    buckets[bucket].push({
      id: activity.id,
      title: activity.title,
      status: activity.status ?? null,
      type: activity.type ?? null,
      owner: activity.owner ?? null,
      team: activity.team ?? null,
      theme: laneKeys[lane],
      color: colors[lane],
      bucket,
      rank: ranked.rank,
    });
  }
  return buckets;
}
