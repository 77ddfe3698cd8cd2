import { planDocumentSchema, type PlanDocument } from '../plan/plan.schema.js';
import type { IsoDate } from '../shared/dates.js';
import { bookshopMeasures } from './bookshop.measures.js';
import { bookshopReview } from './bookshop.review.js';
import { bookshopRoadmap } from './bookshop.roadmap.js';
import { bookshopSituation } from './bookshop.situation.js';
import { bookshopStrategy } from './bookshop.strategy.js';
import { bookshopTimeline, planName } from './bookshop.timeline.js';

export interface BookshopPlanOptions {
  /** Today's date, YYYY-MM-DD: the plan's dates are placed around it so the demo always looks alive. */
  today: IsoDate;
}

/**
 * The demo plan: Nordbok AS, the Norwegian seed's book shop that wants to sell 120 000 books
 * online, one year into a two-year digital strategy. It fills every step of the method, with a
 * few weaknesses left in on purpose for the health check to find. Pure and deterministic: the
 * same `today` gives the same plan. Throws a DomainError ("invalid") when `today` is not a date.
 */
export function bookshopPlan(options: BookshopPlanOptions): PlanDocument {
  const t = bookshopTimeline(options.today);
  const { goals, kpis, measurements } = bookshopMeasures(t);
  const { themes, activities, milestones } = bookshopRoadmap(t);
  const plan: PlanDocument = {
    kurs: 1,
    plan: {
      name: planName(t.period),
      organisation: 'Nordbok AS',
      locale: 'nb',
      currency: 'NOK',
      period: t.period,
      business_objective: 'Grow online revenue from 28 to 36 MNOK and become the first choice online for Nordic crime',
    },
    situation: bookshopSituation(t),
    goals,
    kpis,
    measurements,
    strategy: bookshopStrategy(),
    themes,
    activities,
    milestones,
  };
  // Parsing puts every field in the schema's canonical order, and would stop a broken demo here.
  return planDocumentSchema.parse({ ...plan, reviews: [bookshopReview(t, plan)] });
}
