import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DomainError, STEPS, checkPlan, planDocumentSchema, type PlanDocument } from '../index.js';

const TODAY = '2027-05-10';
const healthyPlan = planDocumentSchema.parse(
  parse(readFileSync(new URL('./fixtures/healthy-plan.yaml', import.meta.url), 'utf8')),
);

function healthy(): PlanDocument {
  return structuredClone(healthyPlan);
}

const header = healthy().plan;
const emptyPlan: PlanDocument = { kurs: 1, plan: header };

/** Ways a real plan decays; the property test combines them at random. */
const damages: Record<string, (plan: PlanDocument) => void> = {
  noOwners: (p) => p.goals!.forEach((g) => delete g.owner),
  noKpiLinks: (p) => p.goals!.forEach((g) => delete g.kpi),
  noBaselines: (p) => p.goals!.forEach((g) => delete g.baseline),
  vagueTitles: (p) => p.goals!.forEach((g) => (g.title = 'Grow sales')),
  noGoals: (p) => (p.goals = []),
  noKpis: (p) => (p.kpis = []),
  kpisUndefined: (p) =>
    p.kpis!.forEach((k) => {
      delete k.definition;
      delete k.unit;
      delete k.frequency;
    }),
  noMeasurements: (p) => (p.measurements = []),
  noSituation: (p) => delete p.situation,
  noStrategy: (p) => delete p.strategy,
  activitiesUnowned: (p) =>
    p.activities!.forEach((a) => {
      delete a.owner;
      delete a.estimate_hours;
    }),
  noActivities: (p) => (p.activities = []),
  noThemes: (p) => (p.themes = []),
  noMaintenance: (p) => (p.themes = p.themes!.filter((t) => !t.maintenance)),
  noMilestones: (p) => (p.milestones = []),
  noReviews: (p) => (p.reviews = []),
};

function damaged(names: string[]): PlanDocument {
  const plan = healthy();
  for (const name of names) damages[name](plan);
  return plan;
}

describe('checkPlan', () => {
  it('gives a healthy plan full marks', () => {
    const { findings, scores } = checkPlan(healthy(), { today: TODAY });
    expect(findings).toEqual([]);
    expect(scores.overall).toBe(100);
    expect(Object.values(scores.steps)).toEqual(STEPS.map(() => 100));
  });

  it('scores a poor plan lower than a good one, step by step', () => {
    const good = checkPlan(healthy(), { today: TODAY }).scores;
    const poor = checkPlan(damaged(['noOwners', 'vagueTitles', 'kpisUndefined', 'activitiesUnowned', 'noMaintenance']), {
      today: TODAY,
    }).scores;
    expect(poor.overall).toBeLessThan(good.overall);
    for (const step of ['goals', 'kpis', 'activities', 'themes'] as const) {
      expect(poor.steps[step]).toBeLessThan(good.steps[step]);
    }
  });

  it('scores 100 in a step exactly when the step has content and no findings, and always 0–100 whole numbers', () => {
    // The damages that leave a step without content (all of them together, for the roadmap).
    const emptiedBy: Record<(typeof STEPS)[number], string[]> = {
      situation: ['noSituation'],
      goals: ['noGoals'],
      kpis: ['noKpis'],
      strategy: ['noStrategy'],
      activities: ['noActivities'],
      themes: ['noThemes'],
      roadmap: ['noMilestones', 'noActivities'],
      reviews: ['noReviews'],
    };
    fc.assert(
      fc.property(fc.subarray(Object.keys(damages)), fc.constantFrom('2026-12-01', TODAY, '2028-03-01'), (names, today) => {
        const { findings, scores } = checkPlan(damaged(names), { today });
        const hasContent = (step: (typeof STEPS)[number]) => !emptiedBy[step].every((name) => names.includes(name));
        for (const score of [scores.overall, ...Object.values(scores.steps)]) {
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
        }
        for (const step of STEPS) {
          expect(scores.steps[step] === 100).toBe(hasContent(step) && !findings.some((f) => f.step === step));
        }
        expect(scores.overall === 100).toBe(findings.length === 0 && STEPS.every(hasContent));
      }),
      { numRuns: 60 },
    );
  });

  it('scores a step with no content at all 0', () => {
    const { scores } = checkPlan(damaged(['noGoals', 'noActivities']), { today: TODAY });
    expect(scores.steps.goals).toBe(0);
    expect(scores.steps.activities).toBe(0);
  });

  it('weighs a finding by the share of things it hits', () => {
    const one = healthy();
    delete one.activities![1].owner;
    const all = healthy();
    all.activities!.forEach((a) => delete a.owner);
    const some = checkPlan(one, { today: TODAY }).scores.steps.activities;
    const every = checkPlan(all, { today: TODAY }).scores.steps.activities;
    expect(some).toBeLessThan(100);
    expect(every).toBeLessThan(some);
  });

  it('gives an empty plan one finding per missing part, not one per thing that could be there', () => {
    const { findings, scores } = checkPlan(emptyPlan, { today: TODAY });
    const rules = findings.map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'situation-no-audiences',
        'situation-no-channels',
        'goals-missing',
        'kpis-missing',
        'strategy-missing',
        'activities-missing',
        'themes-missing',
        'roadmap-empty',
        'reviews-missing',
      ]),
    );
    expect(rules).not.toContain('goals-horizon-missing');
    expect(rules).not.toContain('funnel-stage-uncovered');
    expect(rules).not.toContain('strategy-no-journey');
    expect(findings.length).toBeLessThanOrEqual(15);
    expect(new Set(findings.map((f) => `${f.rule} ${f.path}`)).size).toBe(findings.length);
    expect(scores.overall).toBeLessThan(20);
  });

  it('expects no reviews and no measurements before the plan has started', () => {
    const plan = damaged(['noReviews', 'noMeasurements']);
    const rules = checkPlan(plan, { today: '2026-12-01' }).findings.map((f) => f.rule);
    expect(rules).not.toContain('reviews-missing');
    expect(rules).not.toContain('kpi-no-measurements');
    const later = checkPlan(plan, { today: TODAY }).findings.map((f) => f.rule);
    expect(later).toContain('reviews-missing');
    expect(later).toContain('kpi-no-measurements');
  });

  it('lists findings in the order of the process steps', () => {
    const { findings } = checkPlan(emptyPlan, { today: TODAY });
    const order = findings.map((f) => STEPS.indexOf(f.step));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('speaks the plan’s own language unless told otherwise', () => {
    const swedish: PlanDocument = { kurs: 1, plan: { ...header, locale: 'sv' } };
    const goals = (locale?: 'da') =>
      checkPlan(swedish, { today: TODAY, locale }).findings.find((f) => f.rule === 'goals-missing')!.message;
    expect(goals()).toBe('Planen har inga mål.');
    expect(goals('da')).toBe('Planen har ingen mål.');
    expect(checkPlan(emptyPlan, { today: TODAY }).findings.find((f) => f.rule === 'goals-missing')!.message).toBe(
      'The plan has no goals.',
    );
  });

  it('formats numbers and dates for the language', () => {
    const plan = healthy();
    plan.themes![0].budget_hours = 100;
    plan.activities![0].estimate_hours = 1500;
    const message = (locale: 'en' | 'nb' | 'da') =>
      checkPlan(plan, { today: TODAY, locale }).findings.find((f) => f.rule === 'theme-over-budget')!.message;
    expect(message('en')).toContain('1,500 h');
    expect(message('nb')).toContain('1\u00a0500 t');
    expect(message('da')).toContain('1.500 t');
  });

  it('takes the maintenance share from the options', () => {
    const rules = (maintenanceShare?: number) =>
      checkPlan(healthy(), { today: TODAY, maintenanceShare }).findings.map((f) => f.rule);
    expect(rules()).not.toContain('maintenance-reserve-missing');
    expect(rules(0.25)).toContain('maintenance-reserve-missing');
  });

  it('refuses options it cannot use', () => {
    expect(() => checkPlan(emptyPlan, { today: '2027-02-30' })).toThrow(DomainError);
    try {
      checkPlan(emptyPlan, { today: 'today', maintenanceShare: 1.5 });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).errors.map((e) => e.path)).toEqual(['today', 'maintenanceShare']);
    }
  });

  it('says with a code and its facts why a maintenance share is refused: a share runs from 0 to 1', () => {
    const shareError = (maintenanceShare: number) => {
      try {
        checkPlan(emptyPlan, { today: TODAY, maintenanceShare });
      } catch (error) {
        const { code, params } = (error as DomainError).errors[0]!;
        return { code, params };
      }
      return undefined;
    };
    expect(shareError(1.5)).toEqual({ code: 'too_big', params: { maximum: 1, origin: 'number', inclusive: true } });
    expect(shareError(-0.1)).toEqual({ code: 'too_small', params: { minimum: 0, origin: 'number', inclusive: true } });
    expect(shareError(Number.NaN)).toEqual({ code: 'not_a_number', params: { value: 'NaN' } });
    expect(shareError(1)).toBeUndefined();
  });
});

describe('wording rules in four languages', () => {
  const vanity = (names: string[]) => {
    const plan: PlanDocument = { ...emptyPlan, kpis: names.map((name, i) => ({ id: `k${i}`, name })) };
    return checkPlan(plan, { today: TODAY })
      .findings.filter((f) => f.rule === 'kpi-vanity')
      .map((f) => names[Number(/\d+/.exec(f.path)![0])]);
  };

  it('knows vanity metrics by name in English, Norwegian, Swedish and Danish', () => {
    const metrics = [
      'Facebook likes',
      'Page views',
      'Instagram-følgere',
      'Sidevisninger',
      'Räckvidd på Facebook',
      'Gilla-markeringar',
      'Instagramföljare',
      'Synes godt om',
      'Rækkevidde',
    ];
    expect(vanity(metrics)).toEqual(metrics);
    expect(vanity(['Webshop visits', 'Avdelinger med leads', 'Market share', 'Newsletter sign-ups'])).toEqual([]);
  });

  it('leaves a KPI whose name is a vanity metric alone when it is marked as a conversion', () => {
    const plan: PlanDocument = { ...emptyPlan, kpis: [{ id: 'likes', name: 'Likes', conversion: true }] };
    expect(checkPlan(plan, { today: TODAY }).findings.map((f) => f.rule)).not.toContain('kpi-vanity');
  });

  it('finds vague goals in English, Norwegian, Swedish and Danish', () => {
    const titles = [
      'Improve brand awareness',
      'Øke salget på nett',
      'Fler besökare till webbplatsen',
      'Øge omsætningen',
      'Bedre synlighet i søk',
    ];
    const clear = ['Sell 120 000 books', 'Lansere ny nettbutikk', 'Merkevarebygging i Norden', 'Öka försäljningen med 20 %'];
    const plan: PlanDocument = {
      ...emptyPlan,
      goals: [...titles, ...clear].map((title, i) => ({ id: `g${i}`, title, horizon: 'year' })),
    };
    const vague = checkPlan(plan, { today: TODAY })
      .findings.filter((f) => f.rule === 'goal-vague')
      .map((f) => plan.goals![Number(/\d+/.exec(f.path)![0])].title);
    expect(vague).toEqual(titles);
  });
});
