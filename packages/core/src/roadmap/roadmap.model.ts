import type { Activity, ActivityStatus, PlanDocument } from '../plan/plan.schema.js';
import { DomainError, fieldError } from '../shared/errors.js';
import { maxDate, minDate, type IsoDate } from '../shared/dates.js';
import { dateOptionErrors } from '../activities/activities.options.js';
import { rankBacklog } from '../activities/activities.rank.js';
import { NO_THEME_COLOR, themeColor } from '../themes/themes.colors.js';
import { hoursByTheme, themeKey } from '../themes/themes.hours.js';
import { quarterGrid, type QuarterSpan } from '../themes/themes.spread.js';
import { themeBudgetHours } from '../themes/themes.quarters.js';
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

/** The lanes' keys (theme ids, then null), their colors, and which lane a theme id goes to. */
interface LaneIndex {
  keys: (string | null)[];
  colors: string[];
  laneOf(theme: string | undefined): number;
}

function laneIndex(plan: PlanDocument): LaneIndex {
  const themes = plan.themes ?? [];
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const keys: (string | null)[] = [...themes.map((t) => t.id), null];
  const index = new Map(keys.map((key, i) => [key, i]));
  return {
    keys,
    colors: keys.map((key, i) => (key === null ? NO_THEME_COLOR : themeColor(themes[i], i))),
    laneOf: (theme) => index.get(themeKey(themeById, theme)) as number,
  };
}

function itemOf(activity: Activity, lanes: LaneIndex): RoadmapItem {
  const lane = lanes.laneOf(activity.theme);
  // One literal with every field: spreading it into bars made the model several times slower.
  return {
    id: activity.id,
    title: activity.title,
    status: activity.status ?? null,
    type: activity.type ?? null,
    owner: activity.owner ?? null,
    team: activity.team ?? null,
    theme: lanes.keys[lane],
    color: lanes.colors[lane],
  };
}

function barsByLane(dated: readonly Dated[], span: RoadmapModel['span'], lanes: LaneIndex): RoadmapBar[][] {
  const byLane: RoadmapBar[][] = lanes.keys.map(() => []);
  for (const { activity, start, end } of dated) {
    if (end < span.start || start > span.end) continue;
    const item = itemOf(activity, lanes);
    byLane[lanes.laneOf(activity.theme)].push({
      id: item.id,
      title: item.title,
      status: item.status,
      type: item.type,
      owner: item.owner,
      team: item.team,
      theme: item.theme,
      color: item.color,
      start,
      end,
      row: 0,
      dependsOn: activity.depends_on ?? [],
      estimateHours: activity.estimate_hours ?? null,
    });
  }
  return byLane;
}

/** A milestone goes to the lane of its theme, else of its activity's theme, else to the lane with no theme. */
function milestonesByLane(plan: PlanDocument, span: RoadmapModel['span'], lanes: LaneIndex): RoadmapMilestone[][] {
  const byLane: RoadmapMilestone[][] = lanes.keys.map(() => []);
  const themeIds = new Set((plan.themes ?? []).map((t) => t.id));
  const activityTheme = new Map((plan.activities ?? []).map((a) => [a.id, a.theme]));
  const byDate = [...(plan.milestones ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const m of byDate) {
    if (m.date < span.start || m.date > span.end) continue;
    const ownTheme = m.theme !== undefined && themeIds.has(m.theme) ? m.theme : undefined;
    const lane = lanes.laneOf(ownTheme ?? (m.activity === undefined ? undefined : activityTheme.get(m.activity)));
    byLane[lane].push({
      id: m.id ?? null,
      title: m.title,
      date: m.date,
      theme: lanes.keys[lane],
      activity: m.activity ?? null,
      color: lanes.colors[lane],
    });
  }
  return byLane;
}

function linksBetween(bars: readonly RoadmapBar[]): RoadmapLink[] {
  const byId = new Map(bars.map((bar) => [bar.id, bar]));
  const links: RoadmapLink[] = [];
  for (const bar of bars) {
    for (const from of bar.dependsOn) {
      const dependency = byId.get(from);
      if (dependency) links.push({ from, to: bar.id, ordered: dependency.end < bar.start });
    }
  }
  return links;
}

function undatedBuckets(plan: PlanDocument, undated: Activity[], today: IsoDate, lanes: LaneIndex): RoadmapModel['undated'] {
  const buckets: RoadmapModel['undated'] = { now: [], next: [], later: [] };
  const byId = new Map(undated.map((a) => [a.id, a]));
  for (const ranked of rankBacklog({ ...plan, activities: undated }, { today })) {
    const activity = byId.get(ranked.id) as Activity;
    const bucket = bucketOf(activity, ranked.scores.quadrant);
    buckets[bucket].push({ ...itemOf(activity, lanes), bucket, rank: ranked.rank });
  }
  return buckets;
}

export function roadmapModel(plan: PlanDocument, options: RoadmapOptions): RoadmapModel {
  const errors = dateOptionErrors(options, ['today', 'from', 'to']);
  if (errors.length > 0) throw new DomainError('invalid', 'cannot draw the roadmap with these options', errors);
  const dated: Dated[] = [];
  const undated: Activity[] = [];
  for (const activity of plan.activities ?? []) {
    if (activity.status === 'dropped') continue;
    const d = datesOf(activity);
    if (d) dated.push(d);
    else if (activity.status !== 'done') undated.push(activity);
  }
  const fallback = defaultSpan(plan, dated);
  const span = { start: options.from ?? fallback.start, end: options.to ?? fallback.end };
  if (span.end < span.start) {
    throw new DomainError('invalid', `the roadmap cannot end (${span.end}) before it starts (${span.start})`, [
      fieldError('to', 'end_before_start', `must not be before ${span.start}`, { start: span.start, end: span.end }),
    ]);
  }

  const themes = plan.themes ?? [];
  const grid = quarterGrid(span.start, span.end);
  const hours = hoursByTheme(plan, grid);
  const lanes = laneIndex(plan);
  const bars = barsByLane(dated, span, lanes);
  const milestones = milestonesByLane(plan, span, lanes);

  const laneModels: RoadmapLane[] = [];
  lanes.keys.forEach((key, i) => {
    if (key === null && bars[i].length === 0 && milestones[i].length === 0) return;
    const rows = packRows(bars[i]);
    rows.forEach((row, r) => row.forEach((bar) => (bar.row = r)));
    const theme = key === null ? undefined : themes[i];
    const laneHours = hours.get(key);
    const budget = theme === undefined ? null : (themeBudgetHours(theme) ?? null);
    laneModels.push({
      theme: key,
      name: theme?.name ?? null,
      color: lanes.colors[i],
      maintenance: theme?.maintenance === true,
      budgetHours: budget,
      rows,
      milestones: milestones[i],
      capacity: grid.quarters.map((_, q) =>
        capacity(laneHours?.planned[q] ?? 0, budget === null ? null : (laneHours?.budget[q] ?? 0)),
      ),
    });
  });

  const budgeted = themes.some((t) => themeBudgetHours(t) !== undefined);
  const quarters = grid.quarters.map((quarter, q): RoadmapQuarter => {
    let planned = 0;
    let budget = 0;
    for (const h of hours.values()) {
      planned += h.planned[q];
      budget += h.budget[q];
    }
    return { ...quarter, ...capacity(planned, budgeted ? budget : null) };
  });

  return {
    span,
    today: options.today,
    lanes: laneModels,
    quarters,
    links: linksBetween(bars.flat()),
    undated: undatedBuckets(plan, undated, options.today, lanes),
  };
}
