import { describe, expect, it } from 'vitest';
import { checkPlan, type Locale, type PlanDocument } from '../../index.js';
import { buildActivity, buildGoal, buildKpi, buildMilestone, buildPlan, buildTheme } from '../../testing/plan.factories.js';

const TODAY = '2027-02-01';

const plan = (draft: boolean | undefined): PlanDocument =>
  buildPlan({
    goals: [buildGoal({ id: 'grow', title: 'Grow online sales', kpi: 'sales' }), buildGoal({ id: 'visits', title: 'More visits', kpi: 'sales', draft })],
    kpis: [buildKpi({ id: 'sales', name: 'Online sales', draft })],
    themes: [buildTheme({ id: 'shop', name: 'Webshop' })],
    activities: [buildActivity({ id: 'ads', title: 'Search ads', theme: 'shop', draft })],
    milestones: [buildMilestone({ title: 'Shop live', date: '2027-03-01', draft })],
  });

const drafts = (doc: PlanDocument, locale: Locale = 'en') =>
  checkPlan(doc, { today: TODAY, locale }).findings.filter((f) => f.rule === 'template-drafts');

describe('template-drafts', () => {
  it('names every draft on its own path and in the step that edits it, with the number of drafts', () => {
    const found = drafts(plan(true));
    expect(found.map((f) => [f.path, f.step])).toEqual([
      ['goals[1]', 'goals'],
      ['kpis[0]', 'kpis'],
      ['activities[0]', 'activities'],
      ['milestones[0]', 'roadmap'],
    ]);
    expect(found[0].message).toBe('The goal “More visits” is still a draft from the template (drafts in the plan: 4).');
    expect(drafts(plan(true), 'sv')[3].message).toBe('Milstolpen ”Shop live” är fortfarande ett utkast från mallen (utkast i planen: 4).');
  });

  it('says nothing once the items are confirmed, whether draft is false or left out', () => {
    expect(drafts(plan(false))).toEqual([]);
    expect(drafts(plan(undefined))).toEqual([]);
  });

  it('takes points off the steps that hold drafts, not off the situation', () => {
    const confirmed = checkPlan(plan(undefined), { today: TODAY }).scores.steps;
    const drafted = checkPlan(plan(true), { today: TODAY }).scores.steps;
    expect(drafted.goals).toBeLessThan(confirmed.goals);
    expect(drafted.roadmap).toBeLessThan(confirmed.roadmap);
    expect(drafted.situation).toBe(confirmed.situation);
    expect(drafted.themes).toBe(confirmed.themes);
  });
});
