import { describe, expect, it } from 'vitest';
import { fieldError, type FieldError } from '../shared/errors.js';
import { buildActivity, buildGoal, buildPlan, buildReview } from '../testing/plan.factories.js';
import { introducedErrors } from './plan.change.js';
import { validateChange, validatePlan } from './plan.parse.js';
import type { PlanDocument } from './plan.schema.js';

/*
 * A write is refused only for the errors it brings (issue 10): a plan stored before a rule
 * existed keeps its old error through unrelated writes, and the health check names it.
 */

const secondReviewOf = (quarter: string, index: number, first: number): FieldError =>
  fieldError(`reviews[${index}].period`, 'duplicate', `reviews[${first}] already reviews ${quarter}; a plan has one review per quarter`, {
    value: quarter,
    first: `reviews[${first}]`,
  });

describe('introducedErrors', () => {
  it('finds an old error again after a delete moved it to another index', () => {
    // Reviews [a, b, c] of 2026-Q4: b and c are second reviews of a. Deleting an unrelated review
    // before them moves both down by one; nothing is new.
    const before = [secondReviewOf('2026-Q4', 2, 1), secondReviewOf('2026-Q4', 3, 1)];
    const after = [secondReviewOf('2026-Q4', 1, 0), secondReviewOf('2026-Q4', 2, 0)];
    expect(introducedErrors(before, after)).toEqual([]);
  });

  it('counts equal errors: two old ones do not hide a third', () => {
    const before = [secondReviewOf('2026-Q4', 1, 0), secondReviewOf('2026-Q4', 2, 0)];
    const after = [secondReviewOf('2026-Q4', 1, 0), secondReviewOf('2026-Q4', 2, 0), secondReviewOf('2026-Q4', 3, 0)];
    expect(introducedErrors(before, after)).toEqual([secondReviewOf('2026-Q4', 3, 0)]);
  });

  it('tells errors apart by code, params and path', () => {
    const before = [secondReviewOf('2026-Q4', 1, 0)];
    const otherQuarter = secondReviewOf('2027-Q1', 1, 0);
    const otherField = fieldError('reviews[1].date', 'duplicate', 'reviews[0] already reviews 2026-Q4', { value: '2026-Q4', first: 'reviews[0]' });
    const otherCode = fieldError('reviews[1].period', 'invalid_format', 'must be a quarter written 2027-Q1', { format: 'quarter' });
    expect(introducedErrors(before, [otherQuarter, otherField, otherCode])).toEqual([otherQuarter, otherField, otherCode]);
  });

  it('lets nothing through when the plan had no errors', () => {
    const after = [fieldError('goals[3].kpi', 'unknown_reference', 'no kpi with id "sales"', { kind: 'kpi', id: 'sales' })];
    expect(introducedErrors([], after)).toEqual(after);
  });
});

describe('validateChange', () => {
  /** A plan stored before the rule of one review per quarter: two reviews of 2026-Q4. */
  function storedWithTwoReviews(): PlanDocument {
    return buildPlan({
      plan: { name: 'Plan', period: { start: '2026-01-01', end: '2027-12-31' } },
      reviews: [buildReview({ id: 'q4', date: '2026-12-01', period: '2026-Q4' }), buildReview({ id: 'q4-again', date: '2026-12-15', period: '2026-Q4' })],
    });
  }

  it('takes a change that leaves the old error as it was, and gives the plan back with it', () => {
    const before = storedWithTwoReviews();
    expect(validatePlan(before).errors).toEqual([expect.objectContaining({ path: 'reviews[1].period', code: 'duplicate' })]);
    const goal = buildGoal({ id: 'more-sales', kpi: before.kpis![0]!.id });
    const after = { ...before, goals: [...before.goals!, goal] };
    expect(validateChange(before, after)).toEqual({ plan: after, errors: [] });
  });

  it('refuses the errors a change brings and only those', () => {
    const before = storedWithTwoReviews();
    const third = buildReview({ id: 'q4-third', date: '2026-12-20', period: '2026-Q4' });
    const wrongGoal = buildGoal({ id: 'typo', kpi: 'no-such-kpi' });
    const after = { ...before, goals: [...before.goals!, wrongGoal], reviews: [...before.reviews!, third] };
    const result = validateChange(before, after);
    expect(result.plan).toBeUndefined();
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['goals[1].kpi', 'unknown_reference'],
      ['reviews[2].period', 'duplicate'],
    ]);
  });

  it('takes a delete that moves the old error, and one that ends it', () => {
    const before = storedWithTwoReviews();
    const early = buildReview({ id: 'q3', date: '2026-09-30', period: '2026-Q3' });
    const withEarly = { ...before, reviews: [early, ...before.reviews!] };
    expect(validateChange(withEarly, before).errors).toEqual([]);
    const oneReview = { ...before, reviews: [before.reviews![1]!] };
    expect(validateChange(before, oneReview)).toEqual({ plan: oneReview, errors: [] });
  });

  it('judges a valid plan as validatePlan does', () => {
    const before = buildPlan();
    const after = { ...before, activities: [...before.activities!, buildActivity({ id: 'late', start: '2027-05-01', end: '2027-04-01' })] };
    expect(validateChange(before, after)).toEqual(validatePlan(after));
    expect(validateChange(before, before)).toEqual(validatePlan(before));
  });
});
