import { fromDayNumber, toDayNumber, type IsoDate } from '../shared/dates.js';

/*
 * Dates for the activities of a quarter plan. A date the user set is kept: the plan never
 * moves it by itself. A missing date is proposed:
 * - a missing start is the earliest day the work may begin: not before the window or today
 *   (work in progress: today), and after every dependency has ended;
 * - a missing end leaves the working time the hours need (8 h a day, 5 days a week) after
 *   the start; proposed for new work, it stays inside the window.
 * Where a kept date stands in the way, the plan offers a change the user may tick:
 * - dependency_order: new work that starts before an activity it depends on has ended
 *   moves (keeping its length) to the day after;
 * - overdue: work in progress whose end has passed with hours left gets a new end.
 * So that a chain of dependent undated activities fits, each ends early enough to leave one
 * day for each activity after it in the chain. Undated work that could only start after the
 * window (its dependency ends too late) does not fit: `fits` is false, and the plan leaves it out.
 */

/** Working hours in a day and working days in a week, to turn hours into a duration. */
const HOURS_PER_DAY = 8;
const WORKDAYS_PER_WEEK = 5;

export type DateField = 'start' | 'end';
export type DateChangeCode = 'dependency_order' | 'overdue';

export interface ScheduleItem {
  id: string;
  /** Hours the proposed duration is made for: the estimate, or what is left of it for work in progress. */
  hours: number;
  start?: IsoDate;
  end?: IsoDate;
  /** Already in progress: it started before today, and is not reordered. */
  kept: boolean;
  dependsOn: readonly string[];
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

export interface DateChange extends DateRange {
  code: DateChangeCode;
  /** For dependency_order: the dependency that ends too late. */
  dependency?: string;
}

export interface Scheduled extends DateRange {
  /** The dates that were missing and are proposed here (start and end are otherwise the user's). */
  proposed: DateField[];
  /** A move of the user's dates, applied only when the user ticks it. */
  change: DateChange | null;
  /** False for undated work that cannot start inside the window after its dependencies. */
  fits: boolean;
  /** The dependency that ends last, with its end. */
  latestDependency: { id: string; end: IsoDate } | null;
}

/** Calendar days for `hours` of work at one person's pace, weekends included. */
function daysForHours(hours: number): number {
  const workdays = Math.max(1, Math.ceil(hours / HOURS_PER_DAY));
  return workdays + 2 * Math.floor((workdays - 1) / WORKDAYS_PER_WEEK);
}

/** Dependencies first; activities caught in a cycle follow in their input order. */
function topologicalOrder(items: readonly ScheduleItem[], deps: Map<string, string[]>): ScheduleItem[] {
  const waiting = new Map(items.map((item) => [item.id, deps.get(item.id)?.length ?? 0]));
  const dependants = new Map<string, string[]>();
  for (const item of items) {
    for (const d of deps.get(item.id) ?? []) dependants.set(d, [...(dependants.get(d) ?? []), item.id]);
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  const ready = items.filter((item) => waiting.get(item.id) === 0).map((item) => item.id);
  const order: ScheduleItem[] = [];
  for (let i = 0; i < ready.length; i++) {
    order.push(byId.get(ready[i]) as ScheduleItem);
    for (const next of dependants.get(ready[i]) ?? []) {
      const left = (waiting.get(next) as number) - 1;
      waiting.set(next, left);
      if (left === 0) ready.push(next);
    }
  }
  const placed = new Set(order.map((item) => item.id));
  return [...order, ...items.filter((item) => !placed.has(item.id))];
}

/**
 * The dates of each item after accepting with no change ticked (the user's, and proposed
 * ones where they are missing), with the fields proposed and the change offered, if any.
 */
export function scheduleQuarter(items: readonly ScheduleItem[], window: DateRange, today: IsoDate): Map<string, Scheduled> {
  const first = toDayNumber(window.start);
  const last = toDayNumber(window.end);
  const todayDay = toDayNumber(today);
  const notBefore = Math.min(Math.max(todayDay, first), last);
  const ids = new Set(items.map((item) => item.id));
  const deps = new Map(items.map((item) => [item.id, item.dependsOn.filter((d) => ids.has(d))]));
  const order = topologicalOrder(items, deps);

  // tail: how many activities of new work at most follow this one in a dependency chain.
  const tail = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    if (order[i].kept) continue;
    for (const d of deps.get(order[i].id) ?? []) {
      tail.set(d, Math.max(tail.get(d) ?? 0, (tail.get(order[i].id) ?? 0) + 1));
    }
  }

  const ends = new Map<string, number>();
  const result = new Map<string, Scheduled>();
  for (const item of order) {
    const own = item.start === undefined ? undefined : toDayNumber(item.start);
    const ownEnd = item.end === undefined ? undefined : toDayNumber(item.end);
    const days = daysForHours(item.hours);
    let latestDependency: { id: string; end: number } | undefined;
    for (const d of deps.get(item.id) ?? []) {
      const end = ends.get(d);
      if (end !== undefined && (!latestDependency || end > latestDependency.end)) latestDependency = { id: d, end };
    }
    const placed = item.kept
      ? inProgress(own, ownEnd, days, todayDay)
      : newWork(own, ownEnd, days, Math.max(notBefore, (latestDependency?.end ?? -Infinity) + 1), last - (tail.get(item.id) ?? 0));
    let change = placed.change;
    const dependency = latestDependency;
    if (!item.kept && dependency && own !== undefined && dependency.end >= own) {
      // The user's start comes before the dependency has ended: offer to move the span after it.
      const start = dependency.end + 1;
      const end = ownEnd !== undefined ? start + (ownEnd - own) : Math.max(placed.end, start);
      change = { code: 'dependency_order', start: fromDayNumber(start), end: fromDayNumber(end), dependency: dependency.id };
    } else if (!item.kept && dependency && own === undefined && ownEnd !== undefined && dependency.end >= ownEnd) {
      // Only the end was set, and the dependency ends after it: the order holds only if the end moves.
      const start = dependency.end + 1;
      change = { code: 'dependency_order', start: fromDayNumber(start), end: fromDayNumber(start + days - 1), dependency: dependency.id };
    }
    ends.set(item.id, placed.end);
    result.set(item.id, {
      start: fromDayNumber(placed.start),
      end: fromDayNumber(placed.end),
      proposed: placed.proposed,
      change,
      fits: placed.start <= last || !placed.proposed.includes('start') || item.kept,
      latestDependency: dependency ? { id: dependency.id, end: fromDayNumber(dependency.end) } : null,
    });
  }
  return result;
}

interface Placed {
  start: number;
  end: number;
  proposed: DateField[];
  change: DateChange | null;
}

/** Work in progress keeps its dates; a missing start is today (or its end, if earlier), a missing end follows from the hours left. */
function inProgress(own: number | undefined, ownEnd: number | undefined, days: number, today: number): Placed {
  const proposed: DateField[] = [];
  const start = own ?? Math.min(today, ownEnd ?? today);
  if (own === undefined) proposed.push('start');
  const end = ownEnd ?? Math.max(start, today) + days - 1;
  if (ownEnd === undefined) proposed.push('end');
  let change: DateChange | null = null;
  if (ownEnd !== undefined && ownEnd < today) {
    change = { code: 'overdue', start: fromDayNumber(start), end: fromDayNumber(today + days - 1) };
  }
  return { start, end, proposed, change };
}

/**
 * New work: the user's dates, and the missing ones from `earliest` (after today and the
 * dependencies); a proposed end stays before `limit` (the window's end less a day for each
 * activity after it), unless the start is already later.
 */
function newWork(own: number | undefined, ownEnd: number | undefined, days: number, earliest: number, limit: number): Placed {
  if (own !== undefined && ownEnd !== undefined) return { start: own, end: ownEnd, proposed: [], change: null };
  const endFrom = (start: number) => Math.max(start, Math.min(start + days - 1, limit));
  if (own !== undefined) return { start: own, end: endFrom(Math.max(own, earliest)), proposed: ['end'], change: null };
  if (ownEnd !== undefined) return { start: Math.min(earliest, ownEnd), end: ownEnd, proposed: ['start'], change: null };
  return { start: earliest, end: endFrom(earliest), proposed: ['start', 'end'], change: null };
}
