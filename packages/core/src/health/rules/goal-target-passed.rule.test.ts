import { describe, expect, it } from 'vitest';
import { checkPlan, type Goal, type GoalStatus, type Locale, type Measurement, type PlanDocument } from '../../index.js';
import { buildGoal, buildKpi, buildPlan } from '../../testing/plan.factories.js';

const followers = buildKpi({ id: 'followers', name: 'Followers', aggregation: 'last', frequency: 'monthly' });
const books = buildKpi({ id: 'books', name: 'Books sold online', aggregation: 'sum', frequency: 'monthly' });
const june = buildGoal({
  id: 'june',
  title: 'Reach 100 followers by June',
  kpi: 'followers',
  baseline: { value: 0, date: '2026-12-31' },
  target: { value: 100, date: '2027-06-30' },
});

function planWith(goals: Goal[], measurements: Measurement[], reviewed?: GoalStatus): PlanDocument {
  return buildPlan({
    goals,
    kpis: [followers, books],
    activities: [],
    measurements,
    reviews: reviewed ? [{ date: '2027-07-05', goals: goals.map((g) => ({ goal: g.id, status: reviewed })) }] : [],
  });
}

const passed = (plan: PlanDocument, today = '2027-08-01', locale: Locale = 'en') =>
  checkPlan(plan, { today, locale }).findings.filter((f) => f.rule === 'goal-target-passed');

describe('goal-target-passed agrees with the goal’s status', () => {
  const at = (value: number) => [{ kpi: 'followers', date: '2027-06-30', value }];

  it('says a goal at 80 of 100 on its target date was not reached', () => {
    const [finding] = passed(planWith([june], at(80)));
    expect(finding).toMatchObject({ path: 'goals[0].target.date' });
    // The date is written in the reader's date style.
    expect(finding.message).toMatch(/^The target date of “Reach 100 followers by June” \(.*2027\) has passed, and the goal was not reached\.$/);
    expect(passed(planWith([june], at(80)), '2027-08-01', 'nb')[0].message).toMatch(/^Fristen for «Reach 100 followers by June» \(.*2027\) er passert, og målet ble ikke nådd\.$/);
  });

  it('says nothing of a goal that reached its target by the target date, reviewed or not', () => {
    expect(passed(planWith([june], at(120)))).toEqual([]);
  });

  it('keeps a missed goal even when a review calls it achieved, and lets a review that records the miss settle it', () => {
    expect(passed(planWith([june], at(80), 'achieved'))).toHaveLength(1);
    expect(passed(planWith([june], at(80), 'on_track'))).toHaveLength(1);
    expect(passed(planWith([june], at(80), 'missed'))).toEqual([]);
  });

  it('judges a running total at the target date: 54 000 of 60 000 books is not reached', () => {
    const h1 = buildGoal({ id: 'h1', title: 'Sell 60 000 books in the first half', kpi: 'books', baseline: { value: 0, date: '2026-12-31' }, target: { value: 60_000, date: '2027-06-30' } });
    const months = ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31'];
    const sales = months.map((date) => ({ kpi: 'books', date, value: 9_000 }));
    expect(passed(planWith([h1], sales)).map((f) => f.message)).toEqual([expect.stringMatching(/“Sell 60 000 books in the first half” .* the goal was not reached\.$/)]);
    expect(passed(planWith([{ ...h1, target: { value: 54_000, date: '2027-06-30' } }], sales))).toEqual([]);
  });

  it('asks for the outcome of a goal without results until a review records it', () => {
    const [finding] = passed(planWith([june], []));
    expect(finding.message).toMatch(/^The target date of “Reach 100 followers by June” \(.*\) has passed, and neither a result nor a review shows that it was reached\.$/);
    expect(passed(planWith([june], [], 'achieved'))).toEqual([]);
    expect(passed(planWith([june], [], 'missed'))).toEqual([]);
  });

  it('waits until the day after the target date', () => {
    expect(passed(planWith([june], at(80)), '2027-06-30')).toEqual([]);
  });
});
