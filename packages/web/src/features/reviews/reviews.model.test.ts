import type { GoalProgress, Review } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import {
  experimentDraft,
  experimentLog,
  newReviewDraft,
  nextSteps,
  previousDecisions,
  quartersOf,
  reviewDraftOf,
  reviewOf,
} from './reviews.model';

const progress = (goal: string, status: GoalProgress['status'], share: number | null) => ({ goal, status, progress: share }) as GoalProgress;

describe('quarters', () => {
  it('lists every quarter a plan period touches', () => {
    expect(quartersOf({ start: '2025-12-01', end: '2026-07-15' })).toEqual(['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
  });
});

describe('a new review', () => {
  it('starts every goal from the engine’s status and progress, for the quarter of the day', () => {
    const draft = newReviewDraft(['a', 'b', 'c'], [progress('a', 'behind', 0.4), progress('b', 'no_data', null)], '2027-03-30');
    expect(draft.period).toBe('2027-Q1');
    expect(draft.goals.map((g) => [g.goal, g.status, g.progress])).toEqual([
      ['a', 'behind', 0.4],
      ['b', 'no_data', undefined],
      ['c', 'no_data', undefined],
    ]);
  });

  it('is stored with whole arrays and without empty texts', () => {
    const draft = newReviewDraft(['a'], [progress('a', 'on_track', 0.5)], '2027-03-30');
    draft.goals[0]!.decision = '  Keep going  ';
    draft.experiments.push({ ...experimentDraft(), hypothesis: ' Gift guides lift conversion ', goal: 'a', result: ' ' });
    const review = reviewOf(draft);
    expect(review.goals).toEqual([{ goal: 'a', status: 'on_track', progress: 0.5, decision: 'Keep going', notes: undefined }]);
    expect(review.experiments?.[0]).toMatchObject({ hypothesis: 'Gift guides lift conversion', goal: 'a', result: undefined });
    expect(JSON.parse(JSON.stringify(review.experiments?.[0]))).toEqual({ hypothesis: 'Gift guides lift conversion', goal: 'a' });
  });
});

const q3: Review = {
  date: '2026-09-30',
  period: '2026-Q3',
  goals: [
    { goal: 'a', status: 'at_risk', decision: 'Move budget' },
    { goal: 'gone', status: 'achieved', decision: 'Done' },
  ],
  experiments: [{ hypothesis: 'Free delivery message lowers abandonment', start: '2026-07-15', next: 'Test 249 kr' }],
};
const q2: Review = {
  date: '2026-06-30',
  goals: [{ goal: 'b', status: 'on_track', decision: 'Keep' }],
  experiments: [{ hypothesis: 'Story tips bring buyers', start: '2026-05-01' }, { hypothesis: 'No start date' }],
};

describe('editing a review', () => {
  it('keeps its recorded entries, adds goals set since with the engine’s status, and keeps entries of goals no longer listed', () => {
    const draft = reviewDraftOf(q3, ['a', 'new'], [progress('new', 'behind', 0.2)]);
    expect(draft.goals.map((g) => [g.goal, g.status, g.decision])).toEqual([
      ['a', 'at_risk', 'Move budget'],
      ['new', 'behind', ''],
      ['gone', 'achieved', 'Done'],
    ]);
    expect(draft.experiments.map((e) => e.hypothesis)).toEqual(['Free delivery message lowers abandonment']);
  });
});

describe('across reviews', () => {
  const reviews = [q3, q2];

  it('logs every experiment newest first with the path of its review', () => {
    expect(experimentLog(reviews).map((e) => [e.experiment.hypothesis, e.reviewIndex, e.experimentIndex])).toEqual([
      ['Free delivery message lowers abandonment', 0, 0],
      ['No start date', 1, 1],
      ['Story tips bring buyers', 1, 0],
    ]);
  });

  it('recalls the latest earlier decision per goal and the last review’s next steps', () => {
    const decisions = previousDecisions(reviews, '2026-12-31');
    expect(decisions.get('a')).toEqual({ decision: 'Move budget', period: '2026-Q3' });
    expect(decisions.get('b')).toEqual({ decision: 'Keep', period: '2026-Q2' });
    expect(previousDecisions(reviews, '2026-09-30').has('a')).toBe(false);
    expect(nextSteps(reviews, '2026-12-31').map((e) => e.next)).toEqual(['Test 249 kr']);
    expect(nextSteps(reviews, '2026-07-01')).toEqual([]);
  });
});
