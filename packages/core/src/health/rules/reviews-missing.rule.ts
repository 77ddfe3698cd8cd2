import { SEEDS, checkOnce, date, defineRule } from '../health.rule.js';
import { reviewClock } from '../health.review-clock.js';

export const reviewsMissing = defineRule({
  id: 'reviews-missing',
  step: 'reviews',
  severity: 'warning',
  emptiesStep: true,
  seed: {
    file: SEEDS.english,
    quote: 'We recommend 90-day planning of key activities and review against analytics dashboards.',
  },
  check: (ctx) => {
    const clock = reviewClock(ctx);
    if (!clock || clock.latest) return { checked: 0, hits: [] };
    return checkOnce(
      clock.overdue ? { path: 'reviews', params: { start: date(ctx.period.start), days: clock.days } } : undefined,
    );
  },
});
