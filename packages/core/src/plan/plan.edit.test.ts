import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryPlan } from '../testing/plan.arbitraries.js';
import { buildActivity, buildGoal, buildPlan } from '../testing/plan.factories.js';
import { applyEdit, listItems, PLAN_LISTS, PlanIndex, type PlanEdit, type PlanListName } from './plan.edit.js';
import { validateChange, validatePlan } from './plan.parse.js';
import type { PlanDocument } from './plan.schema.js';

/*
 * An edit judged by the rules it can break must get the answer of validateChange on the whole
 * plan before and after it (issue 14): the same errors in the same order, the same plan.
 */

const LISTS = Object.keys(PLAN_LISTS) as PlanListName[];

/** Values a field of an edited item may get: ids of the plan and unknown ones, wrong types, dates in and out of order, quarters. */
function valuesFor(plan: PlanDocument): fc.Arbitrary<unknown> {
  const ids = LISTS.flatMap((list) => listItems(plan, list).map((item) => (item as { id?: string }).id).filter((id): id is string => id !== undefined));
  const id = ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.constant('no-such-id')) : fc.constant('no-such-id');
  return fc.oneof(
    { weight: 4, arbitrary: id },
    { weight: 3, arbitrary: fc.array(id, { maxLength: 3 }) },
    { weight: 2, arbitrary: fc.constantFrom('2026-12-31', '2027-01-01', '2027-06-30', '2027-02-30', '2030-01-01') },
    { weight: 2, arbitrary: fc.constantFrom('2027-Q1', '2027-Q2', '2026-Q4', '2031-Q1', '2027-Q5') },
    { weight: 1, arbitrary: fc.record({ date: fc.constantFrom('2026-01-01', '2028-01-01'), value: fc.integer() }) },
    { weight: 1, arbitrary: fc.array(fc.record({ quarter: fc.constantFrom('2027-Q1', '2027-Q2', '2031-Q1', 'Q1'), hours: fc.constantFrom(0, 10, -1) }), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(fc.record({ goal: id }), { maxLength: 3 }) },
    { weight: 2, arbitrary: fc.constantFrom(undefined, null, 42, -1, 0.5, true, '', '  padded  ', 'A title', 'x'.repeat(201)) },
  );
}

const FIELDS = ['id', 'title', 'name', 'theme', 'goals', 'kpis', 'depends_on', 'parent', 'kpi', 'start', 'end', 'date', 'period', 'quarters', 'budget_hours', 'activity', 'channel', 'baseline', 'target', 'horizon', 'experiments', 'bogus'];

/** An item for a list: one of the plan's items (of any list) or nothing, with some fields set, changed or taken out. */
function itemFor(plan: PlanDocument, list: PlanListName): fc.Arbitrary<unknown> {
  const own = listItems(plan, list);
  const others = LISTS.flatMap((name) => listItems(plan, name));
  const base = fc.oneof(own.length > 0 ? fc.constantFrom(...own) : fc.constant({}), others.length > 0 ? fc.constantFrom(...others) : fc.constant({}), fc.constant({}));
  const patch = fc.dictionary(fc.constantFrom(...FIELDS), valuesFor(plan), { maxKeys: 3 });
  return fc.oneof(
    { weight: 12, arbitrary: fc.tuple(base, patch).map(([item, fields]) => strip({ ...(item as object), ...fields })) },
    { weight: 1, arbitrary: fc.constantFrom(null, 'text', [1]) },
  );
}

/** A field set to undefined is a field left out, as in JSON. */
function strip(item: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined));
}

function editFor(plan: PlanDocument): fc.Arbitrary<PlanEdit> {
  return fc.constantFrom(...LISTS).chain((list): fc.Arbitrary<PlanEdit> => {
    const size = listItems(plan, list).length;
    const create = itemFor(plan, list).map((item): PlanEdit => ({ list, kind: 'create', item }));
    if (size === 0) return create;
    const index = fc.nat({ max: size - 1 });
    const ofIndex = fc.tuple(index, itemFor(plan, list));
    return fc.oneof(
      create,
      // An update keeps the item's id, as the server's do; a changed id is judged whole.
      { weight: 3, arbitrary: ofIndex.map(([at, item]): PlanEdit => ({ list, kind: 'update', index: at, item: keepId(item, listItems(plan, list)[at]) })) },
      index.map((at): PlanEdit => ({ list, kind: 'delete', index: at })),
    );
  });
}

function keepId(item: unknown, before: unknown): unknown {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
  const id = (before as { id?: string }).id;
  return strip({ ...item, id });
}

/** A plan stored before the rule of one review per quarter (its own error), half of the time. */
const storedPlans = fc.tuple(arbitraryPlan(), fc.boolean()).map(([plan, withError]) => (withError && plan.reviews?.[0] ? { ...plan, reviews: [...plan.reviews, { ...plan.reviews[0], id: 'again' }] } : plan));

/** Up to four edits in a row, each judged on the plan the accepted ones before it left. */
function expectSameAnswers(start: PlanDocument, pick: (plan: PlanDocument) => PlanEdit, knownErrors: boolean): void {
  let plan = start;
  let index = PlanIndex.of(plan, knownErrors ? validatePlan(plan).errors : undefined);
  for (let step = 0; step < 4; step++) {
    const edit = pick(plan);
    const expected = validateChange(plan, applyEdit(plan, edit));
    const result = index.validate(edit);
    expect(result.errors).toEqual(expected.errors);
    expect(result.plan).toEqual(expected.plan);
    if (!result.plan) continue;
    expect(result.clean).toBe(validatePlan(result.plan).errors.length === 0);
    const stored: PlanEdit = edit.kind === 'delete' ? edit : { ...edit, item: listItems(result.plan, edit.list)[edit.kind === 'create' ? listItems(result.plan, edit.list).length - 1 : edit.index] };
    index = index.edited(stored, result.clean);
    plan = result.plan;
    expect(index.plan).toEqual(plan);
  }
}

describe('PlanIndex.validate', () => {
  it('gives the errors and the plan of validateChange for random edits of random plans', () => {
    fc.assert(
      fc.property(storedPlans, fc.boolean(), fc.infiniteStream(fc.nat()), (plan, known, seeds) => {
        // Each step's edit is drawn for the plan of that step, from the next seed.
        const pick = (current: PlanDocument) => fc.sample(editFor(current), { numRuns: 1, seed: seeds.next().value })[0]!;
        expectSameAnswers(plan, pick, known);
      }),
      { numRuns: 150 },
    );
  }, 180_000);

  it('finds a dependency cycle that a changed depends_on closes, as the whole check words it', () => {
    const plan = buildPlan({
      goals: [buildGoal({ id: 'g' })],
      activities: [buildActivity({ id: 'a' }), buildActivity({ id: 'b', depends_on: ['a'] }), buildActivity({ id: 'c', depends_on: ['b'] })],
    });
    const edit: PlanEdit = { list: 'activities', kind: 'update', index: 0, item: { ...plan.activities![0], depends_on: ['c'] } };
    const result = PlanIndex.of(plan, []).validate(edit);
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([['activities[1].depends_on[0]', 'dependency_cycle']]);
    expect(result.errors).toEqual(validateChange(plan, applyEdit(plan, edit)).errors);
  });

  it('names every place that still uses a deleted goal, at its index after the delete', () => {
    const plan = buildPlan({
      goals: [buildGoal({ id: 'top' }), buildGoal({ id: 'child', parent: 'top' })],
      activities: [buildActivity({ id: 'a', goals: ['child', 'top'] })],
    });
    const result = PlanIndex.of(plan, []).validate({ list: 'goals', kind: 'delete', index: 0 });
    expect(result.errors.map((e) => e.path)).toEqual(['goals[0].parent', 'activities[0].goals[1]']);
  });
});
