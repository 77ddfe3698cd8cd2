import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { STEPS, checkPlan, planDocumentSchema, type PlanDocument } from '../index.js';

/*
 * The completeness a step shows (its score, the navigation's "N % complete", the guidance
 * checklist's ticks) needs something the user made in that step: no findings is not enough.
 */

const healthyPlan: PlanDocument = planDocumentSchema.parse(
  parse(readFileSync(new URL('./fixtures/healthy-plan.yaml', import.meta.url), 'utf8')),
);
const emptyPlan: PlanDocument = { kurs: 1, plan: healthyPlan.plan };
// Before the plan period starts: no review is due yet, so the reviews step has no finding.
const BEFORE_START = '2026-12-01';

describe('step scores of a plan without content', () => {
  it('gives an empty plan 0 in every step and 0 overall, even where the health check has nothing to say', () => {
    const { findings, scores } = checkPlan(emptyPlan, { today: BEFORE_START });
    expect(findings.some((f) => f.step === 'reviews')).toBe(false);
    expect(scores.steps).toEqual(Object.fromEntries(STEPS.map((step) => [step, 0])));
    expect(scores.overall).toBe(0);
  });

  it('gives a step 0 once its content is taken out of a healthy plan, whatever the findings say', () => {
    const emptied: Record<(typeof STEPS)[number], (plan: PlanDocument) => void> = {
      situation: (p) => delete p.situation,
      goals: (p) => (p.goals = []),
      kpis: (p) => (p.kpis = []),
      strategy: (p) => delete p.strategy,
      activities: (p) => (p.activities = []),
      themes: (p) => (p.themes = []),
      roadmap: (p) => {
        p.milestones = [];
        p.activities = p.activities!.map(({ start: _start, end: _end, ...undated }) => undated);
      },
      reviews: (p) => (p.reviews = []),
    };
    for (const step of STEPS) {
      const plan = structuredClone(healthyPlan);
      emptied[step](plan);
      expect({ step, score: checkPlan(plan, { today: BEFORE_START }).scores.steps[step] }).toEqual({ step, score: 0 });
    }
  });

  it('counts anything the user wrote in a step as content', () => {
    const only = (part: Partial<PlanDocument>) => checkPlan({ ...emptyPlan, ...part }, { today: BEFORE_START }).scores.steps;
    expect(only({ situation: { usp: 'Crime novels delivered the next day' } }).situation).toBeGreaterThan(0);
    expect(only({ situation: { findings: ['Most buyers come from search'] } }).situation).toBeGreaterThan(0);
    expect(only({ reviews: [{ date: '2027-03-31', period: '2027-Q1' }] }).reviews).toBeGreaterThan(0);
  });

  it('takes dated activities as a roadmap and blank strategy text as no strategy', () => {
    const dated = checkPlan(
      { ...emptyPlan, activities: [{ id: 'a', title: 'Rebuild mobile checkout', start: '2027-02-01', end: '2027-03-31' }] },
      { today: BEFORE_START },
    );
    expect(dated.scores.steps.roadmap).toBeGreaterThan(0);
    const blank = checkPlan({ ...emptyPlan, strategy: { positioning: '  ', content: '' } }, { today: BEFORE_START });
    expect(blank.scores.steps.strategy).toBe(0);
  });

  it('is 100 overall only when every step is, so a plan without reviews is not complete', () => {
    const { findings, scores } = checkPlan({ ...healthyPlan, reviews: [] }, { today: BEFORE_START });
    expect(findings).toEqual([]);
    expect(scores.steps.reviews).toBe(0);
    expect(scores.overall).toBeLessThan(100);
    expect(checkPlan(healthyPlan, { today: BEFORE_START }).scores.overall).toBe(100);
  });
});
