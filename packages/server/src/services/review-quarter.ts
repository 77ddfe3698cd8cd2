import { DomainError, fieldError, reviewQuarter } from '@kurs/core';
import type { Entity } from '../repositories/collection.repository.js';

/**
 * One review per plan and quarter. A write that would give a quarter a second review clashes
 * with stored data (409) rather than breaking the document: the answer names the quarter and
 * links to the review that is there, so the client can open it instead. It runs inside the
 * plan's write transaction with the plan locked (plan-write.ts), so two reviews of one quarter
 * sent at once give one 201 and one 409.
 *
 * `reviews` is the plan's list as it would be after the write; `index` is the written review,
 * and `previous` the review as it was before an update.
 */
const quarterOf = (review: Entity) => reviewQuarter({ date: review.date, period: review.period });

export function assertQuarterFree(reviews: readonly Entity[], index: number, at: { workspace: string; plan: string }, previous?: Entity): void {
  const review = reviews[index]!;
  const quarter = quarterOf(review);
  // A change that keeps a review in its quarter gives the quarter no second review. It can only
  // meet one stored before this rule existed, which the health check names: the user may still
  // change both, to move what is worth keeping into one of them.
  if (quarter === undefined || (previous && quarterOf(previous) === quarter)) return;
  const other = reviews.findIndex((r, i) => i !== index && quarterOf(r) === quarter);
  if (other === -1) return;
  const id = String(reviews[other]!.id);
  const path = `/api/v1/workspaces/${encodeURIComponent(at.workspace)}/plans/${encodeURIComponent(at.plan)}/reviews/${encodeURIComponent(id)}`;
  throw new DomainError(
    'conflict',
    `The plan already has a review of ${quarter} ("${id}"). Open that review and change it rather than writing a second one.`,
    [fieldError(review.period === undefined ? 'date' : 'period', 'duplicate', `${quarter} has a review already: "${id}"`, { value: quarter, first: `reviews[${other}]` })],
    { reason: 'review_quarter_taken', params: { quarter, id }, extensions: { existing: { id, path } } },
  );
}
