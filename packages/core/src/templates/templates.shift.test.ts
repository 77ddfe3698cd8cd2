import { describe, expect, it } from 'vitest';
import { bookshopPlan } from '../demo/bookshop.plan.js';
import { validatePlan } from '../plan/plan.parse.js';
import type { Period, PlanDocument } from '../plan/plan.schema.js';
import { addDays, daysBetween } from '../shared/dates.js';
import { DomainError } from '../shared/errors.js';
import { TEMPLATE_IDS } from './templates.catalogue.js';
import { shiftPlanDates } from './templates.shift.js';
import { startingPlan } from './templates.start.js';

const YEAR_2027 = { start: '2027-01-01', end: '2027-12-31' };

function inPeriod(period: Period, id: (typeof TEMPLATE_IDS)[number] = 'online-shop'): PlanDocument {
  return startingPlan(id, 'en', { name: 'Plan', period });
}

describe('a starting plan placed in another period', () => {
  const MAY = { start: '2027-05-01', end: '2028-04-30' };
  const shift = daysBetween(YEAR_2027.start, MAY.start);

  it('moves a goal target date inside the period by the days the start moved', () => {
    const before = inPeriod(YEAR_2027).goals ?? [];
    const after = inPeriod(MAY).goals ?? [];
    const inside = before.filter((g) => g.target?.date && g.target.date < YEAR_2027.end);
    expect(inside.length).toBeGreaterThan(0);
    for (const goal of inside) {
      expect(after.find((g) => g.id === goal.id)?.target?.date).toBe(addDays(goal.target?.date ?? '', shift));
    }
  });

  it('keeps a target on the last day on the last day, and a long-term target at its distance from the end', () => {
    const before = inPeriod(YEAR_2027).goals ?? [];
    const after = new Map((inPeriod(MAY).goals ?? []).map((g) => [g.id, g.target?.date]));
    const atEnd = before.filter((g) => g.target?.date === YEAR_2027.end);
    const beyond = before.filter((g) => (g.target?.date ?? '') > YEAR_2027.end);
    expect([atEnd.length > 0, beyond.length > 0]).toEqual([true, true]);
    for (const goal of atEnd) expect(after.get(goal.id)).toBe(MAY.end);
    for (const goal of beyond) expect(daysBetween(MAY.end, after.get(goal.id) ?? '')).toBe(daysBetween(YEAR_2027.end, goal.target?.date ?? ''));
  });

  it('moves activities, milestones and baselines with the start', () => {
    const before = inPeriod(YEAR_2027);
    const after = inPeriod(MAY);
    const starts = (plan: PlanDocument) => (plan.activities ?? []).map((a) => a.start);
    expect(starts(after)).toEqual(starts(before).map((date) => addDays(date ?? '', shift)));
    expect(after.goals?.map((g) => g.baseline?.date)).toEqual(before.goals?.map((g) => addDays(g.baseline?.date ?? '', shift)));
    expect(validatePlan(after).errors).toEqual([]);
  });

  it.each(TEMPLATE_IDS)('clamps %s into a 6-month period: what ran beyond it ends on its last day', (id) => {
    const HALF = { start: '2027-01-01', end: '2027-06-30' };
    const before = inPeriod(YEAR_2027, id);
    const after = inPeriod(HALF, id);
    expect(validatePlan(after).errors).toEqual([]);
    const beyond = (before.activities ?? []).filter((a) => (a.end ?? '') > HALF.end);
    expect(beyond.length).toBeGreaterThan(0);
    after.activities?.forEach((activity, i) => {
      const was = before.activities?.[i];
      expect(activity.end).toBe((was?.end ?? '') > HALF.end ? HALF.end : was?.end);
      expect(activity.start).toBe((was?.start ?? '') > HALF.end ? HALF.end : was?.start);
    });
    const dates = (after.milestones ?? []).map((m) => m.date);
    expect(dates.filter((date) => date < HALF.start || date > HALF.end)).toEqual([]);
  });
});

describe('shiftPlanDates of a plan kept for a year', () => {
  const demo = bookshopPlan({ today: '2027-03-15' });
  const period = { start: addDays(demo.plan.period.start, 400), end: addDays(demo.plan.period.end, 400) };

  it('moves every date by the same days when the period keeps its length, and drops measurements and reviews', () => {
    const shifted = shiftPlanDates(demo, period);
    expect(validatePlan(shifted).errors).toEqual([]);
    expect(shifted.plan.period).toEqual(period);
    expect([shifted.measurements, shifted.reviews]).toEqual([undefined, undefined]);
    expect([demo.measurements?.length, demo.reviews?.length].every((n) => (n ?? 0) > 0)).toBe(true);
    expect(shifted.activities?.map((a) => [a.start, a.end])).toEqual(demo.activities?.map((a) => [a.start && addDays(a.start, 400), a.end && addDays(a.end, 400)]));
    expect(shifted.milestones?.map((m) => m.date)).toEqual(demo.milestones?.map((m) => addDays(m.date, 400)));
    expect(shifted.situation?.campaigns?.map((c) => c.start)).toEqual(demo.situation?.campaigns?.map((c) => c.start && addDays(c.start, 400)));
  });

  it('leaves the plan it was given as it was', () => {
    const copy = structuredClone(demo);
    shiftPlanDates(demo, period);
    expect(demo).toEqual(copy);
  });

  it.each([
    [{ start: '2027-02-30', end: '2027-12-31' }, ['period.start invalid_date']],
    [{ start: '2027-06-01', end: '2027-05-31' }, ['period.end end_before_start']],
    [{ start: '1.6.2027', end: '' }, ['period.start invalid_date', 'period.end invalid_date']],
  ])('refuses the period %j, naming the field', (bad, expected) => {
    let errors: string[] = [];
    try {
      shiftPlanDates(demo, bad);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors = error.errors.map((e) => `${e.path} ${e.code}`);
    }
    expect(errors).toEqual(expected);
  });
});
