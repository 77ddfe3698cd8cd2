import { describe, expect, it } from 'vitest';
import { checkPlan, LOCALES, type PlanDocument } from '../index.js';

/*
 * The words of the health check, read as a user of another business than the demo's book shop
 * reads them: a dental clinic's plan.
 */

const TODAY = '2027-05-10';

function clinic(goals: PlanDocument['goals'], kpis: PlanDocument['kpis'] = []): PlanDocument {
  return {
    kurs: 1,
    plan: { name: 'Smilet tannklinikk 2027', period: { start: '2027-01-01', end: '2027-12-31' } },
    kpis: [{ id: 'new-patients', name: 'New patients', unit: 'count', frequency: 'monthly' }, ...(kpis ?? [])],
    goals,
  };
}

const findings = (plan: PlanDocument, locale: (typeof LOCALES)[number] = 'en') => checkPlan(plan, { today: TODAY, locale }).findings;

describe('health words', () => {
  it('give a goal without a target one finding, which names both the value and the date', () => {
    const plan = clinic([{ id: 'patients', title: '400 new patients in 2027', horizon: 'year', kpi: 'new-patients' }]);
    const about = findings(plan).filter((f) => f.path.startsWith('goals[0].target'));
    expect(about.map((f) => [f.rule, f.path, f.message])).toEqual([
      ['goal-no-target', 'goals[0].target', 'The goal “400 new patients in 2027” has no target value or target date.'],
    ]);
    expect(findings(plan, 'da').find((f) => f.rule === 'goal-no-target')?.message).toBe('Målet »400 new patients in 2027« har ingen målværdi eller deadline.');
  });

  it('still tell a missing target value from a missing target date', () => {
    const plan = clinic([
      { id: 'no-value', title: '400 new patients in 2027', horizon: 'year', kpi: 'new-patients', target: { date: '2027-12-31' } },
      { id: 'no-date', title: '30 new patients a month', horizon: 'year', kpi: 'new-patients', target: { value: 30 } },
    ]);
    const about = findings(plan)
      .filter((f) => f.rule === 'goal-no-target' || f.rule === 'goal-no-target-date')
      .map((f) => [f.rule, f.path, f.message]);
    expect(about).toEqual([
      ['goal-no-target', 'goals[0].target.value', 'The goal “400 new patients in 2027” has no target value.'],
      ['goal-no-target-date', 'goals[1].target.date', 'The goal “30 new patients a month” has no target date.'],
    ]);
  });

  it('give hints without the book shop’s examples, in every language', () => {
    const plan = clinic(
      [
        { id: 'patients', title: 'More new patients', horizon: 'year' },
        { id: 'fans', title: 'Reach 2 000 followers by June', horizon: 'year', kpi: 'followers', business_link: 'customer' },
      ],
      [{ id: 'followers', name: 'Instagram followers', unit: 'count', frequency: 'monthly' }],
    );
    for (const locale of LOCALES) {
      const hints = findings(plan, locale).filter((f) => ['goal-no-kpi', 'goal-no-target', 'goal-vague', 'kpi-vanity'].includes(f.rule));
      expect([...new Set(hints.map((f) => f.rule))].sort()).toEqual(['goal-no-kpi', 'goal-no-target', 'goal-vague', 'kpi-vanity']);
      for (const finding of hints) expect(`${locale}: ${finding.hint}`).not.toMatch(/\bbooks?\b|bøker|bøger|böcker|webshop|nettbutikk|webbutik|120|60[ .]000/i);
    }
    const english = findings(plan).find((f) => f.rule === 'goal-no-target')!;
    expect(english.hint).toBe(
      'Set the number to reach and the date to reach it by, such as a number of sales, bookings or enquiries, or a conversion rate of 3 %. Without them the goal is not SMART.',
    );
  });

  it('name a vanity metric once', () => {
    const plan = clinic(
      [{ id: 'fans', title: 'Reach 2 000 followers by June', horizon: 'year', kpi: 'followers', business_link: 'customer', target: { value: 2000, date: '2027-06-30' } }],
      [{ id: 'followers', name: 'Followers', unit: 'count', frequency: 'monthly' }],
    );
    for (const locale of LOCALES) {
      const message = findings(plan, locale).find((f) => f.rule === 'kpi-vanity')!.message;
      expect({ locale, times: message.match(/followers/gi)?.length }).toEqual({ locale, times: 1 });
    }
    expect(findings(plan).find((f) => f.rule === 'kpi-vanity')!.message).toBe('The KPI “Followers” is a vanity metric and leads to no conversion goal.');
  });
});
