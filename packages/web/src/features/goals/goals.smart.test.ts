import { checkPlan, type Goal, type PlanDocument } from '@kurs/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smartChecklist, type SmartCriterion } from './goals.smart';

const period = { start: '2027-01-01', end: '2027-12-31' };

/** The health rules each criterion of the checklist stands for. */
const RULES: Record<string, SmartCriterion> = {
  'goal-vague': 'specific',
  'goal-no-kpi': 'measurable',
  'goal-no-target': 'measurable',
  'goal-no-owner': 'attainable',
  'goal-no-baseline': 'realistic',
  'goal-no-target-date': 'timeBound',
  'goal-target-outside-period': 'timeBound',
};

const unmet = (goal: Goal) =>
  smartChecklist(goal, period)
    .filter((c) => c.gaps.length > 0)
    .map((c) => c.criterion)
    .sort();

/** The criteria the health check finds wanting in a plan holding only this goal. */
function unmetByHealthCheck(goal: Goal): SmartCriterion[] {
  const plan: PlanDocument = { kurs: 1, plan: { name: 'P', period }, goals: [goal], kpis: [{ id: 'visits', name: 'Visits' }] };
  const { findings } = checkPlan(plan, { today: period.start, locale: 'en' });
  const criteria = findings.filter((f) => f.path.startsWith('goals[0]') && RULES[f.rule]).map((f) => RULES[f.rule]!);
  // A goal with no target at all is one finding, for its value and its date.
  if (findings.some((f) => f.rule === 'goal-no-target' && f.path === 'goals[0].target')) criteria.push('timeBound');
  return [...new Set(criteria)].sort();
}

const base: Goal = {
  id: 'g',
  title: 'Reach 60 000 visits a month',
  horizon: 'year',
  kpi: 'visits',
  owner: 'Ola',
  baseline: { value: 38000, date: '2026-12-31' },
  target: { value: 60000, date: '2027-06-30' },
};

describe('smartChecklist', () => {
  it('ticks every criterion for a goal with a number, a KPI, a target, an owner, a baseline and a date in the plan', () => {
    expect(unmet(base)).toEqual([]);
  });

  it('says which vague word makes a goal without a number unspecific, in any of the four languages', () => {
    for (const [title, word] of [
      ['Improve the webshop', 'improve'],
      ['Flere besøkende på nettbutikken', 'flere'],
      ['Fler besökare', 'fler'],
      ['Mere salg online', 'mere'],
      ['Bedre kundeservice', 'bedre'],
    ] as const) {
      const specific = smartChecklist({ ...base, title }, period)[0]!;
      expect(specific.gaps).toEqual([{ kind: 'vague', word }]);
    }
    expect(smartChecklist({ ...base, title: 'Flere besøk: 60 000 i måneden' }, period)[0]!.gaps).toEqual([]);
  });

  it('names each missing part once', () => {
    const bare: Goal = { id: 'g', title: '', horizon: 'quarter' };
    expect(smartChecklist(bare, period).flatMap((c) => c.gaps.map((g) => g.kind))).toEqual([
      'noTitle',
      'noKpi',
      'noTarget',
      'noOwner',
      'noBaseline',
      'noTargetDate',
    ]);
  });

  it('lets a long-term goal end up to five years after the plan starts, other goals only inside the plan', () => {
    const late = { ...base, target: { value: 1, date: '2029-06-30' } };
    expect(unmet(late)).toEqual(['timeBound']);
    expect(unmet({ ...late, horizon: 'long' })).toEqual([]);
  });

  it('agrees with the health check on every goal it judges', () => {
    const words = ['Reach', '60 000', 'more', 'visits', 'bedre', 'kundeservice', 'fler', 'Øke', 'salg', 'with', '3%', 'reduce'];
    const dates = ['2026-12-31', '2027-01-01', '2027-06-30', '2027-12-31', '2028-01-01', '2031-12-31', '2032-01-01', '2032-01-02'];
    const goal = fc.record(
      {
        title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
        horizon: fc.constantFrom('quarter', 'year', 'long'),
        kpi: fc.constant('visits'),
        owner: fc.constantFrom('Ola', ' ', ''),
        baseline: fc.record({ value: fc.integer(), date: fc.constantFrom(...dates) }, { requiredKeys: [] }),
        target: fc.record({ value: fc.integer(), date: fc.constantFrom(...dates) }, { requiredKeys: [] }),
      },
      { requiredKeys: ['title', 'horizon'] },
    );
    fc.assert(
      fc.property(goal, (draft) => {
        const g = { id: 'g', ...draft } as Goal;
        expect(unmet(g)).toEqual(unmetByHealthCheck(g));
      }),
      { numRuns: 300 },
    );
  });
});
