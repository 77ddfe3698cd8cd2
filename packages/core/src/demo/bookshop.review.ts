import { goalProgress } from '../goals/goals.rollup.js';
import type { GoalStatus, PlanDocument, Review, ReviewGoal } from '../plan/plan.schema.js';
import { addDays, quarterOf, quarterStart } from '../shared/dates.js';
import { PEOPLE } from './bookshop.people.js';
import type { BookshopTimeline } from './bookshop.timeline.js';

/** The goals the review judged: the long and year goals, which had run for a while by then. */
const REVIEWED = ['market-leader', 'loyal-readers', 'sell-books', 'cheaper-orders', 'repeat-buyers', 'fast-answers'];

function decisions(status: (goal: string) => GoalStatus): ReviewGoal[] {
  const decided: Record<string, Omit<ReviewGoal, 'goal' | 'status'>> = {
    'market-leader': { decision: 'No change.' },
    'loyal-readers': { decision: 'Relaunch the book club with points as planned.' },
    'sell-books': {
      decision:
        status('sell-books') === 'on_track'
          ? 'Keep the plan, and buy stock of the next season’s top 20 titles early.'
          : 'Behind the straight line because most books sell at Christmas: keep the plan and judge it after the Christmas campaign.',
    },
    'cheaper-orders': {
      decision:
        'Move the paid social budget to Google Ads on title searches, and finish the mobile checkout before the next campaign.',
    },
    'repeat-buyers': { decision: 'Start personal picks in the newsletter once the book club is relaunched.' },
    'fast-answers': {
      decision: `Give the goal an owner; ${PEOPLE.service} is asked to take it.`,
      notes: 'Answers are faster since the support desk got answer templates, but nobody answers for the goal.',
    },
  };
  return REVIEWED.map((goal) => ({ goal, status: status(goal), ...decided[goal] }));
}

/**
 * Step 9: the review of the quarter just finished, with its decisions and two experiments.
 * Each goal's status is what the plan's own measurements said on the day of the review.
 */
export function bookshopReview(t: BookshopTimeline, plan: PlanDocument): Review {
  const quarter = quarterOf(t.review);
  const from = quarterStart(t.review);
  const statuses = new Map(goalProgress(plan, { today: t.review }).map((p) => [p.goal, p.status]));
  return {
    id: `review-${quarter}`,
    date: t.review,
    period: quarter,
    summary:
      'Book sales are a quarter up on last year and the book club keeps customers coming back, but marketing cost per order is still far from 50 NOK. Paid social brings visits, not orders.',
    goals: decisions((goal) => statuses.get(goal) ?? 'no_data'),
    experiments: [
      {
        hypothesis: 'A "free delivery over 299 kr" message in the cart lowers cart abandonment',
        goal: 'better-conversion',
        kpi: 'cart-abandonment',
        start: addDays(from, 14),
        end: addDays(from, 41),
        result: 'Cart abandonment fell from 73% to 70% in four weeks; the average order value did not change',
        learning: 'Surprise shipping costs drive abandonment more than book prices do',
        next: 'Keep the message in the new checkout and test a 249 kr threshold',
      },
      {
        hypothesis: 'A weekly "crime pick" story on Instagram brings new book buyers',
        goal: 'sell-books',
        kpi: 'instagram-followers',
        start: addDays(from, 7),
        end: addDays(from, 48),
        result: '1 900 new followers in six weeks and 41 orders traced to the stories',
        learning: 'Followers grew, sales did not: for us followers is a vanity metric',
        next: 'Stop the weekly tips at the end of the quarter and give the hours to author interviews',
      },
    ],
  };
}
