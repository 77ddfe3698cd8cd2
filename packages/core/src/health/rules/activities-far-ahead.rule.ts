import { addDays, maxDate } from '../../shared/dates.js';
import { isCommitted } from '../health.context.js';
import { SEEDS, checkOnce, date, defineRule } from '../health.rule.js';

/** Detailed planning rarely holds beyond this many days (the Swedish and English seeds). */
export const DETAIL_HORIZON_DAYS = 90;

/**
 * Detail belongs to the near term. Dated work far ahead while the next 90 days are empty means
 * the plan is detailed in the wrong place. Before the plan starts, the 90 days count from its start.
 */
export const activitiesFarAhead = defineRule({
  id: 'activities-far-ahead',
  step: 'activities',
  severity: 'warning',
  seed: { file: SEEDS.swedish, quote: 'Av erfarenhet är det svårt att planera i detalj för längre än 90 dagar' },
  check: (ctx) => {
    const from = maxDate(ctx.today, ctx.period.start);
    const until = addDays(from, DETAIL_HORIZON_DAYS);
    if (from > ctx.period.end) return { checked: 0, hits: [] };
    let nearTerm = false;
    let first: string | undefined;
    for (const a of ctx.activities) {
      if (!isCommitted(a)) continue;
      if (a.status === 'in_progress' || (a.start && a.start <= until && (a.end ?? a.start) >= from)) nearTerm = true;
      else if (a.start && a.start > until && (!first || a.start < first)) first = a.start;
    }
    if (nearTerm || !first) return checkOnce(undefined);
    return checkOnce({ path: 'activities', params: { first: date(first), from: date(from), until: date(until) } });
  },
});
