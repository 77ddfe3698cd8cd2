import type { Activity } from '../plan/plan.schema.js';
import { PRIORITY_CLASSES, type PriorityClass, type PriorityOf } from './activities.priority.js';
import type { LeftOutCode } from './activities.quarter-verdicts.js';
import { reason, round2, type Reason } from './activities.reason.js';

/*
 * What the 90-day plan says about room: why an activity that could have been chosen did not
 * fit (the hours its pool had left, what took them, and what leaving out every chosen activity
 * of a lower priority would free), and the warning when work in progress alone takes more than
 * a pool's capacity. What took the room is summed once per pool, not once per activity left out.
 */

export type QuarterWarningCode = 'kept_over_capacity';

/** The choice as these words need it; a pool is an index of `poolNames` ('*' alone when one capacity is shared). */
export interface RoomFacts {
  shared: boolean;
  poolNames: readonly string[];
  poolOf: (activity: Activity) => number;
  /** Per pool: its capacity, the hours work in progress takes, the hours of everything chosen. */
  capacities: readonly number[];
  keptHours: readonly number[];
  usedHours: readonly number[];
  /** The newly chosen activities: work in progress is kept whatever it depends on, so only these need anything of the choice. */
  newChosen: readonly Activity[];
  hoursOf: (activity: Activity) => number;
  priority: (activity: Activity) => PriorityOf;
  byId: ReadonlyMap<string, Activity>;
}

const CLASS_WORDS: Record<PriorityClass, string> = {
  urgent_goal: 'urgent, important and serving a goal',
  urgent: 'urgent and important',
  goal: 'serving a goal',
  other: 'serving no goal',
};

interface Taken {
  params: Reason<LeftOutCode>['params'];
  words: string[];
}

/** Adds to `needed` every activity that those of `from` depend on, directly or not. */
function addDependencies(byId: ReadonlyMap<string, Activity>, from: readonly Activity[], needed: Set<string>): Set<string> {
  const stack = [...from];
  while (stack.length) {
    for (const id of (stack.pop() as Activity).depends_on ?? []) {
      const dependency = byId.get(id);
      if (dependency && !needed.has(id)) {
        needed.add(id);
        stack.push(dependency);
      }
    }
  }
  return needed;
}

/** The reason `capacity` of each activity left out for want of room. */
export function capacityReasons(facts: RoomFacts): (activity: Activity) => Reason<LeftOutCode> {
  const { shared, poolNames, poolOf, newChosen, hoursOf, priority } = facts;
  const taken = new Map<number, Taken>();
  const neededAbove = new Map<number, Set<string>>();

  /** What took the room in a pool: work in progress, and the newly chosen per class of priority. */
  function takenIn(pool: number): Taken {
    let found = taken.get(pool);
    if (found) return found;
    found = { params: {}, words: [] };
    if (facts.keptHours[pool] > 0) {
      found.params.kept_hours = round2(facts.keptHours[pool]);
      found.words.push(`${found.params.kept_hours} h of work in progress`);
    }
    for (const cls of PRIORITY_CLASSES) {
      const inClass = newChosen.filter((a) => poolOf(a) === pool && priority(a).class === cls);
      if (inClass.length === 0) continue;
      const classHours = round2(inClass.reduce((sum, a) => sum + hoursOf(a), 0));
      found.params[`${cls}_count`] = inClass.length;
      found.params[`${cls}_hours`] = classHours;
      found.words.push(`${classHours} h for ${inClass.length} ${inClass.length === 1 ? 'activity' : 'activities'} ${CLASS_WORDS[cls]}`);
    }
    taken.set(pool, found);
    return found;
  }

  /**
   * Hours of chosen activities of a lower priority than `activity`, in its pool, that could make
   * room for it: those that neither it nor a chosen activity of its priority or higher depends on.
   */
  function freeableBelow(activity: Activity): number {
    const tier = priority(activity).tier;
    let above = neededAbove.get(tier);
    if (!above) {
      above = addDependencies(facts.byId, newChosen.filter((a) => priority(a).tier >= tier), new Set());
      neededAbove.set(tier, above);
    }
    const own = addDependencies(facts.byId, [activity], new Set());
    const pool = poolOf(activity);
    return newChosen
      .filter((a) => poolOf(a) === pool && priority(a).tier < tier && !above.has(a.id) && !own.has(a.id))
      .reduce((sum, a) => sum + hoursOf(a), 0);
  }

  return (activity) => {
    const pool = poolOf(activity);
    const hours = hoursOf(activity);
    const free = round2(Math.max(0, facts.capacities[pool] - facts.usedHours[pool]));
    const room = takenIn(pool);
    const params: Reason<LeftOutCode>['params'] = { ...(!shared && { team: poolNames[pool] }), hours, free_hours: free, ...room.params };
    const where = shared ? 'left this quarter' : `left for team ${poolNames[pool]} this quarter`;
    let text = `needs ${hours} h; ${free} h are ${where}${room.words.length ? ` after ${room.words.join(', ')}` : ''}`;
    const lower = freeableBelow(activity);
    if (lower > 0) {
      params.free_without_lower = round2(free + lower);
      text += `; leaving out every activity of a lower priority would free only ${params.free_without_lower} h`;
    }
    return reason('capacity', params, text);
  };
}

/** What the reader must know first: each pool where work in progress alone takes more than the capacity. */
export function capacityWarnings(facts: Pick<RoomFacts, 'shared' | 'poolNames' | 'capacities' | 'keptHours'>): Reason<QuarterWarningCode>[] {
  return facts.poolNames.flatMap((name, pool) => {
    const capacity = facts.capacities[pool];
    if (facts.keptHours[pool] <= capacity + 1e-9) return [];
    const kept = round2(facts.keptHours[pool]);
    const over = round2(kept - capacity);
    const params: Reason<QuarterWarningCode>['params'] = { ...(!facts.shared && { team: name }), kept_hours: kept, capacity_hours: capacity, over_hours: over };
    const whose = facts.shared ? '' : ` of team ${name}`;
    return [
      reason('kept_over_capacity', params, `work already in progress${whose} needs ${kept} h of these 90 days, more than the ${capacity} h available: nothing new fits, and the plan uses ${over} h more than there are`),
    ];
  });
}
