import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, checkPlan, FREQUENCIES, fromDayNumber, kpiOverview, measurementDue, measurementPeriodOf, type Frequency } from '../index.js';
import { buildKpi, buildPlan } from '../testing/plan.factories.js';

const YEAR_2027 = { start: '2027-01-01', end: '2027-12-31' };

describe('measurementPeriodOf', () => {
  it('is the calendar day, ISO week, month, quarter or half-year that holds the date', () => {
    expect(measurementPeriodOf('2027-03-17', 'daily')).toMatchObject({ start: '2027-03-17', end: '2027-03-17' });
    // 17 March 2027 is a Wednesday: its week runs Monday 15 to Sunday 21.
    expect(measurementPeriodOf('2027-03-17', 'weekly')).toMatchObject({ start: '2027-03-15', end: '2027-03-21' });
    expect(measurementPeriodOf('2028-02-10', 'monthly')).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
    expect(measurementPeriodOf('2027-05-01', 'quarterly')).toMatchObject({ period: '2027-Q2', start: '2027-04-01', end: '2027-06-30' });
    expect(measurementPeriodOf('2027-06-30', 'semiannual')).toMatchObject({ period: '2027-H1', start: '2027-01-01', end: '2027-06-30' });
    expect(measurementPeriodOf('2027-07-01', 'semiannual')).toMatchObject({ period: '2027-H2', start: '2027-07-01', end: '2027-12-31' });
  });
});

describe('measurementDue', () => {
  const due = (frequency: Frequency, latest: string | null, today: string, period = YEAR_2027) =>
    measurementDue({ frequency, period, latest, today });

  it('asks nothing before the plan period starts, whatever was measured before it', () => {
    // The plan runs in 2027; it is 7 December 2026 and the baseline was measured in June.
    expect(due('monthly', '2026-06-30', '2026-12-07')).toEqual({ due: '2027-01-31', lateAfter: '2027-02-14', overdue: false });
    expect(due('weekly', null, '2026-12-31')).toMatchObject({ due: '2027-01-03', overdue: false });
    expect(due('quarterly', '2025-12-31', '2026-12-31')).toMatchObject({ due: '2027-03-31', overdue: false });
  });

  it('waits for the first period to close, and two weeks more, before the first value is late', () => {
    // Monthly from 1 January: January's value is written on the 31st and may come until 14 February.
    expect(due('monthly', null, '2027-02-10')).toEqual({ due: '2027-01-31', lateAfter: '2027-02-14', overdue: false });
    expect(due('monthly', null, '2027-02-14').overdue).toBe(false);
    expect(due('monthly', null, '2027-02-15').overdue).toBe(true);
  });

  it('counts a plan started mid-month from the month it starts in', () => {
    const fromMidJanuary = { start: '2027-01-15', end: '2028-01-14' };
    expect(due('monthly', null, '2027-01-20', fromMidJanuary)).toEqual({ due: '2027-01-31', lateAfter: '2027-02-14', overdue: false });
    expect(due('monthly', null, '2027-02-14', fromMidJanuary).overdue).toBe(false);
    expect(due('monthly', null, '2027-02-15', fromMidJanuary).overdue).toBe(true);
    // The baseline taken the day before the start does not stand in for January's result.
    expect(due('monthly', '2027-01-14', '2027-02-15', fromMidJanuary)).toMatchObject({ due: '2027-01-31', overdue: true });
  });

  it('awaits the period after the one the latest value falls in', () => {
    // February's value (28 Feb) may come until 14 March.
    expect(due('monthly', '2027-01-31', '2027-03-14')).toEqual({ due: '2027-02-28', lateAfter: '2027-03-14', overdue: false });
    expect(due('monthly', '2027-01-31', '2027-03-15').overdue).toBe(true);
    // A value dated inside its month counts for that month.
    expect(due('monthly', '2027-03-07', '2027-05-01')).toMatchObject({ due: '2027-04-30', overdue: false });
    // Weeks end on Sunday; four days to enter the week's value.
    expect(due('weekly', '2027-01-03', '2027-01-14')).toEqual({ due: '2027-01-10', lateAfter: '2027-01-14', overdue: false });
    expect(due('weekly', '2027-01-03', '2027-01-15').overdue).toBe(true);
    expect(due('daily', '2027-03-01', '2027-03-03')).toEqual({ due: '2027-03-02', lateAfter: '2027-03-03', overdue: false });
    expect(due('semiannual', '2027-06-30', '2028-01-14')).toEqual({ due: '2027-12-31', lateAfter: '2028-01-14', overdue: false });
  });

  it('asks for no period that starts after the plan ends, but still for those inside it', () => {
    expect(due('monthly', '2027-12-31', '2029-06-01')).toEqual({ due: null, lateAfter: null, overdue: false });
    expect(due('quarterly', '2027-10-15', '2028-03-01')).toEqual({ due: null, lateAfter: null, overdue: false });
    expect(due('monthly', '2027-10-31', '2028-03-01')).toMatchObject({ due: '2027-11-30', overdue: true });
  });

  it('never calls a value overdue before its period has closed and the grace days have passed', () => {
    const dates = fc.integer({ min: 19_000, max: 22_000 }).map(fromDayNumber);
    fc.assert(
      fc.property(fc.constantFrom(...FREQUENCIES), dates, fc.option(dates), dates, fc.integer({ min: 0, max: 900 }), (frequency, start, latest, today, length) => {
        const period = { start, end: addDays(start, length) };
        const result = measurementDue({ frequency, period, latest, today });
        if (today < start) expect(result.overdue).toBe(false);
        if (result.overdue) expect(today > result.lateAfter!).toBe(true);
        if (result.due !== null) {
          expect(measurementPeriodOf(result.due, frequency).end).toBe(result.due);
          expect(result.due >= start).toBe(true);
        }
      }),
    );
  });
});

describe('one rule for the KPI list, the dashboard and the health check', () => {
  const dates = fc.integer({ min: 20_800, max: 21_300 }).map(fromDayNumber);

  it('calls a KPI overdue in the overview exactly when the health check finds its result late or missing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FREQUENCIES), fc.option(dates), dates, (frequency, latest, today) => {
        const kpi = buildKpi({ id: 'books', frequency });
        const plan = buildPlan({ kpis: [kpi], goals: [], activities: [], measurements: latest ? [{ kpi: 'books', date: latest, value: 1 }] : [] });
        const overview = kpiOverview(plan, { today })[0];
        const findings = checkPlan(plan, { today }).findings.filter((f) => f.rule === 'kpi-measurement-overdue' || f.rule === 'kpi-no-measurements');
        expect(findings.length > 0).toBe(overview.overdue);
      }),
    );
  });

  it('gives the overview the due date of the awaited period', () => {
    const plan = buildPlan({
      plan: { name: 'Next year', period: { start: '2027-01-01', end: '2027-12-31' } },
      kpis: [buildKpi({ id: 'books', frequency: 'monthly' }), buildKpi({ id: 'visits', frequency: 'weekly' })],
      goals: [],
      activities: [],
      measurements: [
        { kpi: 'books', date: '2026-06-30', value: 8_000 },
        { kpi: 'visits', date: '2026-11-29', value: 12_000 },
      ],
    });
    // 7 December 2026: the plan starts next month, so nothing is overdue yet.
    expect(kpiOverview(plan, { today: '2026-12-07' }).map((o) => [o.kpi, o.nextDue, o.overdue])).toEqual([
      ['books', '2027-01-31', false],
      ['visits', '2027-01-03', false],
    ]);
    expect(checkPlan(plan, { today: '2026-12-07' }).findings.filter((f) => f.step === 'kpis' && /overdue|measurements/.test(f.rule))).toEqual([]);
  });
});
