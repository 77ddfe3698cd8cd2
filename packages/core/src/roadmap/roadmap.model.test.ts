import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  bookshopPlan,
  DomainError,
  NO_THEME_COLOR,
  roadmapModel,
  THEME_PALETTE,
  type Activity,
  type RoadmapModel,
} from '../index.js';
import { buildActivity, buildPlan, buildTheme } from '../testing/plan.factories.js';

const today = '2027-03-15';
const themes = [
  buildTheme({ id: 'web', name: 'Website performance', color: '#2f6fdf', budget_hours: 365 }),
  buildTheme({ id: 'cx', name: 'Customer experience', budget_hours: undefined }),
];

function bars(model: RoadmapModel) {
  return model.lanes.flatMap((lane) => lane.rows.flat());
}

function lane(model: RoadmapModel, theme: string | null) {
  const found = model.lanes.find((l) => l.theme === theme);
  if (!found) throw new Error(`no lane ${theme}`);
  return found;
}

describe('roadmapModel', () => {
  it('has a lane per theme in plan order, then one for activities with no theme', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ id: 'checkout', title: 'Rebuild checkout', theme: 'web', start: '2027-02-01', end: '2027-04-15', status: 'planned', owner: 'Ola', team: 'Web', type: 'project' }),
        buildActivity({ id: 'stray', theme: 'nope', start: '2027-05-01', end: '2027-05-02' }),
      ],
    });
    const model = roadmapModel(plan, { today });
    expect(model.lanes.map((l) => [l.theme, l.color])).toEqual([
      ['web', '#2f6fdf'],
      ['cx', THEME_PALETTE[1]],
      [null, NO_THEME_COLOR],
    ]);
    expect(lane(model, 'web').rows[0][0]).toEqual({
      id: 'checkout',
      title: 'Rebuild checkout',
      start: '2027-02-01',
      end: '2027-04-15',
      status: 'planned',
      type: 'project',
      owner: 'Ola',
      team: 'Web',
      theme: 'web',
      color: '#2f6fdf',
      row: 0,
      dependsOn: [],
      estimateHours: null,
    });
    expect(lane(model, null).rows[0][0]).toMatchObject({ id: 'stray', theme: null, color: NO_THEME_COLOR });
    expect(roadmapModel(buildPlan({ themes, activities: [] }), { today }).lanes.map((l) => l.theme)).toEqual(['web', 'cx']);
  });

  it('packs overlapping bars into separate rows, counting end dates as days taken', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ id: 'a', theme: 'web', start: '2027-01-01', end: '2027-01-10' }),
        buildActivity({ id: 'same-day', theme: 'web', start: '2027-01-10', end: '2027-01-20' }),
        buildActivity({ id: 'day-after', theme: 'web', start: '2027-01-11', end: '2027-01-12' }),
        buildActivity({ id: 'one-date', theme: 'web', end: '2027-01-21' }),
      ],
    });
    const rows = lane(roadmapModel(plan, { today }), 'web').rows;
    expect(rows.map((row) => row.map((b) => b.id))).toEqual([['a', 'day-after', 'one-date'], ['same-day']]);
    expect(rows[0][2]).toMatchObject({ start: '2027-01-21', end: '2027-01-21', row: 0 });
    expect(rows[1][0].row).toBe(1);
  });

  it('places milestones in the lane of their theme, or of their activity', () => {
    const plan = buildPlan({
      themes,
      activities: [buildActivity({ id: 'survey', theme: 'cx', start: '2027-03-01', end: '2027-03-31' })],
      milestones: [
        { id: 'live', title: 'New checkout live', date: '2027-04-15', theme: 'web' },
        { title: 'Survey done', date: '2027-03-31', activity: 'survey' },
        { title: 'Board meeting', date: '2027-06-01' },
        { title: 'Next year', date: '2028-02-01', theme: 'web' },
      ],
    });
    const model = roadmapModel(plan, { today, to: '2027-12-31' });
    expect(lane(model, 'web').milestones).toEqual([
      { id: 'live', title: 'New checkout live', date: '2027-04-15', theme: 'web', activity: null, color: '#2f6fdf' },
    ]);
    expect(lane(model, 'cx').milestones.map((m) => [m.title, m.activity])).toEqual([['Survey done', 'survey']]);
    expect(lane(model, null).milestones.map((m) => m.title)).toEqual(['Board meeting']);
  });

  it('spans the plan period widened to every dated activity, with whole quarters', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ theme: 'web', start: '2026-11-20', end: '2027-01-10' }),
        buildActivity({ theme: 'web', status: 'dropped', start: '2025-01-01', end: '2025-01-02' }),
      ],
    });
    const model = roadmapModel(plan, { today });
    expect(model.span).toEqual({ start: '2026-11-20', end: '2027-12-31' });
    expect(model.quarters.map((q) => [q.quarter, q.start, q.end])).toEqual([
      ['2026-Q4', '2026-10-01', '2026-12-31'],
      ['2027-Q1', '2027-01-01', '2027-03-31'],
      ['2027-Q2', '2027-04-01', '2027-06-30'],
      ['2027-Q3', '2027-07-01', '2027-09-30'],
      ['2027-Q4', '2027-10-01', '2027-12-31'],
    ]);
    expect(model.today).toBe(today);
  });

  it('shows only what overlaps a chosen window, and refuses a window that ends before it starts', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ id: 'q1', theme: 'web', start: '2027-01-05', end: '2027-02-01' }),
        buildActivity({ id: 'across', theme: 'web', start: '2027-03-20', end: '2027-04-20' }),
        buildActivity({ id: 'q3', theme: 'web', start: '2027-07-05', end: '2027-08-01' }),
      ],
    });
    const model = roadmapModel(plan, { today, from: '2027-04-01', to: '2027-06-30' });
    expect(bars(model).map((b) => b.id)).toEqual(['across']);
    expect(model.quarters.map((q) => q.quarter)).toEqual(['2027-Q2']);
    expect(() => roadmapModel(plan, { today, from: '2027-05-01', to: '2027-04-01' })).toThrow(DomainError);
    expect(() => roadmapModel(plan, { today, from: '1 May' })).toThrow(expect.objectContaining({ errors: [expect.objectContaining({ path: 'from' })] }));
  });

  it('sets planned hours per quarter against the theme budgets spread over the period', () => {
    const plan = buildPlan({
      themes,
      activities: [
        // 31 days in January, 28 in February: 2 hours a day.
        buildActivity({ theme: 'web', start: '2027-01-01', end: '2027-02-28', estimate_hours: 118 }),
        buildActivity({ theme: 'cx', start: '2027-04-01', end: '2027-04-01', estimate_hours: 100 }),
        buildActivity({ theme: 'cx', estimate_hours: 1000 }),
      ],
    });
    const model = roadmapModel(plan, { today });
    // The 365 budgeted hours of "web" over the 365 days of 2027: Q1 has 90 days.
    expect(model.quarters[0]).toMatchObject({ quarter: '2027-Q1', plannedHours: 118, budgetHours: expect.closeTo(90, 9), overBudget: true });
    expect(model.quarters[1]).toMatchObject({ plannedHours: 100, budgetHours: expect.closeTo(91, 9), overBudget: true });
    expect(lane(model, 'web').capacity[1]).toEqual({ plannedHours: 0, budgetHours: expect.closeTo(91, 9), overBudget: false });
    expect(lane(model, 'cx').capacity[1]).toEqual({ plannedHours: 100, budgetHours: null, overBudget: false });
  });

  it('links dependencies between bars and says when one is out of order', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ id: 'design', theme: 'web', start: '2027-01-01', end: '2027-01-31' }),
        buildActivity({ id: 'build', theme: 'web', start: '2027-02-01', end: '2027-03-31', depends_on: ['design'] }),
        buildActivity({ id: 'launch', theme: 'cx', start: '2027-03-15', end: '2027-03-20', depends_on: ['build', 'idea'] }),
        buildActivity({ id: 'idea' }),
      ],
    });
    expect(roadmapModel(plan, { today }).links).toEqual([
      { from: 'design', to: 'build', ordered: true },
      { from: 'build', to: 'launch', ordered: false },
    ]);
  });

  it('sorts undated activities into now, next and later by status and urgency, best ranked first', () => {
    const plan = buildPlan({
      themes,
      activities: [
        buildActivity({ id: 'going', status: 'in_progress', theme: 'cx' }),
        buildActivity({ id: 'planned-low', status: 'planned', value: 2, effort: 8 }),
        buildActivity({ id: 'planned-high', status: 'planned', value: 9, effort: 2 }),
        buildActivity({ id: 'planned-urgent', status: 'planned', urgency: 'high', importance: 'high' }),
        buildActivity({ id: 'idea', status: undefined }),
        buildActivity({ id: 'idea-urgent', status: 'idea', urgency: 'high', importance: 'medium' }),
        buildActivity({ id: 'finished', status: 'done' }),
        buildActivity({ id: 'gone', status: 'dropped' }),
      ],
    });
    const { undated } = roadmapModel(plan, { today });
    const ids = (bucket: keyof typeof undated) => undated[bucket].map((a) => a.id);
    expect([ids('now'), ids('next'), ids('later')]).toEqual([
      ['planned-urgent', 'going'],
      ['planned-high', 'planned-low', 'idea-urgent'],
      ['idea'],
    ]);
    expect(undated.now[1]).toMatchObject({ theme: 'cx', color: THEME_PALETTE[1], status: 'in_progress', bucket: 'now' });
  });
});

describe('roadmapModel on the demo plan', () => {
  it('draws every dated activity of the book shop once, in the lane of its theme', () => {
    const plan = bookshopPlan({ today });
    const model = roadmapModel(plan, { today });
    const dated = (plan.activities ?? []).filter((a) => a.status !== 'dropped' && (a.start || a.end));
    expect(bars(model).map((b) => b.id).sort()).toEqual(dated.map((a) => a.id).sort());
    for (const bar of bars(model)) {
      const theme = dated.find((a) => a.id === bar.id)?.theme;
      expect(bar.theme).toBe((plan.themes ?? []).some((t) => t.id === theme) ? theme : null);
    }
    expect(model.quarters.length).toBeGreaterThan(0);
  });
});

// ---- property tests ------------------------------------------------------------------

const activityArb = fc.record({
  theme: fc.constantFrom('web', 'cx', 'missing', undefined),
  status: fc.constantFrom<Activity['status']>('idea', 'planned', 'in_progress', 'done', 'dropped', undefined),
  start: fc.option(fc.integer({ min: -60, max: 420 }), { nil: undefined }),
  length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
});

type Spec = typeof activityArb extends fc.Arbitrary<infer T> ? T : never;

function toActivities(specs: Spec[]): Activity[] {
  return specs.map((spec, i) => ({
    id: `r${i}`,
    title: `R ${i}`,
    ...(spec.theme && { theme: spec.theme }),
    ...(spec.status && { status: spec.status }),
    ...(spec.start !== undefined && { start: addDays('2027-01-01', spec.start) }),
    ...(spec.length !== undefined && { end: addDays('2027-01-01', (spec.start ?? 0) + spec.length) }),
  }));
}

describe('roadmapModel properties', () => {
  it('packs rows with no overlap, shows every dated activity once, and uses the fewest rows', () => {
    const window = fc.option(fc.tuple(fc.integer({ min: -30, max: 200 }), fc.integer({ min: 0, max: 300 })), { nil: undefined });
    fc.assert(
      fc.property(fc.array(activityArb, { maxLength: 60 }), window, (specs, chosen) => {
        const activities = toActivities(specs);
        const from = chosen && addDays('2027-01-01', chosen[0]);
        const to = chosen && addDays('2027-01-01', chosen[0] + chosen[1]);
        const model = roadmapModel(buildPlan({ themes, activities }), { today, from, to });

        for (const l of model.lanes) {
          l.rows.forEach((row, r) => {
            row.forEach((bar, i) => {
              expect(bar.row).toBe(r);
              expect(bar.theme).toBe(l.theme);
              if (i > 0) expect(row[i - 1].end < bar.start).toBe(true);
            });
          });
          // First fit by start is optimal: the rows equal the most bars on one day.
          const all = l.rows.flat();
          const busiest = Math.max(0, ...all.map((b) => all.filter((o) => o.start <= b.start && o.end >= b.start).length));
          expect(l.rows.length).toBe(busiest);
        }

        const shown = bars(model).map((b) => b.id).sort();
        const expected = activities
          .filter((a) => a.status !== 'dropped' && (a.start || a.end))
          .filter((a) => {
            const start = (a.start ?? a.end) as string;
            const end = a.end && a.end > start ? a.end : start;
            return end >= model.span.start && start <= model.span.end;
          })
          .map((a) => a.id)
          .sort();
        expect(shown).toEqual(expected);

        const waiting = [...model.undated.now, ...model.undated.next, ...model.undated.later].map((a) => a.id).sort();
        const open = activities.filter((a) => !a.start && !a.end && a.status !== 'done' && a.status !== 'dropped');
        expect(waiting).toEqual(open.map((a) => a.id).sort());
      }),
      { numRuns: 300 },
    );
  });
});
