import { describe, expect, it } from 'vitest';
import { checkPlan, type Frequency, type PlanDocument } from '../../index.js';
import { buildKpi, buildPlan } from '../../testing/plan.factories.js';

function planWith(frequency: Frequency, dates: string[], period = { start: '2027-01-01', end: '2027-12-31' }): PlanDocument {
  return buildPlan({
    plan: { name: 'Digital strategy 2027', period },
    kpis: [buildKpi({ id: 'books', name: 'Books sold online', frequency })],
    goals: [],
    activities: [],
    measurements: dates.map((date) => ({ kpi: 'books', date, value: 9_000 })),
  });
}

const late = (plan: PlanDocument, today: string) =>
  checkPlan(plan, { today, locale: 'en' }).findings.filter((f) => f.rule === 'kpi-measurement-overdue' || f.rule === 'kpi-no-measurements');

describe('kpi-measurement-overdue and kpi-no-measurements', () => {
  it('find nothing late before the plan period starts, whatever was measured before', () => {
    expect(late(planWith('monthly', ['2026-06-30'], { start: '2027-01-01', end: '2027-12-31' }), '2026-12-07')).toEqual([]);
    expect(late(planWith('weekly', []), '2026-12-07')).toEqual([]);
  });

  it('wait for the first month to close and two weeks more', () => {
    expect(late(planWith('monthly', []), '2027-02-14')).toEqual([]);
    expect(late(planWith('monthly', []), '2027-02-15').map((f) => f.rule)).toEqual(['kpi-no-measurements']);
    const midMonth = { start: '2027-01-15', end: '2028-01-14' };
    expect(late(planWith('monthly', [], midMonth), '2027-02-14')).toEqual([]);
    expect(late(planWith('monthly', [], midMonth), '2027-02-15').map((f) => f.rule)).toEqual(['kpi-no-measurements']);
  });

  it("call February's value late from 15 March, naming the latest value and its age", () => {
    expect(late(planWith('monthly', ['2027-01-31']), '2027-03-14')).toEqual([]);
    const [finding] = late(planWith('monthly', ['2027-01-31']), '2027-03-15');
    expect(finding).toMatchObject({ rule: 'kpi-measurement-overdue', path: 'kpis[0]' });
    expect(finding.message).toBe('The KPI “Books sold online” is measured monthly, but the latest value is from 31 January 2027, 43 days ago.');
  });

  it('ask for no value of a period after the plan, but keep asking for the last ones inside it', () => {
    expect(late(planWith('quarterly', ['2027-12-31']), '2029-01-01')).toEqual([]);
    expect(late(planWith('quarterly', ['2027-09-30']), '2028-01-14')).toEqual([]);
    expect(late(planWith('quarterly', ['2027-09-30']), '2028-01-15').map((f) => f.rule)).toEqual(['kpi-measurement-overdue']);
  });
});
