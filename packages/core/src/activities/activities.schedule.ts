import { fromDayNumber, toDayNumber, type IsoDate } from '../shared/dates.js';

/*
 * Proposed dates for the activities of a quarter plan. Each starts as early as it may (not
 * before the window, not before `earliest` unless already in progress, not before its own
 * planned start when that lies in the window) and after every dependency has ended; it keeps its planned length, or
 * gets one from its hours. Work is not levelled over the weeks: the knapsack already
 * keeps the quarter's total within capacity.
 * So that a chain of dependent activities fits, an activity ends early enough to leave one
 * day for each activity after it in the chain. A chain longer than the window cannot be
 * ordered inside it; its last activities then share the window's last day.
 */

/** Working hours in a day and working days in a week, to turn hours into a duration. */
const HOURS_PER_DAY = 8;
const WORKDAYS_PER_WEEK = 5;

export interface ScheduleItem {
  id: string;
  hours: number;
  start?: IsoDate;
  end?: IsoDate;
  /** Already in progress: it may have started before `earliest`. */
  kept: boolean;
  dependsOn: readonly string[];
}

export interface DateRange {
  start: IsoDate;
  end: IsoDate;
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

export function proposeDates(
  items: readonly ScheduleItem[],
  window: DateRange,
  earliest: IsoDate,
): Map<string, DateRange> {
  const first = toDayNumber(window.start);
  const last = toDayNumber(window.end);
  const notBefore = Math.min(Math.max(toDayNumber(earliest), first), last);
  const ids = new Set(items.map((item) => item.id));
  const deps = new Map(items.map((item) => [item.id, item.dependsOn.filter((d) => ids.has(d))]));
  const order = topologicalOrder(items, deps);

  // tail: how many activities at most follow this one in a dependency chain.
  const tail = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    for (const d of deps.get(order[i].id) ?? []) {
      tail.set(d, Math.max(tail.get(d) ?? 0, (tail.get(order[i].id) ?? 0) + 1));
    }
  }

  const ends = new Map<string, number>();
  const result = new Map<string, DateRange>();
  for (const item of order) {
    const own = item.start ? toDayNumber(item.start) : undefined;
    // A planned start after the window is moved into it: choosing the activity brings it forward.
    let start = Math.max(item.kept ? first : notBefore, own !== undefined && own <= last ? own : first);
    for (const d of deps.get(item.id) ?? []) {
      const depEnd = ends.get(d);
      if (depEnd !== undefined) start = Math.max(start, depEnd + 1);
    }
    const limit = Math.max(first, last - (tail.get(item.id) ?? 0));
    start = Math.min(start, limit);
    const ownEnd = item.end ? toDayNumber(item.end) : undefined;
    const plannedLength = own !== undefined && ownEnd !== undefined && ownEnd >= own ? ownEnd - own + 1 : undefined;
    let end: number;
    if (item.kept && ownEnd !== undefined && ownEnd >= start) end = ownEnd;
    else end = start + (item.kept ? daysForHours(item.hours) : (plannedLength ?? daysForHours(item.hours))) - 1;
    end = Math.min(end, limit);
    ends.set(item.id, end);
    result.set(item.id, { start: fromDayNumber(start), end: fromDayNumber(end) });
  }
  return result;
}
