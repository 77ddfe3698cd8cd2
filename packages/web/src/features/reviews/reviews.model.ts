import type { Experiment, GoalProgress, GoalStatus, Period, Review, ReviewGoal } from '@kurs/core';
import { quarterGrid, quarterOf } from '@kurs/core/browser';

/*
 * The quarterly review as the page edits it, and the experiment log read from all reviews.
 * A review is stored whole: its goals and experiments are sent as complete arrays.
 */

/** Every quarter the plan period touches, in order. */
export function quartersOf(period: Period): string[] {
  return quarterGrid(period.start, period.end).quarters.map((q) => q.quarter);
}

/** The quarter a review is of: its period, else the quarter of its date. */
export function quarterOfReview(review: { date: string; period?: string }): string {
  return review.period ?? quarterOf(review.date);
}

export function splitQuarter(quarter: string): [year: number, quarter: number] {
  const [year, q] = quarter.split('-Q').map(Number) as [number, number];
  return [year, q];
}

export interface GoalEntryDraft {
  goal: string;
  status: GoalStatus;
  /** The engine's progress when the review was held (0 at the baseline, 1 at the target). */
  progress?: number;
  decision: string;
  notes: string;
}

export interface ExperimentDraft {
  /** Only for React lists: experiments have no id of their own. */
  key: string;
  hypothesis: string;
  goal: string | null;
  kpi: string | null;
  start: string;
  end: string;
  result: string;
  learning: string;
  next: string;
}

export interface ReviewDraft {
  date: string;
  period: string;
  summary: string;
  goals: GoalEntryDraft[];
  experiments: ExperimentDraft[];
}

let keys = 0;
const newKey = () => `experiment-${(keys += 1)}`;

export function experimentDraft(from: Partial<Experiment> = {}): ExperimentDraft {
  return {
    key: newKey(),
    hypothesis: from.hypothesis ?? '',
    goal: from.goal ?? null,
    kpi: from.kpi ?? null,
    start: from.start ?? '',
    end: from.end ?? '',
    result: from.result ?? '',
    learning: from.learning ?? '',
    next: from.next ?? '',
  };
}

/**
 * A new review of `goalIds` (in the order they are walked through): each goal starts with the
 * status and progress the engine gives it today; the user types the decision.
 */
export function newReviewDraft(goalIds: readonly string[], progress: readonly GoalProgress[], today: string): ReviewDraft {
  const byGoal = new Map(progress.map((p) => [p.goal, p]));
  return {
    date: today,
    period: quarterOf(today),
    summary: '',
    goals: goalIds.map((goal) => {
      const p = byGoal.get(goal);
      return { goal, status: p?.status ?? 'no_data', ...(p?.progress != null ? { progress: p.progress } : {}), decision: '', notes: '' };
    }),
    experiments: [],
  };
}

/**
 * An existing review to edit: its recorded entries in the walk-through order, and an entry
 * (with the engine's status) for each goal added since.
 */
export function reviewDraftOf(review: Review, goalIds: readonly string[], progress: readonly GoalProgress[]): ReviewDraft {
  const fresh = newReviewDraft(goalIds, progress, review.date);
  const recorded = new Map((review.goals ?? []).map((g) => [g.goal, g]));
  const known = new Set(goalIds);
  const entry = (g: ReviewGoal): GoalEntryDraft => ({
    goal: g.goal,
    status: g.status ?? 'no_data',
    ...(g.progress !== undefined ? { progress: g.progress } : {}),
    decision: g.decision ?? '',
    notes: g.notes ?? '',
  });
  return {
    date: review.date,
    period: quarterOfReview(review),
    summary: review.summary ?? '',
    goals: [
      ...fresh.goals.map((g) => (recorded.has(g.goal) ? entry(recorded.get(g.goal)!) : g)),
      // Entries of goals no longer in the list are kept, not silently dropped.
      ...(review.goals ?? []).filter((g) => !known.has(g.goal)).map(entry),
    ],
    experiments: (review.experiments ?? []).map((e) => experimentDraft(e)),
  };
}

const text = (value: string) => (value.trim() ? value.trim() : undefined);

/** The review as the API stores it; empty texts are left out. */
export function reviewOf(draft: ReviewDraft): Omit<Review, 'id'> {
  return {
    date: draft.date,
    period: draft.period,
    summary: text(draft.summary),
    goals: draft.goals.map((g) => ({
      goal: g.goal,
      status: g.status,
      progress: g.progress,
      decision: text(g.decision),
      notes: text(g.notes),
    })),
    experiments: draft.experiments.map((e) => ({
      hypothesis: e.hypothesis.trim(),
      goal: e.goal ?? undefined,
      kpi: e.kpi ?? undefined,
      start: e.start || undefined,
      end: e.end || undefined,
      result: text(e.result),
      learning: text(e.learning),
      next: text(e.next),
    })),
  };
}

export interface LoggedExperiment {
  experiment: Experiment;
  /** The review's place in the plan and its index there: the health check's path is reviews[i].experiments[j]. */
  reviewIndex: number;
  experimentIndex: number;
  review: Review;
}

/** Every experiment of every review, newest first (by its start, else its review's date). */
export function experimentLog(reviews: readonly Review[]): LoggedExperiment[] {
  const log = reviews.flatMap((review, reviewIndex) =>
    (review.experiments ?? []).map((experiment, experimentIndex) => ({ experiment, reviewIndex, experimentIndex, review })),
  );
  const when = (e: LoggedExperiment) => e.experiment.start ?? e.review.date;
  return log.sort((a, b) => when(b).localeCompare(when(a)) || b.review.date.localeCompare(a.review.date));
}

/** Each goal's decision in the latest review before `date`: what was decided last time. */
export function previousDecisions(reviews: readonly Review[], date: string): Map<string, { decision: string; period: string }> {
  const earlier = reviews.filter((r) => r.date < date).sort((a, b) => a.date.localeCompare(b.date));
  const decisions = new Map<string, { decision: string; period: string }>();
  for (const review of earlier) {
    for (const g of review.goals ?? []) {
      if (g.decision?.trim()) decisions.set(g.goal, { decision: g.decision, period: quarterOfReview(review) });
    }
  }
  return decisions;
}

/** The next steps the latest earlier review wrote down for its experiments: what to try again now. */
export function nextSteps(reviews: readonly Review[], date: string): Experiment[] {
  const latest = reviews.filter((r) => r.date < date).sort((a, b) => b.date.localeCompare(a.date))[0];
  return (latest?.experiments ?? []).filter((e) => e.next?.trim());
}

/** Reviews newest first, each with its index in the plan (for the health check's paths). */
export function reviewsNewestFirst<R extends Review>(reviews: readonly R[]): { review: R; index: number }[] {
  return reviews.map((review, index) => ({ review, index })).sort((a, b) => b.review.date.localeCompare(a.review.date));
}
