import { describe, expect, it } from 'vitest';
import { goalProgress, kpiOverview, SPARKLINE_PERIODS } from '../index.js';
import { buildGoal, buildKpi, buildPlan } from '../testing/plan.factories.js';
import { everyDays, measure, monthEnds } from '../goals/goals.factories.js';

describe('kpiOverview', () => {
  const books = buildKpi({ id: 'books-sold', aggregation: 'sum', frequency: 'monthly' });
  const visits = buildKpi({ id: 'visits', aggregation: 'sum', frequency: 'weekly' });
  const unused = buildKpi({ id: 'unused', frequency: 'quarterly' });
  const sales = measure('books-sold', monthEnds('2027-01-31', 5), (i) => 9000 + 100 * i);
  const weekly = measure('visits', everyDays('2027-01-03', 7, 13), () => 10_000);
  const goals = [
    buildGoal({ id: 'sell', kpi: 'books-sold', baseline: { value: 80_000, date: '2026-12-31' }, target: { value: 120_000, date: '2027-12-31' } }),
    buildGoal({ id: 'sell-fast', kpi: 'books-sold', baseline: { value: 80_000, date: '2026-12-31' }, target: { value: 240_000, date: '2027-12-31' } }),
    buildGoal({ id: 'visit', kpi: 'visits', baseline: { value: 38_000, date: '2026-12-31' }, target: { value: 60_000, date: '2027-06-30' } }),
  ];
  const plan = buildPlan({ goals, kpis: [books, visits, unused], measurements: [...sales, ...weekly] });
  const today = '2027-06-10';
  const rows = new Map(kpiOverview(plan, { today }).map((row) => [row.kpi, row]));

  it('gives each KPI its last value, when the next is due and whether it is overdue', () => {
    expect(rows.get('books-sold')).toMatchObject({ last: { date: '2027-05-31', value: 9400 }, nextDue: '2027-06-30', overdue: false });
    expect(rows.get('visits')).toMatchObject({ last: { date: '2027-03-28', value: 10_000 }, nextDue: '2027-04-04', overdue: true });
    // Never measured: the first value is due at the end of the plan's first quarter.
    expect(rows.get('unused')).toMatchObject({ last: null, nextDue: '2027-03-31', overdue: true });
  });

  it('takes the worst status of the goals that use the KPI, and none for a KPI no goal uses', () => {
    const statuses = new Map(goalProgress(plan, { today }).map((p) => [p.goal, p.status]));
    expect(statuses.get('sell')).not.toBe(statuses.get('sell-fast'));
    expect(rows.get('books-sold')?.status).toBe('at_risk');
    expect(statuses.get('sell-fast')).toBe('at_risk');
    expect(rows.get('books-sold')?.goals).toEqual(['sell', 'sell-fast']);
    expect(rows.get('unused')).toMatchObject({ status: null, goals: [] });
  });

  it('counts a goal that missed its target as worse than one on track', () => {
    const followers = buildKpi({ id: 'followers', aggregation: 'last', frequency: 'monthly' });
    const both = [
      buildGoal({ id: 'june', kpi: 'followers', baseline: { value: 0, date: '2026-12-31' }, target: { value: 100, date: '2027-06-30' } }),
      buildGoal({ id: 'year', kpi: 'followers', baseline: { value: 0, date: '2026-12-31' }, target: { value: 100, date: '2027-12-31' } }),
    ];
    const values = [
      { kpi: 'followers', date: '2027-06-30', value: 80 },
      { kpi: 'followers', date: '2027-07-31', value: 90 },
    ];
    const missedPlan = buildPlan({ goals: both, kpis: [followers], measurements: values });
    const statuses = goalProgress(missedPlan, { today: '2027-08-10' }).map((p) => p.status);
    expect(statuses).toEqual(['missed', 'on_track']);
    expect(kpiOverview(missedPlan, { today: '2027-08-10' })[0].status).toBe('missed');
  });

  it('draws the last 12 periods at the KPI frequency up to today, empty where nothing was measured', () => {
    const sparkline = rows.get('books-sold')!.sparkline;
    expect(sparkline).toHaveLength(SPARKLINE_PERIODS);
    expect(sparkline[0].period).toBe('2026-07');
    expect(sparkline.slice(-7).map((p) => p.value)).toEqual([null, 9000, 9100, 9200, 9300, 9400, null]);
    const weeks = rows.get('visits')!.sparkline;
    // Today (10 June) is in week 23; the last visits were counted on Sunday 28 March, in week 12.
    expect(weeks.map((p) => p.period)).toEqual(Array.from({ length: 12 }, (_, i) => `2027-W${String(12 + i).padStart(2, '0')}`));
    expect(weeks.map((p) => p.value)).toEqual([10_000, ...Array(11).fill(null)]);
  });
});
