import { SEEDS, checkOnce, date, defineRule } from '../health.rule.js';
import { reviewClock } from '../health.review-clock.js';

// A plan never reviewed at all is reviews-missing.
export const reviewOverdue = defineRule({
  id: 'review-overdue',
  step: 'reviews',
  severity: 'warning',
  seed: {
    file: SEEDS.danish,
    quote: 'Disse mål bør gennemgås hvert kvartal for at overvåge fremskridt og identificere områder, der kræver opmærksomhed.',
  },
  check: (ctx) => {
    const clock = reviewClock(ctx);
    if (!clock?.latest) return { checked: 0, hits: [] };
    return checkOnce(
      clock.overdue ? { path: 'reviews', params: { since: date(clock.latest), days: clock.days } } : undefined,
    );
  },
});
