import { DomainError, parsePlan, type PlanDocument, PlanIndex, validatePlan } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { SMALL_PLAN } from '../testing/fixtures.js';
import { assertValidDelete } from './plan-validation.js';

/*
 * A refused delete says what it would break: "still used elsewhere" (409, code uses) only for
 * the places that refer to what goes; anything else it would bring as what it is (422), and
 * nothing the plan already had. SMALL_PLAN's milestone "new-checkout" refers to the activity
 * "checkout"; the plan below also holds a second review of 2027-Q1, as stored before that rule.
 */

const small = parsePlan(SMALL_PLAN);
const stored: PlanDocument = { ...small, reviews: [...small.reviews!, { id: 'q1-again', date: '2027-03-20', period: '2027-Q1' }] };
const checkout = { list: 'activities', kind: 'delete', index: 0 } as const;

/** The refusal of deleting the activity "checkout" from the plan, whose own errors are known or not. */
function refusal(plan: PlanDocument, known: boolean): DomainError {
  try {
    assertValidDelete(PlanIndex.of(plan, known ? validatePlan(plan).errors : undefined), checkout, { label: 'activity', id: 'checkout' });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the delete was not refused');
}

describe('assertValidDelete', () => {
  it.each([
    ['a plan with an old error', stored, false],
    ['a clean plan, judged by the places that name what goes', small, true],
  ])('calls a delete that leaves references to it "still used", naming only those places, on %s', (_, plan, known) => {
    const error = refusal(plan, known);
    expect(error).toMatchObject({ code: 'conflict', reason: 'in_use', params: { id: 'checkout' } });
    expect(error.errors).toEqual([
      { path: 'milestones[0].activity', code: 'uses', message: 'uses the activity "checkout"', params: { kind: 'activity', id: 'checkout' } },
    ]);
  });

  it('lets a delete through that leaves the old error as it was', () => {
    const result = assertValidDelete(PlanIndex.of(stored), { list: 'milestones', kind: 'delete', index: 0 }, { label: 'milestone', id: 'new-checkout' });
    expect(result).toMatchObject({ errors: [], clean: false });
  });
});
