import { reviewQuarter } from '../../plan/plan.rules.js';
import { SEEDS, date, defineRule, list, type Hit } from '../health.rule.js';

/*
 * One review per plan and quarter is a rule of the plan document, and no write can break it.
 * A plan stored before the rule existed may still hold two reviews of a quarter: writes go on
 * (only the errors a write brings refuse it), and this finding tells the user to keep one.
 * It points at the second review, where the plan document's own error is.
 */
export const reviewQuarterRepeated = defineRule({
  id: 'review-quarter-repeated',
  step: 'reviews',
  severity: 'error',
  seed: {
    file: SEEDS.danish,
    quote: 'Disse mål bør gennemgås hvert kvartal for at overvåge fremskridt og identificere områder, der kræver opmærksomhed.',
  },
  check: (ctx) => {
    const byQuarter = new Map<string, number[]>();
    ctx.reviews.forEach((review, index) => {
      const quarter = reviewQuarter(review);
      if (quarter !== undefined) byQuarter.set(quarter, [...(byQuarter.get(quarter) ?? []), index]);
    });
    const hits: Hit[] = [];
    for (const [quarter, indices] of byQuarter) {
      if (indices.length < 2) continue;
      // "2027-Q1" as text: the templates say the quarter in each language's way, and a number would be grouped ("2 027").
      const [year, q] = quarter.split('-Q');
      hits.push({
        path: `reviews[${indices[1]}]`,
        params: { q: q!, year: year!, count: indices.length, dates: list(indices.map((i) => date(ctx.reviews[i]!.date))) },
      });
    }
    return { checked: byQuarter.size, hits };
  },
});
