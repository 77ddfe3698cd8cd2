import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanRules } from '../plan/plan.rules.js';
import {
  addDays,
  addMonths,
  bookshopPlan,
  checkPlan,
  daysBetween,
  DomainError,
  FREQUENCY_GRAIN,
  fromDayNumber,
  goalProgress,
  measurementDue,
  periodOf,
  planDocumentSchema,
  quarterStart,
  toDayNumber,
  type PlanDocument,
} from '../index.js';

// A leap day, the last and first days of years, a month end and ordinary days.
const TODAYS = ['2026-11-24', '2028-02-29', '2026-12-31', '2027-01-01', '2025-06-15', '2030-03-31', '2031-07-01'];

const anyToday = fc
  .integer({ min: toDayNumber('1990-01-01'), max: toDayNumber('2099-12-31') })
  .map((day) => fromDayNumber(day));

function measurementsOf(plan: PlanDocument, kpi: string) {
  return (plan.measurements ?? []).filter((m) => m.kpi === kpi).sort((a, b) => (a.date < b.date ? -1 : 1));
}

function statuses(plan: PlanDocument, today: string): Record<string, string> {
  return Object.fromEntries(goalProgress(plan, { today }).map((p) => [p.goal, p.status]));
}

describe('bookshopPlan', () => {
  it.each(TODAYS)('is a valid plan document with no broken rule on %s', (today) => {
    const plan = bookshopPlan({ today });
    expect(planDocumentSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    expect(checkPlanRules(plan)).toEqual([]);
  });

  it('stays valid, with nothing measured after today, for any day of the century', () => {
    fc.assert(
      fc.property(anyToday, (today) => {
        const plan = bookshopPlan({ today });
        expect(checkPlanRules(plan)).toEqual([]);
        expect((plan.measurements ?? []).filter((m) => m.date > today)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('is deterministic: the same day gives the same plan, another day another plan', () => {
    expect(bookshopPlan({ today: '2026-11-24' })).toEqual(bookshopPlan({ today: '2026-11-24' }));
    expect(bookshopPlan({ today: '2026-11-25' }).measurements).not.toEqual(
      bookshopPlan({ today: '2026-11-24' }).measurements,
    );
  });

  it('places a two-year period around today, its twelfth month being today’s', () => {
    const plan = bookshopPlan({ today: '2026-11-24' });
    expect(plan.plan.period).toEqual({ start: '2025-12-01', end: '2027-11-30' });
    expect(plan.plan.name).toBe('Digital strategy 2026–2027');
    expect(plan.plan).toMatchObject({ organisation: 'Nordbok AS', locale: 'nb', currency: 'NOK' });
    expect(bookshopPlan({ today: '2028-02-29' }).plan.period).toEqual({ start: '2027-03-01', end: '2029-02-28' });
  });

  it('refuses a today that is not a date', () => {
    expect(() => bookshopPlan({ today: '2026-02-30' })).toThrow(DomainError);
    expect(() => bookshopPlan({ today: 'tomorrow' })).toThrow(expect.objectContaining({ code: 'invalid' }));
  });

  it('maps the situation: USP, three kinds of audience, competitors, an ecosystem and past campaigns', () => {
    const { situation, plan } = bookshopPlan({ today: '2026-11-24' });
    expect(situation?.usp).toBeTruthy();
    expect(new Set(situation?.audiences?.map((a) => a.kind))).toEqual(new Set(['current', 'non_buyer', 'desired']));
    expect(situation?.competitors?.length).toBeGreaterThanOrEqual(2);
    for (const competitor of situation?.competitors ?? []) {
      expect(competitor.better_at?.length).toBeGreaterThan(0);
      expect(competitor.our_difference).toBeTruthy();
    }
    const channels = situation?.channels ?? [];
    expect(channels.length).toBeGreaterThanOrEqual(7);
    expect(channels.length).toBeLessThanOrEqual(9);
    for (const type of ['website', 'social', 'email', 'search', 'paid', 'marketplace', 'crm', 'app']) {
      expect(channels.map((c) => c.type)).toContain(type);
    }
    for (const channel of channels) expect(channel).toMatchObject({ goal: expect.any(String), challenges: expect.any(String) });
    const campaigns = situation?.campaigns ?? [];
    expect(campaigns.length).toBeGreaterThanOrEqual(2);
    for (const campaign of campaigns) {
      expect(campaign.end! < plan.period.start).toBe(true);
      expect(campaign).toMatchObject({ spend: expect.any(Number), result: expect.any(String), learning: expect.any(String) });
    }
    expect(situation?.findings?.length).toBeGreaterThanOrEqual(3);
  });

  it('has goals on three horizons, each year goal under a long one and each quarter goal under a year one', () => {
    const goals = bookshopPlan({ today: '2026-11-24' }).goals ?? [];
    const byId = new Map(goals.map((g) => [g.id, g]));
    expect(goals.length).toBeGreaterThanOrEqual(8);
    expect(goals.length).toBeLessThanOrEqual(10);
    const above = { quarter: 'year', year: 'long' } as const;
    for (const goal of goals) {
      expect(goal).toMatchObject({ kpi: expect.any(String), baseline: expect.any(Object), target: expect.any(Object) });
      if (goal.horizon === 'long') expect(goal.parent).toBeUndefined();
      else expect(byId.get(goal.parent ?? '')?.horizon).toBe(above[goal.horizon]);
    }
    expect(new Set(goals.map((g) => g.department))).toEqual(new Set(['marketing', 'sales', 'support']));
    expect(goals.filter((g) => g.owner === undefined).map((g) => g.id)).toEqual(['fast-answers']);
    expect(goals.find((g) => g.id === 'sell-books')?.target?.value).toBe(120_000);
  });

  it('tells the same story on any day: most goals on track, the conversion goal behind, cost per order at risk', () => {
    fc.assert(
      fc.property(anyToday, (today) => {
        const { 'sell-books': books, ...others } = statuses(bookshopPlan({ today }), today);
        expect(others).toEqual({
          'market-leader': 'on_track',
          'loyal-readers': 'on_track',
          'cheaper-orders': 'at_risk',
          'repeat-buyers': 'on_track',
          'fast-answers': 'on_track',
          'more-visits': 'on_track',
          'better-conversion': 'behind',
          'reading-depth': 'on_track',
          'book-advice': 'on_track',
        });
        // Books sell at Christmas: before it the year's total trails the straight line.
        expect(['on_track', 'behind']).toContain(books);
      }),
      { numRuns: 60 },
    );
  });

  it('is on track to sell 120 000 books once Christmas is counted', () => {
    for (const today of ['2027-01-20', '2027-03-05', '2027-06-28']) {
      expect(statuses(bookshopPlan({ today }), today)['sell-books']).toBe('on_track');
    }
  });

  it('records in the review the status each goal had on the review day', () => {
    for (const today of TODAYS) {
      const plan = bookshopPlan({ today });
      const review = plan.reviews?.[0];
      const then = statuses(plan, review?.date ?? '');
      expect(review?.goals?.length).toBeGreaterThanOrEqual(4);
      for (const judged of review?.goals ?? []) expect([judged.goal, judged.status]).toEqual([judged.goal, then[judged.goal]]);
    }
  });

  it('leaves in the weaknesses the health check should find, and nothing it calls an error', () => {
    for (const today of TODAYS) {
      const { findings } = checkPlan(bookshopPlan({ today }), { today });
      const rules = findings.map((f) => f.rule);
      for (const rule of ['goal-no-owner', 'kpi-vanity', 'kpi-measurement-overdue', 'theme-over-budget']) {
        expect(rules).toContain(rule);
      }
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    }
  });

  it('defines at least ten KPIs of every kind, with one vanity metric no goal is measured by', () => {
    const { kpis = [], goals = [] } = bookshopPlan({ today: '2026-11-24' });
    expect(kpis.length).toBeGreaterThanOrEqual(10);
    expect(kpis.length).toBeLessThanOrEqual(12);
    for (const kpi of kpis) {
      expect(kpi).toMatchObject({ definition: expect.any(String), unit: expect.any(String), owner: expect.any(String) });
    }
    expect(new Set(kpis.map((k) => k.direction))).toEqual(new Set(['up', 'down']));
    expect(new Set(kpis.map((k) => k.aggregation))).toEqual(new Set(['sum', 'average', 'last']));
    expect(new Set(kpis.map((k) => k.frequency))).toEqual(new Set(['weekly', 'monthly', 'quarterly']));
    expect(new Set(kpis.map((k) => k.funnel_stage))).toEqual(new Set(['reach', 'engage', 'convert', 'retain', undefined]));
    expect(kpis.find((k) => k.id === 'instagram-followers')?.conversion).toBe(false);
    expect(goals.map((g) => g.kpi)).not.toContain('instagram-followers');
  });

  it.each(TODAYS)('measures every KPI over the last twelve months at its frequency, one overdue, on %s', (today) => {
    const plan = bookshopPlan({ today });
    const yearAgo = addMonths(today, -12);
    const minimum = { weekly: 52, monthly: 12, quarterly: 4 } as Record<string, number>;
    const stale: string[] = [];
    for (const kpi of plan.kpis ?? []) {
      const series = measurementsOf(plan, kpi.id);
      const frequency = kpi.frequency ?? 'monthly';
      expect(series.length, kpi.id).toBeGreaterThan(0);
      // The first value covers a week, month or quarter that began a year ago or earlier.
      expect(periodOf(series[0].date, FREQUENCY_GRAIN[frequency]).start <= yearAgo, kpi.id).toBe(true);
      expect(series.at(-1)!.date <= today, kpi.id).toBe(true);
      expect(new Set(series.map((m) => m.date)).size).toBe(series.length);
      if (measurementDue({ frequency, period: plan.plan.period, latest: series.at(-1)!.date, today }).overdue) stale.push(kpi.id);
      else expect(series.length, kpi.id).toBeGreaterThanOrEqual(minimum[frequency]);
      if (frequency === 'weekly') {
        series.slice(1).forEach((m, i) => expect(daysBetween(series[i].date, m.date)).toBe(7));
      }
    }
    expect(stale).toEqual(['newsletter-ctr']);
  });

  it('sells most books at Christmas', () => {
    const books = measurementsOf(bookshopPlan({ today: '2027-01-15' }), 'books-sold');
    const best = books.reduce((a, b) => (b.value > a.value ? b : a));
    expect(best.date).toBe('2026-12-31');
  });

  it('groups 22 to 30 activities in three or four themes, one of them maintenance', () => {
    fc.assert(
      fc.property(anyToday, (today) => {
        const { themes = [], activities = [] } = bookshopPlan({ today });
        expect(themes.length).toBeGreaterThanOrEqual(3);
        expect(themes.length).toBeLessThanOrEqual(4);
        expect(themes.filter((t) => t.maintenance).length).toBe(1);
        for (const theme of themes) expect(theme).toMatchObject({ budget_hours: expect.any(Number), color: expect.any(String) });
        expect(activities.length).toBeGreaterThanOrEqual(22);
        expect(activities.length).toBeLessThanOrEqual(30);
        expect(activities.every((a) => a.theme !== undefined && a.owner !== undefined && a.estimate_hours !== undefined)).toBe(true);
        expect(new Set(activities.map((a) => a.type))).toEqual(new Set(['campaign', 'project', 'task', 'maintenance']));
      }),
      { numRuns: 40 },
    );
  });

  it('gives each activity the status its dates call for, as of today', () => {
    fc.assert(
      fc.property(anyToday, (today) => {
        const activities = bookshopPlan({ today }).activities ?? [];
        for (const { id, start, end, status } of activities) {
          const expected =
            start === undefined || end === undefined
              ? 'idea'
              : end < today
                ? 'done'
                : start <= today
                  ? 'in_progress'
                  : daysBetween(today, start) <= 90
                    ? 'planned'
                    : 'idea';
          expect([id, status]).toEqual([id, expected]);
        }
        expect(new Set(activities.map((a) => a.status))).toEqual(new Set(['done', 'in_progress', 'planned', 'idea']));
        expect(activities.some((a) => a.status === 'idea' && a.start === undefined)).toBe(true);
        expect(activities.some((a) => (a.depends_on ?? []).length > 0)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('runs the campaigns on the Norwegian calendar: Mother’s Day, Black Week, påskekrim until Easter Monday', () => {
    const byId = new Map((bookshopPlan({ today: '2026-11-24' }).activities ?? []).map((a) => [a.id, a]));
    // Mother's Day in Norway is the second Sunday of February; Easter 2027 is 28 March; Black Friday 2026 is 27 November.
    expect(byId.get('mothers-day-2027')?.end).toBe('2027-02-14');
    expect(byId.get('paskekrim-2027')?.end).toBe('2027-03-29');
    expect(byId.get('black-week-2026')).toMatchObject({ start: '2026-11-23', end: '2026-11-30', status: 'in_progress' });
    expect(byId.get('christmas-2026')?.status).toBe('in_progress');
    expect(bookshopPlan({ today: '2028-02-29' }).activities?.find((a) => a.id === 'paskekrim-2028')?.end).toBe(
      '2028-04-17',
    );
  });

  it('puts five to eight milestones on the roadmap and reviews the quarter just finished', () => {
    fc.assert(
      fc.property(anyToday, (today) => {
        const plan = bookshopPlan({ today });
        const milestones = plan.milestones ?? [];
        expect(milestones.length).toBeGreaterThanOrEqual(5);
        expect(milestones.length).toBeLessThanOrEqual(8);
        const reviews = plan.reviews ?? [];
        expect(reviews.length).toBe(1);
        expect(reviews[0].date).toBe(addDays(quarterStart(today), -1));
        expect(reviews[0].goals?.some((g) => g.decision !== undefined)).toBe(true);
        expect(reviews[0].experiments?.length).toBe(2);
        for (const experiment of reviews[0].experiments ?? []) {
          expect(experiment).toMatchObject({ result: expect.any(String), learning: expect.any(String), next: expect.any(String) });
          expect(experiment.end! <= reviews[0].date).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('has a strategy for every funnel stage and a journey through them on the mapped channels', () => {
    const { strategy } = bookshopPlan({ today: '2026-11-24' });
    expect(Object.keys(strategy?.funnel ?? {}).sort()).toEqual(['convert', 'engage', 'reach', 'retain']);
    expect(strategy?.journey?.map((step) => step.stage)).toEqual(['reach', 'engage', 'convert', 'retain']);
    expect(strategy).toMatchObject({ positioning: expect.any(String), traffic: 'mixed', content: expect.any(String) });
  });
});
