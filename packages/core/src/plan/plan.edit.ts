import type { z } from 'zod';
import { formatPath, type FieldError } from '../shared/errors.js';
import { issueProblems } from '../shared/issues.js';
import { check, judgeChange, type PlanResult, withRuleErrors } from './plan.check.js';
import { SCHEMA_PARSE } from './plan.issues.js';
import {
  activityRules,
  campaignRules,
  Checker,
  checkDependencies,
  checkGoalParents,
  checkReviewQuarters,
  checkThemeQuarters,
  goalRules,
  type Ids,
  type IdsByKind,
  type Item,
  itemsOf,
  journeyRules,
  measurementRules,
  milestoneRules,
  objectOf,
  type ReferenceKind,
  reviewRules,
  textOf,
} from './plan.item-rules.js';
import {
  activitySchema,
  audienceSchema,
  campaignSchema,
  channelSchema,
  competitorSchema,
  goalSchema,
  kpiSchema,
  milestoneSchema,
  type PlanDocument,
  reviewSchema,
  themeSchema,
} from './plan.schema.js';

/*
 * A change to one item of a plan, judged by what it can break rather than by the whole plan
 * (issue 14): the item's schema, the ids it names, the places that name it when it goes, and
 * the rules of its list that span items (goal parents, dependencies, one review per quarter).
 * The answer is the one validateChange gives for the same plans; the ids of each list are
 * indexed once per plan (PlanIndex), so a change costs the same in a plan of any size.
 *
 * The shortcut needs a plan without errors, where every error after the change is one it
 * brings. A plan with an error of its own (a rule newer than the plan) is judged whole, as
 * validateChange does.
 */

/** The lists of a plan whose items a write can add, change or remove one at a time. */
export const PLAN_LISTS = {
  audiences: { path: ['situation', 'audiences'], schema: audienceSchema },
  competitors: { path: ['situation', 'competitors'], schema: competitorSchema },
  channels: { path: ['situation', 'channels'], schema: channelSchema, kind: 'channel' },
  campaigns: { path: ['situation', 'campaigns'], schema: campaignSchema },
  goals: { path: ['goals'], schema: goalSchema, kind: 'goal' },
  kpis: { path: ['kpis'], schema: kpiSchema, kind: 'kpi' },
  themes: { path: ['themes'], schema: themeSchema, kind: 'theme' },
  activities: { path: ['activities'], schema: activitySchema, kind: 'activity' },
  milestones: { path: ['milestones'], schema: milestoneSchema },
  reviews: { path: ['reviews'], schema: reviewSchema },
} as const satisfies Record<string, { path: readonly string[]; schema: z.ZodType; kind?: ReferenceKind }>;

export type PlanListName = keyof typeof PLAN_LISTS;

const LIST_NAMES = Object.keys(PLAN_LISTS) as PlanListName[];

/** One item added at the end of a list, changed in place, or removed. */
export type PlanEdit =
  | { list: PlanListName; kind: 'create'; item: unknown }
  | { list: PlanListName; kind: 'update'; index: number; item: unknown }
  | { list: PlanListName; kind: 'delete'; index: number };

export interface EditResult extends PlanResult {
  /** Whether the plan after the edit has no error at all (then the next edit can take the shortcut too). */
  clean: boolean;
}

type Doc = Record<string, unknown>;

/** The items of a list of the plan; none when the plan has no such list. */
export function listItems(plan: PlanDocument, list: PlanListName): readonly unknown[] {
  let value: unknown = plan;
  for (const part of PLAN_LISTS[list].path) value = value == null ? undefined : (value as Doc)[part];
  return Array.isArray(value) ? value : [];
}

/** The plan with one list replaced (the rest shared, not copied). */
function withList(plan: PlanDocument, list: PlanListName, items: unknown[]): PlanDocument {
  const copy: Doc = { ...plan };
  let parent = copy;
  const path = PLAN_LISTS[list].path;
  for (const part of path.slice(0, -1)) parent = parent[part] = { ...((parent[part] as Doc) ?? {}) };
  parent[path.at(-1)!] = items;
  return copy as PlanDocument;
}

/** The plan after the edit. */
export function applyEdit(plan: PlanDocument, edit: PlanEdit): PlanDocument {
  const items = listItems(plan, edit.list);
  if (edit.kind === 'create') return withList(plan, edit.list, [...items, edit.item]);
  if (edit.kind === 'update') return withList(plan, edit.list, items.map((item, n) => (n === edit.index ? edit.item : item)));
  return withList(plan, edit.list, items.filter((_, n) => n !== edit.index));
}

/** Each id of a list and the index of its first item. */
function idsOf(items: readonly unknown[]): Map<string, number> {
  const ids = new Map<string, number>();
  items.forEach((item, index) => {
    const id = textOf(objectOf(item).id);
    if (id !== undefined && !ids.has(id)) ids.set(id, index);
  });
  return ids;
}

const isObject = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A plan with the ids of its lists indexed, made once per stored version of the plan and
 * carried to the next version by `edited`, so that an edit is judged without a pass over the plan.
 */
export class PlanIndex {
  private constructor(
    readonly plan: PlanDocument,
    private readonly ids: Record<PlanListName, Map<string, number>>,
    /** The plan's own errors, once known: none means the shortcut applies. */
    private errors?: readonly FieldError[],
  ) {}

  /** The index of a plan; `errors`, when known, are the plan's own (validatePlan's), else the first edit that needs them finds them. */
  static of(plan: PlanDocument, errors?: readonly FieldError[]): PlanIndex {
    const ids = Object.fromEntries(LIST_NAMES.map((list) => [list, idsOf(listItems(plan, list))])) as Record<PlanListName, Map<string, number>>;
    return new PlanIndex(plan, ids, errors);
  }

  /** The index of the first item with this id in the list. */
  position(list: PlanListName, id: string): number | undefined {
    return this.ids[list].get(id);
  }

  /** validateChange(plan, applyEdit(plan, edit)), with whether the plan after it is clean. */
  validate(edit: PlanEdit): EditResult {
    const local = this.errors?.length === 0 ? this.validateLocally(edit) : undefined;
    if (local) return local;
    const after = applyEdit(this.plan, edit);
    const { plan, errors, clean } = judgeChange(() => (this.errors ??= check(this.plan).errors), after, check(after));
    return plan ? { plan, errors, clean } : { errors, clean };
  }

  /**
   * The index of the plan after an edit that was stored, `edit.item` as it was stored; `clean`
   * from its validation. Call it only once the edit is committed: a create adds its id to the
   * maps this index shares with the next one, and no writer can use this one after that.
   */
  edited(edit: PlanEdit, clean: boolean): PlanIndex {
    const plan = applyEdit(this.plan, edit);
    const ids = { ...this.ids };
    if (edit.kind === 'create') {
      const id = textOf(objectOf(edit.item).id);
      const map = ids[edit.list];
      if (id !== undefined && !map.has(id)) map.set(id, listItems(plan, edit.list).length - 1);
    } else if (edit.kind === 'delete' || textOf(objectOf(edit.item).id) !== textOf(objectOf(listItems(this.plan, edit.list)[edit.index]).id)) {
      ids[edit.list] = idsOf(listItems(plan, edit.list));
    }
    return new PlanIndex(plan, ids, clean ? [] : undefined);
  }

  /**
   * The errors of the edit on a clean plan, from the rules it can break; undefined when the edit
   * is of a kind left to the whole check (an item that is not an object, an id changed).
   */
  private validateLocally(edit: PlanEdit): EditResult | undefined {
    const items = listItems(this.plan, edit.list);
    if (edit.kind === 'delete') return this.deleteErrors(edit.list, edit.index, items);
    if (!isObject(edit.item)) return undefined;
    const index = edit.kind === 'create' ? items.length : edit.index;
    const id = textOf(edit.item.id);
    if (edit.kind === 'update' && id !== textOf(objectOf(items[index]).id)) return undefined;

    const listPath = formatPath(PLAN_LISTS[edit.list].path);
    const parsed = PLAN_LISTS[edit.list].schema.safeParse(edit.item, SCHEMA_PARSE);
    const schemaErrors = parsed.success
      ? []
      : issueProblems(parsed.error.issues).map(({ path, onKey: _onKey, ...error }) => ({ path: formatPath([...PLAN_LISTS[edit.list].path, index, ...path]), ...error }));
    const item = (parsed.success ? parsed.data : edit.item) as Item;
    const after = applyEdit(this.plan, { ...edit, item });

    const check = new Checker();
    const first = id === undefined ? undefined : this.ids[edit.list].get(id);
    if (edit.kind === 'create' && first !== undefined) check.duplicate(listPath, index, 'id', id!, first);
    const ids = this.idsAfter(edit.list, edit.kind === 'create' && id !== undefined && first === undefined ? { add: id, at: index } : undefined);
    this.itemRules(check, edit, item, index, ids, after, items[index]);
    const errors = withRuleErrors(schemaErrors, check.errors);
    if (errors.length > 0) return { errors, clean: false };
    return { plan: after, errors: [], clean: true };
  }

  /** The rules of one list that a created or changed item can break, in the order of checkPlanRules. */
  private itemRules(check: Checker, edit: PlanEdit, item: Item, index: number, ids: IdsByKind, after: PlanDocument, before: unknown): void {
    const changed = (field: string) => edit.kind === 'create' || JSON.stringify(item[field]) !== JSON.stringify(objectOf(before)[field]);
    switch (edit.list) {
      case 'campaigns':
        return campaignRules(check, item, index, ids);
      case 'goals':
        goalRules(check, item, index, ids);
        // A parent changed can close a cycle, which passes through this goal.
        if (changed('parent') && reaches(index, index, (at) => parentsOf(after, at, ids.goal))) checkGoalParents(check, after.goals, ids.goal);
        return;
      case 'activities':
        activityRules(check, item, index, ids);
        if (changed('depends_on') && reaches(index, index, (at) => dependenciesOf(after, at, ids.activity))) checkDependencies(check, after.activities, ids.activity);
        return;
      case 'themes':
        return checkThemeQuarters(check, `themes[${index}]`, item, objectOf(objectOf(after.plan).period));
      case 'milestones':
        return milestoneRules(check, item, index, ids);
      case 'reviews':
        checkReviewQuarters(check, after.reviews);
        return reviewRules(check, item, index, ids);
      default:
        return undefined;
    }
  }

  /** A delete from a clean plan breaks only the places that name what goes. */
  private deleteErrors(list: PlanListName, index: number, items: readonly unknown[]): EditResult {
    const after = applyEdit(this.plan, { list, kind: 'delete', index });
    const descriptor = PLAN_LISTS[list];
    if (!('kind' in descriptor)) return { plan: after, errors: [], clean: true };
    const ids = this.idsAfter(list, { remove: index, id: textOf(objectOf(items[index]).id) });
    const check = new Checker();
    const doc = objectOf(after);
    const situation = objectOf(doc.situation);
    const kind = descriptor.kind;
    const scan = (value: unknown, rules: (check: Checker, item: Item, i: number, ids: IdsByKind) => void) => {
      for (const [item, i] of itemsOf(value)) rules(check, item, i, ids);
    };
    if (kind === 'channel') scan(situation.campaigns, campaignRules);
    if (kind === 'goal' || kind === 'kpi') scan(doc.goals, goalRules);
    if (kind === 'kpi') scan(doc.measurements, measurementRules);
    if (kind === 'channel') scan(objectOf(doc.strategy).journey, journeyRules);
    if (kind !== 'channel') scan(doc.activities, activityRules);
    if (kind === 'goal' || kind === 'theme' || kind === 'activity') scan(doc.milestones, milestoneRules);
    if (kind === 'goal' || kind === 'kpi') scan(doc.reviews, reviewRules);
    return check.errors.length > 0 ? { errors: check.errors, clean: false } : { plan: after, errors: [], clean: true };
  }

  /** The ids of each kind after an edit of `list` that adds an id at an index, or removes an item. */
  private idsAfter(list: PlanListName, change?: { add: string; at: number } | { remove: number; id: string | undefined }): IdsByKind {
    const ids = {} as Record<ReferenceKind, Ids>;
    for (const name of LIST_NAMES) {
      const descriptor = PLAN_LISTS[name];
      if ('kind' in descriptor) ids[descriptor.kind] = name === list && change ? shifted(this.ids[name], change) : this.ids[name];
    }
    return ids;
  }
}

/** The ids of a list seen after one id is added at an index, or one item removed (the later ones move down). */
function shifted(ids: ReadonlyMap<string, number>, change: { add: string; at: number } | { remove: number; id: string | undefined }): Ids {
  if ('add' in change) {
    const get = (id: string) => ids.get(id) ?? (id === change.add ? change.at : undefined);
    return { get, has: (id) => get(id) !== undefined };
  }
  const get = (id: string) => {
    const index = id === change.id ? undefined : ids.get(id);
    return index !== undefined && index > change.remove ? index - 1 : index;
  };
  return { get, has: (id) => get(id) !== undefined };
}

function parentsOf(plan: PlanDocument, at: number, ids: Ids): number[] {
  const parent = textOf(objectOf(plan.goals?.[at]).parent);
  const index = parent === undefined ? undefined : ids.get(parent);
  return index === undefined ? [] : [index];
}

function dependenciesOf(plan: PlanDocument, at: number, ids: Ids): number[] {
  const dependsOn: unknown = objectOf(plan.activities?.[at]).depends_on;
  if (!Array.isArray(dependsOn)) return [];
  return dependsOn.flatMap((id: unknown) => {
    const index = typeof id === 'string' ? ids.get(id) : undefined;
    return index === undefined ? [] : [index];
  });
}

/** Whether `target` can be reached from `from` along at least one edge: only what is reachable is visited. */
function reaches(from: number, target: number, next: (at: number) => number[]): boolean {
  const seen = new Set<number>();
  const stack = [...next(from)];
  while (stack.length > 0) {
    const at = stack.pop()!;
    if (at === target) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    stack.push(...next(at));
  }
  return false;
}
