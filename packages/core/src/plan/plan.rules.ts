import { quarterOf } from '../shared/dates.js';
import { fieldError, type ErrorParams, type FieldError, type FieldErrorCode } from '../shared/errors.js';
import { FORMAT_PATTERNS } from '../shared/plan-values.js';
import type { PlanDocument } from './plan.schema.js';

/*
 * The cross-field rules of the plan document (plan-document.md): unique ids, references that
 * resolve, no cycles, dates in order. Every broken rule is reported, not only the first.
 *
 * The checks read the document defensively (a list that is not a list, an id that is not text
 * is skipped) so that readPlan can run them on a document that also failed the schema and
 * report both kinds of error at once.
 */

type Item = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What a reference points at, as the `kind` of an unknown_reference error. */
type ReferenceKind = 'channel' | 'goal' | 'kpi' | 'theme' | 'activity';

/** The entries of a list that are objects, with their index. */
function itemsOf(value: unknown): Array<[Item, number]> {
  if (!Array.isArray(value)) return [];
  const out: Array<[Item, number]> = [];
  value.forEach((item: unknown, index) => {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) out.push([item as Item, index]);
  });
  return out;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function objectOf(value: unknown): Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Item) : {};
}

class Checker {
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
      else {
        const first = `${listPath}[${seen}]`;
        this.report(`${listPath}[${index}].${field}`, 'duplicate', `duplicate ${field} "${value}", already used by ${first}`, { value, first });
      }
    }
    return first;
  }

  reference(path: string, value: unknown, ids: ReadonlyMap<string, number>, kind: ReferenceKind): void {
    const id = textOf(value);
    if (id !== undefined && !ids.has(id)) this.report(path, 'unknown_reference', `no ${kind} with id "${id}"`, { kind, id });
  }

  references(path: string, value: unknown, ids: ReadonlyMap<string, number>, kind: ReferenceKind): void {
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

export function checkPlanRules(plan: PlanDocument): FieldError[] {
  const doc = objectOf(plan);
  const check = new Checker();
  const situation = objectOf(doc.situation);
  const strategy = objectOf(doc.strategy);

  check.unique('situation.audiences', situation.audiences, 'id');
  check.unique('situation.competitors', situation.competitors, 'id');
  const channels = check.unique('situation.channels', situation.channels, 'id');
  check.unique('situation.campaigns', situation.campaigns, 'id');
  const goals = check.unique('goals', doc.goals, 'id');
  const kpis = check.unique('kpis', doc.kpis, 'id');
  const themes = check.unique('themes', doc.themes, 'id');
  const activities = check.unique('activities', doc.activities, 'id');
  check.unique('milestones', doc.milestones, 'id');
  check.unique('reviews', doc.reviews, 'id');
  check.unique('strategy.journey', strategy.journey, 'stage');

  check.order('plan.period.', objectOf(objectOf(doc.plan).period).start, objectOf(objectOf(doc.plan).period).end);

  for (const [campaign, i] of itemsOf(situation.campaigns)) {
    check.reference(`situation.campaigns[${i}].channel`, campaign.channel, channels, 'channel');
    check.order(`situation.campaigns[${i}].`, campaign.start, campaign.end);
  }

  for (const [goal, i] of itemsOf(doc.goals)) {
    check.reference(`goals[${i}].kpi`, goal.kpi, kpis, 'kpi');
    check.reference(`goals[${i}].parent`, goal.parent, goals, 'goal');
    const baseline = textOf(objectOf(goal.baseline).date);
    const target = textOf(objectOf(goal.target).date);
    if (baseline !== undefined && target !== undefined && target < baseline) {
      check.report(`goals[${i}].target.date`, 'target_before_baseline', `target date ${target} is before the baseline date ${baseline}`, { baseline, target });
    }
  }
  checkGoalParents(check, doc.goals, goals);

  for (const [measurement, i] of itemsOf(doc.measurements)) {
    check.reference(`measurements[${i}].kpi`, measurement.kpi, kpis, 'kpi');
  }

  for (const [step, i] of itemsOf(strategy.journey)) {
    check.references(`strategy.journey[${i}].touchpoints`, step.touchpoints, channels, 'channel');
  }

  for (const [activity, i] of itemsOf(doc.activities)) {
    const path = `activities[${i}]`;
    check.reference(`${path}.theme`, activity.theme, themes, 'theme');
    check.references(`${path}.goals`, activity.goals, goals, 'goal');
    check.references(`${path}.kpis`, activity.kpis, kpis, 'kpi');
    check.references(`${path}.depends_on`, activity.depends_on, activities, 'activity');
    check.order(`${path}.`, activity.start, activity.end);
  }
  checkDependencies(check, doc.activities, activities);

  const period = objectOf(objectOf(doc.plan).period);
  for (const [theme, i] of itemsOf(doc.themes)) checkThemeQuarters(check, `themes[${i}]`, theme, period);

  for (const [milestone, i] of itemsOf(doc.milestones)) {
    check.reference(`milestones[${i}].theme`, milestone.theme, themes, 'theme');
    check.reference(`milestones[${i}].activity`, milestone.activity, activities, 'activity');
    check.references(`milestones[${i}].goals`, milestone.goals, goals, 'goal');
  }

  checkReviewQuarters(check, doc.reviews);
  for (const [review, r] of itemsOf(doc.reviews)) {
    const path = `reviews[${r}]`;
    check.unique(`${path}.goals`, review.goals, 'goal');
    for (const [reviewGoal, i] of itemsOf(review.goals)) {
      check.reference(`${path}.goals[${i}].goal`, reviewGoal.goal, goals, 'goal');
    }
    for (const [experiment, i] of itemsOf(review.experiments)) {
      check.reference(`${path}.experiments[${i}].goal`, experiment.goal, goals, 'goal');
      check.reference(`${path}.experiments[${i}].kpi`, experiment.kpi, kpis, 'kpi');
      check.order(`${path}.experiments[${i}].`, experiment.start, experiment.end);
    }
  }

  return check.errors;
}

/**
 * A theme's budget per quarter: each quarter once and within the plan period, and their sum
 * equal to budget_hours when the theme gives that too (the web app keeps the two equal).
 */
function checkThemeQuarters(check: Checker, path: string, theme: Item, period: Item): void {
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
function checkReviewQuarters(check: Checker, list: unknown): void {
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
function checkGoalParents(check: Checker, list: unknown, ids: ReadonlyMap<string, number>): void {
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
function checkDependencies(check: Checker, list: unknown, ids: ReadonlyMap<string, number>): void {
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
