import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  GRAIN_DAYS,
  goalProgress,
  goalStatus,
  planProgress,
  type Goal,
  type GoalProgress,
  type Kpi,
  type Measurement,
} from '../index.js';
import { buildGoal, buildKpi, buildPlan } from '../testing/plan.factories.js';
import { everyDays, measure, monthEnds } from './goals.factories.js';

const books = buildKpi({ id: 'books-sold', direction: 'up', aggregation: 'sum', frequency: 'monthly' });
const visits = buildKpi({ id: 'visits', direction: 'up', aggregation: 'sum', frequency: 'weekly' });
// Levels read from their latest value, measured monthly.
const followers = buildKpi({ id: 'followers', aggregation: 'last', frequency: 'monthly' });
const level = buildKpi({ id: 'level', aggregation: 'last', frequency: 'monthly' });
const sellBooks = buildGoal({
  id: 'sell-books',
  title: 'Sell 120 000 books online in 2027',
  kpi: 'books-sold',
  baseline: { value: 80_000, date: '2026-12-31' },
  target: { value: 120_000, date: '2027-12-31' },
});
const moreVisits = buildGoal({
  id: 'more-visits',
  parent: 'sell-books',
  title: 'Reach 60 000 monthly webshop visits by June 2027',
  horizon: 'quarter',
  kpi: 'visits',
  baseline: { value: 38_000, date: '2026-12-31' },
  target: { value: 60_000, date: '2027-06-30' },
});
const bookSales = measure('books-sold', monthEnds('2027-01-31', 6), (i) => 9000 + 100 * i);
const weeklyVisits = measure('visits', everyDays('2027-01-03', 7, 22), (i) => 10_000 + 100 * i);

function progressOf(goals: Goal[], kpis: Kpi[], measurements: Measurement[], today: string): Map<string, GoalProgress> {
  const plan = buildPlan({ goals, kpis, measurements });
  return new Map(goalProgress(plan, { today }).map((p) => [p.goal, p]));
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('goalProgress reading a sum KPI', () => {
  it('reads "sell 120 000 books in 2027" as the running total since the baseline date', () => {
    const p = progressOf([sellBooks], [books], bookSales, '2027-07-05').get('sell-books')!;
    const total = bookSales.reduce((sum, m) => sum + m.value, 0);
    expect(p.reading).toEqual({ mode: 'total' });
    expect([p.baseline, p.target, p.actual, p.actualDate]).toEqual([0, 120_000, total, '2027-06-30']);
    expect(p.progress).toBeCloseTo(total / 120_000, 12);
    expect(p.expected).toBeCloseTo(daysBetween('2026-12-31', '2027-06-30') / 365, 12);
    // 55 500 of 120 000 (46 %) against 50 % of the year gone: behind.
    expect(p.status).toBe('behind');
  });

  it('reads "60 000 monthly visits by June" from weekly sums as a monthly rate', () => {
    const p = progressOf([moreVisits], [visits], weeklyVisits, '2027-06-01').get('more-visits')!;
    const perMonth = GRAIN_DAYS.month / 7;
    const actual = mean(weeklyVisits.slice(-4).map((m) => m.value)) * perMonth;
    expect(p.reading).toEqual({ mode: 'rate', per: 'month' });
    expect(p.actual).toBeCloseTo(actual, 6);
    expect(p.progress).toBeCloseTo((actual - 38_000) / 22_000, 12);
    expect(p.baseline).toBe(38_000);
  });

  it('lets the numbers tell a monthly rate from a total when the goal spans a quarter', () => {
    const q1Visits = { ...moreVisits, parent: undefined, target: { value: 60_000, date: '2027-03-31' } };
    const q2Books = buildGoal({
      id: 'q2-books',
      kpi: 'books-sold',
      horizon: 'quarter',
      baseline: { value: 25_000, date: '2027-03-31' },
      target: { value: 30_000, date: '2027-06-30' },
    });
    const result = progressOf([q1Visits, q2Books], [visits, books], [...weeklyVisits, ...bookSales], '2027-07-01');
    expect(result.get('more-visits')?.reading).toEqual({ mode: 'rate', per: 'month' });
    expect(result.get('q2-books')?.reading).toEqual({ mode: 'total' });
    expect(result.get('q2-books')?.actual).toBe(bookSales.slice(3).reduce((sum, m) => sum + m.value, 0));
  });

  it('reads "500 leads a week" from daily sums as a weekly rate', () => {
    const leads = buildKpi({ id: 'leads', aggregation: 'sum', frequency: 'daily' });
    const goal = buildGoal({ id: 'leads-goal', kpi: 'leads', baseline: { value: 300, date: '2027-01-01' }, target: { value: 500, date: '2027-12-31' } });
    const daily = measure('leads', everyDays('2027-01-02', 1, 60), (i) => 40 + (i % 3) * 10);
    const p = progressOf([goal], [leads], daily, '2027-03-03').get('leads-goal')!;
    expect(p.reading).toEqual({ mode: 'rate', per: 'week' });
    expect(p.actual).toBeCloseTo(mean(daily.slice(-7).map((m) => m.value)) * 7, 9);
  });
});

describe('goalProgress reading a level', () => {
  it('reads an average KPI over about a month and counts a fall towards a lower target as progress', () => {
    const bounce = buildKpi({ id: 'bounce', direction: 'down', aggregation: 'average', frequency: 'daily', unit: 'percent' });
    const goal = buildGoal({ id: 'bounce-goal', kpi: 'bounce', baseline: { value: 40, date: '2026-12-31' }, target: { value: 30, date: '2027-12-31' } });
    const daily = measure('bounce', everyDays('2027-01-01', 1, 90), (i) => (i < 60 ? 39 : 36 + (i % 2)));
    const p = progressOf([goal], [bounce], daily, '2027-04-01').get('bounce-goal')!;
    const actual = mean(daily.slice(-30).map((m) => m.value));
    expect(p.reading).toEqual({ mode: 'level', aggregation: 'average' });
    expect(p.actual).toBeCloseTo(actual, 12);
    expect(p.progress).toBeCloseTo((40 - actual) / 10, 12);
    expect(p.status).toBe('on_track');
  });

  it('reads a last KPI as its latest value, ignoring measurements after today, and a repeated date as the later entry', () => {
    const goal = buildGoal({ id: 'f', kpi: 'followers', baseline: { value: 1000, date: '2026-12-31' }, target: { value: 2000, date: '2027-12-31' } });
    const measurements = [
      { kpi: 'followers', date: '2027-01-31', value: 1100 },
      { kpi: 'followers', date: '2027-02-28', value: 1150 },
      { kpi: 'followers', date: '2027-02-28', value: 1200 },
      { kpi: 'followers', date: '2027-03-31', value: 5000 },
    ];
    const p = progressOf([goal], [followers], measurements, '2027-03-15').get('f')!;
    expect([p.actual, p.actualDate, p.progress]).toEqual([1200, '2027-02-28', 0.2]);
    expect(p.lastMeasurement).toEqual({ date: '2027-02-28', value: 1200 });
  });

  it('without a baseline value starts from the last reading up to the baseline date, else the first after it', () => {
    const before = buildGoal({ id: 'before', kpi: 'followers', baseline: { date: '2027-01-15' }, target: { value: 2000, date: '2027-12-31' } });
    const after = buildGoal({ id: 'after', kpi: 'followers', baseline: { date: '2026-06-01' }, target: { value: 2000, date: '2027-12-31' } });
    const measurements = measure('followers', monthEnds('2027-01-31', 3), (i) => 1000 + 100 * i);
    const result = progressOf([before, after], [followers], measurements, '2027-04-01');
    expect(result.get('before')?.baseline).toBe(1000);
    expect(result.get('after')?.baseline).toBe(1000);
    expect(result.get('before')?.progress).toBeCloseTo(200 / 1000, 12);
  });

  it('runs a goal without dates over the plan period', () => {
    const goal = buildGoal({ id: 'undated', kpi: 'followers', baseline: { value: 0 }, target: { value: 100 } });
    const p = progressOf([goal], [followers], [{ kpi: 'followers', date: '2027-07-02', value: 50 }], '2027-07-10').get('undated')!;
    expect(p.expected).toBeCloseTo(daysBetween('2026-12-31', '2027-07-02') / 365, 12);
    expect(p.status).toBe('on_track');
  });
});

describe('goalProgress status, staleness and forecast', () => {
  it('is no_data without a KPI, with an unknown KPI, without a target or with nothing measured after the baseline date', () => {
    const goals = [
      buildGoal({ id: 'no-kpi' }),
      buildGoal({ id: 'unknown', kpi: 'nope', target: { value: 1, date: '2027-12-31' } }),
      buildGoal({ id: 'no-target', kpi: 'followers', baseline: { value: 1, date: '2026-12-31' }, target: undefined }),
      buildGoal({ id: 'not-yet', kpi: 'followers', baseline: { value: 1, date: '2027-03-01' }, target: { value: 2, date: '2027-12-31' } }),
    ];
    const result = progressOf(goals, [followers], [{ kpi: 'followers', date: '2027-02-01', value: 5 }], '2027-03-10');
    for (const id of ['no-kpi', 'unknown', 'no-target', 'not-yet']) {
      expect(result.get(id)?.status).toBe('no_data');
      expect(result.get(id)?.progress).toBeNull();
    }
    expect(result.get('no-kpi')?.source).toBe('none');
    expect(result.get('not-yet')?.lastMeasurement).toEqual({ date: '2027-02-01', value: 5 });
  });

  it('is achieved once the running total reaches the target', () => {
    const year = measure('books-sold', monthEnds('2027-01-31', 12), (i) => 9000 + 100 * i);
    const goal = { ...sellBooks, target: { value: 110_000, date: '2027-12-31' } };
    const at = (today: string) => progressOf([goal], [books], year, today).get('sell-books')!;
    expect(at('2027-12-31').status).toBe('achieved');
    expect(at('2027-11-30').status).not.toBe('achieved');
  });

  it('is stale when the next result is overdue: its month has closed and two weeks have passed', () => {
    // The latest sales are June's (30 June): July's may come until 14 August.
    const at = (today: string) => progressOf([sellBooks], [books], bookSales, today).get('sell-books')!.stale;
    expect(at('2027-08-14')).toBe(false);
    expect(at('2027-08-15')).toBe(true);
  });

  it('forecasts the running total at the target date and when it reaches the target', () => {
    const steady = measure('books-sold', monthEnds('2027-01-31', 6), () => 10_000);
    const p = progressOf([sellBooks], [books], steady, '2027-07-01').get('sell-books')!;
    expect(p.forecast?.date).toBe('2027-12-31');
    // 10 000 a month: about 120 000 by the end of the year, give or take the months' lengths.
    expect(p.forecast!.value).toBeGreaterThan(118_000);
    expect(p.forecast!.value).toBeLessThan(122_000);
    expect(p.forecast!.reachesTargetOn! >= '2027-12-15' && p.forecast!.reachesTargetOn! <= '2028-01-15').toBe(true);
  });
});

describe('goalProgress roll-up', () => {
  const child = (id: string, weight?: number): Goal =>
    buildGoal({ id, parent: 'parent', kpi: id, weight, baseline: { value: 0, date: '2026-12-31' }, target: { value: 100, date: '2027-12-31' } });
  const resultOf = (id: string, value: number) => [{ kpi: id, date: '2027-07-02', value }];

  it('takes a parent without a KPI from its sub-goals, weighted, each counting at most 100 %', () => {
    const goals = [buildGoal({ id: 'parent' }), child('a', 3), child('b'), child('c'), child('d')];
    const kpis = ['a', 'b', 'c', 'd'].map((id) => ({ ...followers, id }));
    const result = progressOf(goals, kpis, [...resultOf('a', 40), ...resultOf('b', 80), ...resultOf('c', 250)], '2027-07-10');
    const parent = result.get('parent')!;
    expect(parent.source).toBe('sub_goals');
    expect(parent.progress).toBeCloseTo((3 * 0.4 + 0.8 + 1) / 5, 12);
    expect(parent.expected).toBeCloseTo(result.get('a')!.expected, 12);
    expect(parent.status).toBe(goalStatus(parent.progress, parent.expected));
    expect(result.get('d')?.status).toBe('no_data');
  });

  it('rolls up over several levels and keeps a parent that has its own KPI on it', () => {
    const goals = [
      buildGoal({ id: 'top' }),
      buildGoal({ id: 'parent', parent: 'top' }),
      child('a'),
      { ...child('own'), parent: 'top', kpi: 'own' },
      { ...child('under-own'), parent: 'own' },
    ];
    const kpis = ['a', 'own', 'under-own'].map((id) => ({ ...followers, id }));
    const result = progressOf(goals, kpis, [...resultOf('a', 50), ...resultOf('own', 10), ...resultOf('under-own', 90)], '2027-07-10');
    expect(result.get('parent')?.progress).toBeCloseTo(0.5, 12);
    expect(result.get('own')?.progress).toBeCloseTo(0.1, 12);
    expect(result.get('top')?.progress).toBeCloseTo((0.5 + 0.1) / 2, 12);
  });

  it('is no_data when no sub-goal has data, and survives a parent cycle', () => {
    const goals = [buildGoal({ id: 'x', parent: 'y' }), buildGoal({ id: 'y', parent: 'x' }), buildGoal({ id: 'z', parent: 'x' })];
    const result = progressOf(goals, [], [], '2027-07-10');
    expect([...result.values()].map((p) => p.status)).toEqual(['no_data', 'no_data', 'no_data']);
  });
});

describe('planProgress', () => {
  it('counts goals by status and horizon and rolls up the top-level goals', () => {
    const plan = buildPlan({ goals: [sellBooks, moreVisits, buildGoal({ id: 'empty', horizon: 'long' })], kpis: [books, visits], measurements: [...bookSales, ...weeklyVisits] });
    const today = '2027-07-05';
    const goals = goalProgress(plan, { today });
    const summary = planProgress(plan, { today });
    expect(summary.goals).toBe(3);
    for (const status of ['on_track', 'behind', 'at_risk', 'achieved', 'no_data'] as const) {
      expect(summary.byStatus[status]).toBe(goals.filter((g) => g.status === status).length);
    }
    expect(summary.byHorizon.quarter.goals).toBe(1);
    expect(summary.byHorizon.quarter.byStatus[goals[1].status]).toBe(1);
    expect(summary.byHorizon.long.byStatus.no_data).toBe(1);
    // Top level: sell-books (with data) and the empty goal (left out).
    expect(summary.progress).toBeCloseTo(goals[0].progress!, 12);
    expect(summary.status).toBe(goals[0].status);
  });

  it('has no data for a plan without goals', () => {
    const summary = planProgress(buildPlan({ goals: [] }), { today: '2027-07-01' });
    expect([summary.goals, summary.progress, summary.status]).toEqual([0, null, 'no_data']);
  });
});

describe('goalProgress says why a goal has no progress', () => {
  const goal = (overrides: Partial<Goal>): Goal =>
    buildGoal({ id: 'g', kpi: 'followers', baseline: { value: 100, date: '2027-01-01' }, target: { value: 200, date: '2027-12-31' }, ...overrides });
  const at = (goals: Goal[], measurements: Measurement[], today: string) => progressOf(goals, [followers], measurements, today);

  it('names the last date when the KPI has values only before the baseline date', () => {
    const measurements = [
      { kpi: 'followers', date: '2026-11-30', value: 90 },
      { kpi: 'followers', date: '2026-12-31', value: 95 },
    ];
    const p = at([goal({})], measurements, '2027-02-10').get('g')!;
    expect([p.status, p.progress]).toEqual(['no_data', null]);
    expect(p.noData).toEqual({ reason: 'only_before_baseline', last: '2026-12-31', baseline: '2027-01-01' });
  });

  it('counts a value on the baseline date as before it', () => {
    const p = at([goal({})], [{ kpi: 'followers', date: '2027-01-01', value: 100 }], '2027-02-10').get('g')!;
    expect(p.noData).toEqual({ reason: 'only_before_baseline', last: '2027-01-01', baseline: '2027-01-01' });
  });

  it('tells a KPI without any value from one whose values all lie after today', () => {
    expect(at([goal({})], [], '2027-02-10').get('g')!.noData).toEqual({ reason: 'no_measurements' });
    const ahead = at([goal({})], [{ kpi: 'followers', date: '2027-02-28', value: 120 }], '2027-02-10').get('g')!;
    expect(ahead.noData).toEqual({ reason: 'only_after_today', first: '2027-02-28' });
  });

  it('names the first date when every value after the baseline comes after a deadline that is past', () => {
    const measurements = [
      { kpi: 'followers', date: '2026-12-31', value: 95 },
      { kpi: 'followers', date: '2027-07-31', value: 150 },
    ];
    const p = at([goal({ target: { value: 200, date: '2027-06-30' } })], measurements, '2027-08-10').get('g')!;
    expect(p.noData).toEqual({ reason: 'only_after_target', first: '2027-07-31', target: '2027-06-30' });
    expect(p.status).toBe('no_data');
  });

  it('says so without a KPI, without a target value, and for a parent whose sub-goals have no data', () => {
    const measurements = [{ kpi: 'followers', date: '2027-01-31', value: 120 }];
    const result = at(
      [
        buildGoal({ id: 'no-kpi' }),
        goal({ id: 'no-target', target: { date: '2027-12-31' } }),
        buildGoal({ id: 'parent' }),
        goal({ id: 'child', parent: 'parent', kpi: 'followers', baseline: { value: 100, date: '2027-03-01' } }),
      ],
      measurements,
      '2027-02-10',
    );
    expect(result.get('no-kpi')!.noData).toEqual({ reason: 'no_kpi' });
    expect(result.get('no-target')!.noData).toEqual({ reason: 'no_target' });
    expect(result.get('parent')!.noData).toEqual({ reason: 'no_sub_goal_data' });
  });

  it('has no reason when there is progress', () => {
    const p = at([goal({})], [{ kpi: 'followers', date: '2027-01-31', value: 120 }], '2027-02-10').get('g')!;
    expect(p.progress).toBeCloseTo(0.2, 12);
    expect(p.noData).toBeNull();
  });
});

describe('goalProgress judging a goal at its deadline', () => {
  const goal = buildGoal({ id: 'g', kpi: 'level', baseline: { value: 50, date: '2026-12-31' }, target: { value: 100, date: '2027-06-30' } });
  const measurements = [
    { kpi: 'level', date: '2027-03-31', value: 70 },
    { kpi: 'level', date: '2027-06-30', value: 120 },
    { kpi: 'level', date: '2027-08-31', value: 80 },
  ];

  it('judges a level goal by the value at its deadline once the deadline is past', () => {
    const p = progressOf([goal], [level], measurements, '2027-09-10').get('g')!;
    expect([p.actual, p.actualDate, p.status]).toEqual([120, '2027-06-30', 'achieved']);
    expect(p.progress).toBeCloseTo((120 - 50) / 50, 12);
    expect(p.pastTarget).toBe(true);
    // The KPI's own latest value stays what it is.
    expect(p.lastMeasurement).toEqual({ date: '2027-08-31', value: 80 });
    // On the target date itself the goal is still open.
    expect(progressOf([goal], [level], measurements, '2027-06-30').get('g')!.pastTarget).toBe(false);
  });

  it('forecasts nothing once the target date is past, even when the last value came before it', () => {
    const early = [
      { kpi: 'level', date: '2027-03-31', value: 70 },
      { kpi: 'level', date: '2027-05-31', value: 90 },
    ];
    const before = progressOf([goal], [level], early, '2027-06-10').get('g')!;
    const after = progressOf([goal], [level], early, '2027-07-10').get('g')!;
    expect(before.forecast?.date).toBe('2027-06-30');
    expect([after.forecast, after.actual, after.pastTarget]).toEqual([null, 90, true]);
  });

  it('judges a goal that fell short at the deadline as short, whatever came later', () => {
    const later = [
      { kpi: 'level', date: '2027-06-30', value: 80 },
      { kpi: 'level', date: '2027-08-31', value: 130 },
    ];
    const p = progressOf([goal], [level], later, '2027-09-10').get('g')!;
    expect([p.actual, p.actualDate, p.status]).toEqual([80, '2027-06-30', 'missed']);
  });

  it('reads an average KPI over the month up to the deadline', () => {
    const daily = buildKpi({ id: 'daily', aggregation: 'average', frequency: 'daily' });
    const g = buildGoal({ id: 'avg', kpi: 'daily', baseline: { value: 10, date: '2026-12-31' }, target: { value: 20, date: '2027-03-31' } });
    // 25 a day up to the deadline, 5 a day for the 30 days after it.
    const values = measure('daily', everyDays('2027-01-01', 1, 120), (_, date) => (date <= '2027-03-31' ? 25 : 5));
    const p = progressOf([g], [daily], values, '2027-05-15').get('avg')!;
    expect([p.actual, p.actualDate, p.status]).toEqual([25, '2027-03-31', 'achieved']);
  });
});

describe('goalProgress of an achieved goal', () => {
  const goal = buildGoal({ id: 'g', kpi: 'followers', baseline: { value: 1000, date: '2026-12-31' }, target: { value: 2000, date: '2027-12-31' } });
  const values = (pairs: [string, number][]) => pairs.map(([date, value]) => ({ kpi: 'followers', date, value }));

  it('gives the date the target was reached, and no forecast', () => {
    const measurements = values([
      ['2027-01-31', 1100],
      ['2027-02-28', 1200],
      ['2027-03-14', 2050],
      ['2027-03-31', 2040],
      ['2027-04-30', 2080],
    ]);
    const p = progressOf([goal], [followers], measurements, '2027-05-05').get('g')!;
    expect(p.status).toBe('achieved');
    expect(p.achievedOn).toBe('2027-03-14');
    expect(p.forecast).toBeNull();
  });

  it('counts from the last time it got back to the target after falling below it', () => {
    const measurements = values([
      ['2027-03-14', 2050],
      ['2027-03-31', 1950],
      ['2027-04-30', 2010],
    ]);
    expect(progressOf([goal], [followers], measurements, '2027-05-05').get('g')!.achievedOn).toBe('2027-04-30');
  });

  it('has no date while the goal is not achieved', () => {
    const p = progressOf([goal], [followers], values([['2027-03-14', 2050], ['2027-04-30', 1900]]), '2027-05-05').get('g')!;
    expect([p.status, p.achievedOn]).toEqual(['on_track', null]);
  });

  it('gives the month a running total passed its target', () => {
    const year = measure('books-sold', monthEnds('2027-01-31', 12), () => 10_000);
    const goal100k = { ...sellBooks, target: { value: 100_000, date: '2027-12-31' } };
    const p = progressOf([goal100k], [books], year, '2028-01-05').get('sell-books')!;
    // 10 000 a month: 100 000 at the end of October.
    expect([p.status, p.achievedOn, p.forecast]).toEqual(['achieved', '2027-10-31', null]);
  });

  it('gives a parent the date its last sub-goal was reached', () => {
    const kpis = ['a', 'b'].map((id) => ({ ...followers, id }));
    const child = (id: string): Goal => ({ ...goal, id, kpi: id, parent: 'parent' });
    const measurements = [
      { kpi: 'a', date: '2027-02-28', value: 2100 },
      { kpi: 'b', date: '2027-04-30', value: 2500 },
    ];
    const result = progressOf([buildGoal({ id: 'parent' }), child('a'), child('b')], kpis, measurements, '2027-05-05');
    expect([result.get('parent')!.status, result.get('parent')!.achievedOn]).toEqual(['achieved', '2027-04-30']);
  });
});

describe('goalProgress once the target date is past', () => {
  const goal = buildGoal({ id: 'g', kpi: 'level', baseline: { value: 0, date: '2026-12-31' }, target: { value: 100, date: '2027-06-30' } });
  const values = (pairs: [string, number][]) => pairs.map(([date, value]) => ({ kpi: 'level', date, value }));

  it('is missed when the value at the target date falls short: 80 of 100 on 30 June, judged on 1 August', () => {
    const p = progressOf([goal], [level], values([['2027-03-31', 40], ['2027-06-30', 80]]), '2027-08-01').get('g')!;
    expect(p.status).toBe('missed');
    expect([p.actual, p.target, p.actualDate]).toEqual([80, 100, '2027-06-30']);
    expect(p.progress).toBeCloseTo(0.8, 12);
    // By the target date the whole way was expected.
    expect(p.expected).toBe(1);
    expect([p.pastTarget, p.achievedOn, p.forecast]).toEqual([true, null, null]);
  });

  it('is missed, not on track, when the last value before the target date was on track for its own date', () => {
    // 80 on 31 May is 80 % of the way when 83 % was expected by then: on track that day.
    const measurements = values([['2027-05-31', 80]]);
    expect(progressOf([goal], [level], measurements, '2027-06-10').get('g')!.status).toBe('on_track');
    const p = progressOf([goal], [level], measurements, '2027-08-01').get('g')!;
    expect([p.status, p.actual, p.actualDate, p.expected]).toEqual(['missed', 80, '2027-05-31', 1]);
  });

  it('is still open on the target date itself', () => {
    const p = progressOf([goal], [level], values([['2027-06-30', 80]]), '2027-06-30').get('g')!;
    expect([p.status, p.pastTarget]).toEqual(['at_risk', false]);
  });

  it('stays achieved, with its date, when the target was reached by the target date', () => {
    const measurements = values([['2027-05-31', 100], ['2027-06-30', 110], ['2027-07-31', 60]]);
    const p = progressOf([goal], [level], measurements, '2027-08-01').get('g')!;
    expect([p.status, p.achievedOn, p.actual]).toEqual(['achieved', '2027-05-31', 110]);
  });

  it('judges a running total by the total at the target date: 54 000 of 60 000 books by 30 June is missed', () => {
    const halfYear = buildGoal({ id: 'books-h1', kpi: 'books-sold', baseline: { value: 0, date: '2026-12-31' }, target: { value: 60_000, date: '2027-06-30' } });
    // 9 000 a month from January to July; July's comes after the target date and does not count.
    const sales = measure('books-sold', monthEnds('2027-01-31', 7), () => 9000);
    const p = progressOf([halfYear], [books], sales, '2027-08-01').get('books-h1')!;
    expect(p.reading).toEqual({ mode: 'total' });
    expect([p.status, p.actual, p.target, p.actualDate, p.expected]).toEqual(['missed', 54_000, 60_000, '2027-06-30', 1]);
    expect(p.progress).toBeCloseTo(0.9, 12);
    const reached = progressOf([{ ...halfYear, target: { value: 54_000, date: '2027-06-30' } }], [books], sales, '2027-08-01').get('books-h1')!;
    expect([reached.status, reached.achievedOn]).toEqual(['achieved', '2027-06-30']);
  });

  it('asks for no new result once the target date is past', () => {
    // The last value is from 31 March: by 1 August the KPI's next result is long overdue, but the goal is judged.
    const p = progressOf([goal], [level], values([['2027-03-31', 40]]), '2027-08-01').get('g')!;
    expect([p.status, p.stale]).toEqual(['missed', false]);
  });

  it('has no data, with its reason, when nothing was measured up to the target date', () => {
    const p = progressOf([goal], [level], values([['2027-07-31', 120]]), '2027-08-01').get('g')!;
    expect([p.status, p.noData?.reason]).toEqual(['no_data', 'only_after_target']);
  });

  it('is missed for a parent whose target date is past and whose sub-goals did not all get there', () => {
    const kpis = ['a', 'b'].map((id) => ({ ...level, id }));
    const child = (id: string): Goal => ({ ...goal, id, kpi: id, parent: 'parent' });
    const parent = buildGoal({ id: 'parent', target: { date: '2027-06-30' } });
    const measurements = [
      { kpi: 'a', date: '2027-06-30', value: 100 },
      { kpi: 'b', date: '2027-06-30', value: 60 },
    ];
    const result = progressOf([parent, child('a'), child('b')], kpis, measurements, '2027-08-01');
    expect(['parent', 'a', 'b'].map((id) => result.get(id)!.status)).toEqual(['missed', 'achieved', 'missed']);
    expect(result.get('parent')!.progress).toBeCloseTo(0.8, 12);
    expect(result.get('parent')!.expected).toBe(1);
  });

  it('counts missed goals in the plan summary', () => {
    const plan = buildPlan({ goals: [goal], kpis: [level], measurements: values([['2027-06-30', 80]]) });
    const summary = planProgress(plan, { today: '2027-08-01' });
    expect([summary.byStatus.missed, summary.byStatus.at_risk, summary.byHorizon[goal.horizon].byStatus.missed]).toEqual([1, 0, 1]);
  });
});
