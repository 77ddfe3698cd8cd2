import { quarterOf } from '../shared/dates.js';
import { fieldError, type ErrorParams, type FieldError, type FieldErrorCode } from '../shared/errors.js';
import { FORMAT_PATTERNS } from '../shared/plan-values.js';

/*
 * The parts of the plan's cross-field rules (plan.rules.ts), one item or one list at a time, so
 * that a change to one item can be judged by the rules of that item (plan.edit.ts) with the same
 * code, the same paths and the same words as the whole plan.
 *
 * The checks read the document defensively (a list that is not a list, an id that is not text
 * is skipped) so that readPlan can run them on a document that also failed the schema and
 * report both kinds of error at once.
 */

export type Item = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a reference points at, as the `kind` of an unknown_reference error. */
export type ReferenceKind = 'channel' | 'goal' | 'kpi' | 'theme' | 'activity';

/** The index of each id of a list (the first of a repeated id). */
export type Ids = Pick<ReadonlyMap<string, number>, 'has' | 'get'>;

/** The ids that references point at, by what they point at. */
export type IdsByKind = Record<ReferenceKind, Ids>;

/** The entries of a list that are objects, with their index. */
export function itemsOf(value: unknown): Array<[Item, number]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[Item, number]> = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) out.push([item as Item, index]);
  });
  return out;
}

export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function objectOf(value: unknown): Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Item) : {};
}

export class Checker {
  readonly errors: FieldError[] = [];

  report(path: string, code: FieldErrorCode, message: string, params?: ErrorParams): void {
    this.errors.push(fieldError(path, code, message, params));
  }

  /**
   * Reports every repeated value of `field` in a list and returns each value's first index
   * (references resolve to the first of a repeated id).
   */
  unique(listPath: string, list: unknown, field: string): Map<string, number> {
    const first = new Map<string, number>();
    for (const [item, index] of itemsOf(list)) {
      const value = textOf(item[field]);
      if (value === undefined) continue;
      const seen = first.get(value);
      if (seen === undefined) first.set(value, index);
      else this.duplicate(listPath, index, field, value, seen);
    }
    return first;
  }

  /** The item at `index` repeats the value of `field` that the item at `seen` has. */
  duplicate(listPath: string, index: number, field: string, value: string, seen: number): void {
    const first = `${listPath}[${seen}]`;
    this.report(`${listPath}[${index}].${field}`, 'duplicate', `duplicate ${field} "${value}", already used by ${first}`, { value, first });
  }

  reference(path: string, value: unknown, ids: Ids, kind: ReferenceKind): void {
    const id = textOf(value);
    if (id !== undefined && !ids.has(id)) this.report(path, 'unknown_reference', `no ${kind} with id "${id}"`, { kind, id });
  }

  references(path: string, value: unknown, ids: Ids, kind: ReferenceKind): void {
    if (!Array.isArray(value)) return;
    value.forEach((id: unknown, index) => this.reference(`${path}[${index}]`, id, ids, kind));
  }

  /** An end date before its start date is reported on the end. */
  order(path: string, start: unknown, end: unknown): void {
    const from = textOf(start);
    const to = textOf(end);
    if (from !== undefined && to !== undefined && to < from) {
      this.report(`${path}end`, 'end_before_start', `end ${to} is before start ${from}`, { start: from, end: to });
    }
  }
}

export function campaignRules(check: Checker, campaign: Item, i: number, ids: IdsByKind): void {
  check.reference(`situation.campaigns[${i}].channel`, campaign.channel, ids.channel, 'channel');
  check.order(`situation.campaigns[${i}].`, campaign.start, campaign.end);
}

export function goalRules(check: Checker, goal: Item, i: number, ids: IdsByKind): void {
  check.reference(`goals[${i}].kpi`, goal.kpi, ids.kpi, 'kpi');
  check.reference(`goals[${i}].parent`, goal.parent, ids.goal, 'goal');
  const baseline = textOf(objectOf(goal.baseline).date);
  const target = textOf(objectOf(goal.target).date);
  if (baseline !== undefined && target !== undefined && target < baseline) {
    check.report(`goals[${i}].target.date`, 'target_before_baseline', `target date ${target} is before the baseline date ${baseline}`, { baseline, target });
  }
}

export function measurementRules(check: Checker, measurement: Item, i: number, ids: IdsByKind): void {
  check.reference(`measurements[${i}].kpi`, measurement.kpi, ids.kpi, 'kpi');
}

export function journeyRules(check: Checker, step: Item, i: number, ids: IdsByKind): void {
  check.references(`strategy.journey[${i}].touchpoints`, step.touchpoints, ids.channel, 'channel');
}

export function activityRules(check: Checker, activity: Item, i: number, ids: IdsByKind): void {
  const path = `activities[${i}]`;
  check.reference(`${path}.theme`, activity.theme, ids.theme, 'theme');
  check.references(`${path}.goals`, activity.goals, ids.goal, 'goal');
  check.references(`${path}.kpis`, activity.kpis, ids.kpi, 'kpi');
  check.references(`${path}.depends_on`, activity.depends_on, ids.activity, 'activity');
  check.order(`${path}.`, activity.start, activity.end);
}

export function milestoneRules(check: Checker, milestone: Item, i: number, ids: IdsByKind): void {
  check.reference(`milestones[${i}].theme`, milestone.theme, ids.theme, 'theme');
  check.reference(`milestones[${i}].activity`, milestone.activity, ids.activity, 'activity');
  check.references(`milestones[${i}].goals`, milestone.goals, ids.goal, 'goal');
}

export function reviewRules(check: Checker, review: Item, r: number, ids: IdsByKind): void {
  const path = `reviews[${r}]`;
  check.unique(`${path}.goals`, review.goals, 'goal');
  for (const [reviewGoal, i] of itemsOf(review.goals)) {
    check.reference(`${path}.goals[${i}].goal`, reviewGoal.goal, ids.goal, 'goal');
  }
  for (const [experiment, i] of itemsOf(review.experiments)) {
    check.reference(`${path}.experiments[${i}].goal`, experiment.goal, ids.goal, 'goal');
    check.reference(`${path}.experiments[${i}].kpi`, experiment.kpi, ids.kpi, 'kpi');
    check.order(`${path}.experiments[${i}].`, experiment.start, experiment.end);
  }
}

/**
 * A theme's budget per quarter: each quarter once and within the plan period, and their sum
 * equal to budget_hours when the theme gives that too (the web app keeps the two equal).
 */
export function checkThemeQuarters(check: Checker, path: string, theme: Item, period: Item): void {
  check.unique(`${path}.quarters`, theme.quarters, 'quarter');
  const start = textOf(period.start);
  const end = textOf(period.end);
  const dated = start !== undefined && end !== undefined && ISO_DATE.test(start) && ISO_DATE.test(end);
  let sum = 0;
  for (const [entry, j] of itemsOf(theme.quarters)) {
    const quarter = textOf(entry.quarter);
    if (dated && quarter !== undefined && FORMAT_PATTERNS.quarter.test(quarter) && (quarter < quarterOf(start) || quarter > quarterOf(end))) {
      check.report(`${path}.quarters[${j}].quarter`, 'outside_period', `${quarter} is outside the plan period ${start} to ${end}`, { value: quarter, start, end });
    }
    if (typeof entry.hours === 'number') sum += entry.hours;
  }
  const total = theme.budget_hours;
  // Hours are typed with decimals; a sum of them may be off in the last binary digits.
  if (Array.isArray(theme.quarters) && typeof total === 'number' && Math.abs(sum - total) > 1e-6 * Math.max(1, total)) {
    const said = Math.round(sum * 1e6) / 1e6;
    check.report(`${path}.budget_hours`, 'sum_mismatch', `budget_hours is ${total}, but the quarters add up to ${said}`, { total, sum: said });
  }
}

/**
 * The quarter a review looks back on: its period, or the quarter of its date when it gives no
 * period. Undefined when neither can be read.
 */
export function reviewQuarter(review: { date?: unknown; period?: unknown }): string | undefined {
  const period = textOf(review.period);
  if (period !== undefined) return FORMAT_PATTERNS.quarter.test(period) ? period : undefined;
  const date = textOf(review.date);
  return date !== undefined && ISO_DATE.test(date) ? quarterOf(date) : undefined;
}

/** One review per quarter: a second one is reported on the field that names its quarter. */
export function checkReviewQuarters(check: Checker, list: unknown): void {
  const first = new Map<string, number>();
  for (const [review, index] of itemsOf(list)) {
    const quarter = reviewQuarter(review);
    if (quarter === undefined) continue;
    const seen = first.get(quarter);
    if (seen === undefined) first.set(quarter, index);
    else {
      const field = textOf(review.period) === undefined ? 'date' : 'period';
      const earlier = `reviews[${seen}]`;
      check.report(`reviews[${index}].${field}`, 'duplicate', `${earlier} already reviews ${quarter}; a plan has one review per quarter`, { value: quarter, first: earlier });
    }
  }
}

/**
 * Each goal has at most one parent, so following parents from any goal either ends or enters
 * a cycle. A cycle is reported once, on the parent field of its first goal in the document.
 */
export function checkGoalParents(check: Checker, list: unknown, ids: Ids): void {
  const goals = Array.isArray(list) ? list : [];
  const parentOf = (index: number): number | undefined => {
    const parent = textOf(objectOf(goals[index]).parent);
    return parent === undefined ? undefined : ids.get(parent);
  };
  const idOf = (index: number): string => textOf(objectOf(goals[index]).id) ?? '';
  const state = new Array<'walking' | 'done' | undefined>(goals.length);

  for (let start = 0; start < goals.length; start++) {
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === undefined) {
      state[at] = 'walking';
      walk.push(at);
      at = parentOf(at);
    }
    if (at !== undefined && state[at] === 'walking') {
      const cycle = walk.slice(walk.indexOf(at));
      const first = Math.min(...cycle);
      if (cycle.length === 1) {
        check.report(`goals[${first}].parent`, 'own_parent', `goal "${idOf(first)}" cannot be its own parent`, { id: idOf(first) });
      } else {
        const from = cycle.indexOf(first);
        const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
        const ids = ordered.map(idOf);
        check.report(`goals[${first}].parent`, 'parent_cycle', `goal parents form a cycle: ${ids.join(' → ')}`, { cycle: ids });
      }
    }
    for (const index of walk) state[index] = 'done';
  }
}

/**
 * Depth-first search over depends_on; every edge back into the current path closes a cycle,
 * reported on that edge. Iterative, so that a long chain of dependencies cannot overflow the stack.
 */
export function checkDependencies(check: Checker, list: unknown, ids: Ids): void {
  const activities = Array.isArray(list) ? list : [];
  const idOf = (index: number): string => textOf(objectOf(activities[index]).id) ?? '';
  const edges = activities.map((activity: unknown, index) => {
    const dependsOn: unknown = objectOf(activity).depends_on;
    const targets: Array<{ to: number; slot: number }> = [];
    if (!Array.isArray(dependsOn)) return targets;
    dependsOn.forEach((id: unknown, slot) => {
      const to = typeof id === 'string' ? ids.get(id) : undefined;
      if (to === undefined) return;
      if (to === index) {
        check.report(`activities[${index}].depends_on[${slot}]`, 'own_dependency', `activity "${idOf(index)}" cannot depend on itself`, { id: idOf(index) });
      } else {
        targets.push({ to, slot });
      }
    });
    return targets;
  });

  const state = new Array<'open' | 'done' | undefined>(activities.length);
  for (let root = 0; root < activities.length; root++) {
    if (state[root] !== undefined) continue;
    const path: number[] = [root];
    const next: number[] = [0];
    state[root] = 'open';
    while (path.length > 0) {
      const at = path[path.length - 1];
      const edge = edges[at][next[next.length - 1]++];
      if (edge === undefined) {
        state[at] = 'done';
        path.pop();
        next.pop();
      } else if (state[edge.to] === 'open') {
        const cycle = [...path.slice(path.indexOf(edge.to)), edge.to].map(idOf);
        check.report(`activities[${at}].depends_on[${edge.slot}]`, 'dependency_cycle', `dependencies form a cycle: ${cycle.join(' → ')}`, { cycle });
      } else if (state[edge.to] === undefined) {
        state[edge.to] = 'open';
        path.push(edge.to);
        next.push(0);
      }
    }
  }
}
