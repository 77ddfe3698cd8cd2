import type { DateRange, QuarterActivity } from '@kurs/core';

/*
 * What accepting a 90-day plan writes, from the engine's proposal and the changes the user
 * ticked: every chosen activity that is not yet in progress becomes planned; a date is sent
 * only where the activity had none (the plan proposed it) or where the user ticked a change.
 * A date the user set and did not tick a change for is never sent, so never changed.
 */

export interface AcceptedActivity {
  id: string;
  version: number;
  start?: string;
  end?: string;
}

export interface AcceptLine {
  activity: QuarterActivity;
  /** Not yet in progress: it becomes planned. */
  becomesPlanned: boolean;
  /** The dates it gets for the first time. */
  newDates: Partial<DateRange>;
  /** The change the user ticked: its dates move from `activity.current` to these. */
  moved: DateRange | null;
}

/** One line per activity that accepting changes, in the proposal's order. */
export function acceptLines(chosen: readonly QuarterActivity[], ticked: ReadonlySet<string>): AcceptLine[] {
  return chosen.flatMap((activity) => {
    const moved = activity.change && ticked.has(activity.id) ? { start: activity.change.start, end: activity.change.end } : null;
    const newDates: Partial<DateRange> = {};
    if (!moved) {
      if (activity.proposed.includes('start')) newDates.start = activity.start;
      if (activity.proposed.includes('end')) newDates.end = activity.end;
    }
    const line = { activity, becomesPlanned: !activity.kept, newDates, moved };
    return line.becomesPlanned || moved || Object.keys(newDates).length > 0 ? [line] : [];
  });
}

/** The request body's activities: each with the version the user read and only the dates to write. */
export function acceptRequest(lines: readonly AcceptLine[], versionOf: (id: string) => number): AcceptedActivity[] {
  return lines.map(({ activity, newDates, moved }) => ({ id: activity.id, version: versionOf(activity.id), ...newDates, ...moved }));
}
