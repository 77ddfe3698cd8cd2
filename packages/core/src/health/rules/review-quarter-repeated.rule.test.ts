import { describe, expect, it } from 'vitest';
import { checkPlan, type Locale, type PlanDocument, type Review } from '../../index.js';
import { buildPlan, buildReview } from '../../testing/plan.factories.js';

/*
 * A plan stored before "one review per quarter" existed can hold two reviews of a quarter
 * (issue 10): the health check names it on the second one, in the reader's words.
 */

const planWith = (reviews: Review[]): PlanDocument => buildPlan({ reviews });

const repeated = (plan: PlanDocument, locale: Locale = 'en') =>
  checkPlan(plan, { today: '2027-05-10', locale }).findings.filter((f) => f.rule === 'review-quarter-repeated');

describe('review-quarter-repeated', () => {
  const march = buildReview({ id: 'march', date: '2027-03-31', period: '2027-Q1' });
  const early = buildReview({ id: 'early', date: '2027-03-20', period: '2027-Q1' });

  it('names the quarter and the dates of its reviews, on the second one', () => {
    const [finding, ...more] = repeated(planWith([march, early]));
    expect(more).toEqual([]);
    expect(finding).toMatchObject({ step: 'reviews', severity: 'error', path: 'reviews[1]' });
    expect(finding!.message).toBe('Q1 2027 has 2 reviews, dated 31 March 2027 and 20 March 2027. A plan keeps one review per quarter.');
    expect(repeated(planWith([march, early]), 'nb')[0]!.message).toBe(
      '1. kvartal 2027 har 2 oppfølginger, datert 31. mars 2027 og 20. mars 2027. En plan har én oppfølging per kvartal.',
    );
    expect(repeated(planWith([march, early]), 'sv')[0]!.message).toMatch(/^Kvartal 1 2027 har 2 uppföljningar, daterade 31 mars 2027 och 20 mars 2027\./);
  });

  it('reads the quarter of a review without a period from its date, and makes one finding of three reviews', () => {
    const q2 = buildReview({ id: 'q2', date: '2027-06-30', period: '2027-Q2' });
    const undated = { id: 'by-date', date: '2027-02-14' };
    const findings = repeated(planWith([q2, march, undated, early]));
    expect(findings.map((f) => f.path)).toEqual(['reviews[2]']);
    expect(findings[0]!.message).toMatch(/^Q1 2027 has 3 reviews, dated 31 March 2027, 14 February 2027 and 20 March 2027\./);
  });

  it('says nothing of one review per quarter, nor of a review filed under another quarter than its date', () => {
    const late = buildReview({ id: 'late', date: '2027-04-03', period: '2027-Q1' });
    const april = buildReview({ id: 'april', date: '2027-04-20', period: '2027-Q2' });
    expect(repeated(planWith([late, april]))).toEqual([]);
    expect(repeated(planWith([march]))).toEqual([]);
  });
});
