import { formatPath } from '../../shared/errors.js';
import { SEEDS, defineRule, list, term, type Hit } from '../health.rule.js';

// A running experiment (no result yet, end date ahead or open) has nothing to learn from yet.
export const experimentIncomplete = defineRule({
  id: 'experiment-incomplete',
  step: 'reviews',
  severity: 'warning',
  seed: { file: SEEDS.swedish, quote: 'Experiment. Fail. Learn. Repeat.' },
  check: (ctx) => {
    const hits: Hit[] = [];
    let checked = 0;
    ctx.reviews.forEach((review, i) => {
      review.experiments?.forEach((experiment, j) => {
        const ended = experiment.end !== undefined && experiment.end <= ctx.today;
        if (!experiment.result?.trim() && !ended) return;
        checked += 1;
        const missing = (['learning', 'next'] as const).filter((part) => !experiment[part]?.trim());
        if (missing.length === 0) return;
        hits.push({
          path: formatPath(['reviews', i, 'experiments', j, missing[0]]),
          params: { hypothesis: experiment.hypothesis, missing: list(missing.map((part) => term('experiment', part))) },
        });
      });
    });
    return { checked, hits };
  },
});
