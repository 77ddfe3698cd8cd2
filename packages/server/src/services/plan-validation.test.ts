import { DomainError, parsePlan, type PlanDocument } from '@kurs/core';
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
const withoutCheckout: PlanDocument = { ...stored, activities: [] };

function refusal(after: PlanDocument): DomainError {
  try {
    assertValidDelete(stored, after, { label: 'activity', id: 'checkout' });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the delete was not refused');
}

describe('assertValidDelete', () => {
  it('calls a delete that leaves references to it "still used", naming only those places', () => {
    const error = refusal(withoutCheckout);
    expect(error).toMatchObject({ code: 'conflict', reason: 'in_use', params: { id: 'checkout' } });
    expect(error.errors).toEqual([
      { path: 'milestones[0].activity', code: 'uses', message: 'uses the activity "checkout"', params: { kind: 'activity', id: 'checkout' } },
    ]);
  });

  it('reports any other error the delete brings as what it is', () => {
    const error = refusal({ ...withoutCheckout, plan: { ...stored.plan, period: { start: '2027-01-01', end: '2026-12-31' } } });
    expect(error).toMatchObject({ code: 'invalid', reason: undefined });
    expect(error.errors.map((e) => [e.path, e.code])).toEqual([
      ['plan.period.end', 'end_before_start'],
      ['milestones[0].activity', 'uses'],
    ]);
  });

  it('lets a delete through that leaves the old error as it was', () => {
    expect(() => assertValidDelete(stored, { ...stored, milestones: [] }, { label: 'milestone', id: 'new-checkout' })).not.toThrow();
  });
});
