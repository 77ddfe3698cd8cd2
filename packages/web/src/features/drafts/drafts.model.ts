import type { FieldError, Step } from '@kurs/core';
import { STEPS } from '@kurs/core/browser';
import type { CollectionName, Entity } from '../../shared/api/api.types';

/*
 * What a starting plan brought and the user has not confirmed yet, gathered from the plan's
 * collections and grouped by the step that edits it; and what became of a batch of confirms
 * or deletes. Pure, so that the rules are tested apart from the page.
 */

/** The collections whose items a template marks as drafts, in the order a step shows them. */
export const DRAFT_COLLECTIONS = ['audiences', 'competitors', 'channels', 'goals', 'kpis', 'themes', 'activities', 'milestones'] as const;
export type DraftCollection = (typeof DRAFT_COLLECTIONS)[number];

/** Where each collection sits in the plan document, and the step page that edits it (as the health check's `template-drafts` names them). */
export const DRAFT_PLACES: Record<DraftCollection, { step: Step; at: string }> = {
  audiences: { step: 'situation', at: 'situation.audiences' },
  competitors: { step: 'situation', at: 'situation.competitors' },
  channels: { step: 'situation', at: 'situation.channels' },
  goals: { step: 'goals', at: 'goals' },
  kpis: { step: 'kpis', at: 'kpis' },
  themes: { step: 'themes', at: 'themes' },
  activities: { step: 'activities', at: 'activities' },
  milestones: { step: 'roadmap', at: 'milestones' },
};

/** Where the other collections sit, for naming a place that still uses what a delete would remove. */
const OTHER_PLACES: Partial<Record<CollectionName, string>> = { campaigns: 'situation.campaigns', reviews: 'reviews' };

/** The plan's lists as the API gives them; a list not (yet) read is left out. */
export type PlanLists = { [C in CollectionName]?: readonly Entity<C>[] };

export interface DraftItem {
  collection: DraftCollection;
  entity: Entity<DraftCollection>;
  /** Its path in the plan document, as fix links and `?focus=` name it (`goals[2]`). */
  path: string;
  name: string;
}

export interface DraftGroup {
  step: Step;
  items: DraftItem[];
}

/** The rule `template-drafts` of the health check, which names one finding per draft. */
export const DRAFTS_RULE = 'template-drafts';

/** How many drafts the health check names. */
export function draftCount(findings: readonly { rule: string }[]): number {
  return findings.filter((f) => f.rule === DRAFTS_RULE).length;
}

/** One item's key: the same while it is the same thing, whatever its version. */
export function draftKey(item: Pick<DraftItem, 'collection' | 'entity'>): string {
  return `${item.collection}/${item.entity.id}`;
}

const nameOf = (entity: { name?: string; title?: string }): string => entity.name ?? entity.title ?? '';

/** Every draft of the plan, grouped by the step that edits it, steps in the method's order; a step without drafts is left out. */
export function draftGroups(lists: PlanLists): DraftGroup[] {
  const byStep = new Map<Step, DraftItem[]>();
  for (const collection of DRAFT_COLLECTIONS) {
    const { step, at } = DRAFT_PLACES[collection];
    const entities = (lists[collection] ?? []) as readonly Entity<DraftCollection>[];
    entities.forEach((entity, i) => {
      if (entity.draft !== true) return;
      const items = byStep.get(step) ?? [];
      items.push({ collection, entity, path: `${at}[${i}]`, name: nameOf(entity) });
      byStep.set(step, items);
    });
  }
  return STEPS.filter((step) => byStep.has(step)).map((step) => ({ step, items: byStep.get(step)! }));
}

// What refers to what: a milestone to its activity and theme, an activity to goals, KPIs and its
// theme, a goal to its KPI and parent. Deleted in this order, the items of one batch do not hold
// each other back.
const DELETE_ORDER: readonly DraftCollection[] = ['milestones', 'activities', 'goals', 'kpis', 'themes', 'channels', 'audiences', 'competitors'];

/** The order to delete `items` in: what refers to others first, and a subgoal before its parent. */
export function deleteOrder(items: readonly DraftItem[], goals: readonly { id: string; parent?: string }[] = []): DraftItem[] {
  const parentOf = new Map(goals.map((g) => [g.id, g.parent]));
  const depth = (id: string): number => {
    let n = 0;
    const seen = new Set<string>();
    for (let at = parentOf.get(id); at !== undefined && !seen.has(at); at = parentOf.get(at)) {
      seen.add(at);
      n++;
    }
    return n;
  };
  const rank = (item: DraftItem) => DELETE_ORDER.indexOf(item.collection);
  return [...items].sort((a, b) => rank(a) - rank(b) || (a.collection === 'goals' ? depth(b.entity.id) - depth(a.entity.id) : 0));
}

/** A batch's outcome per item: why it was refused, in words, if it was. */
export interface Outcome {
  item: DraftItem;
  reason?: string;
}

export interface BatchSummary {
  action: 'confirm' | 'delete';
  done: DraftItem[];
  failed: { item: DraftItem; reason: string }[];
}

export function summarise(action: BatchSummary['action'], outcomes: readonly Outcome[]): BatchSummary {
  return {
    action,
    done: outcomes.filter((o) => o.reason === undefined).map((o) => o.item),
    failed: outcomes.flatMap((o) => (o.reason === undefined ? [] : [{ item: o.item, reason: o.reason }])),
  };
}

/** Where a path of the plan document points: a list and an index in it (`situation.campaigns[1].channel`). */
function placeOf(path: string): { collection: CollectionName; index: number } | undefined {
  const places = { ...OTHER_PLACES, ...Object.fromEntries(DRAFT_COLLECTIONS.map((c) => [c, DRAFT_PLACES[c].at])) } as Record<CollectionName, string>;
  for (const [collection, at] of Object.entries(places) as [CollectionName, string][]) {
    const match = path.startsWith(`${at}[`) ? /^\[(\d+)\]/.exec(path.slice(at.length)) : null;
    if (match) return { collection, index: Number(match[1]) };
  }
  return undefined;
}

/**
 * The names of what still uses an item whose delete was refused (409 `in_use`): each field error
 * `uses` points into the plan as it would be after the delete, so an index in a list that lost
 * items (`removed`: this one and those deleted before it in the batch, with their paths before)
 * is counted back to the list as `lists` has it. A place that is no item of a list (the
 * strategy's customer journey) keeps its path.
 */
export function usedBy(errors: readonly FieldError[], lists: PlanLists, removed: readonly Pick<DraftItem, 'collection' | 'path'>[]): string[] {
  const names = errors
    .filter((e) => e.code === 'uses')
    .map((e) => {
      const place = placeOf(e.path);
      if (!place) return e.path;
      let index = place.index;
      const gone = removed
        .filter((r) => r.collection === place.collection)
        .map((r) => placeOf(r.path)?.index ?? -1)
        .sort((a, b) => a - b);
      for (const at of gone) if (at <= index) index++;
      const entity = (lists[place.collection] as readonly { name?: string; title?: string; date?: string }[] | undefined)?.[index];
      return entity ? nameOf(entity) || entity.date || e.path : e.path;
    });
  return [...new Set(names)];
}
