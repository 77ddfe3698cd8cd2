import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  bookshopPlan,
  DomainError,
  lexicographicValues,
  planQuarter,
  themeBudgets,
  toDayNumber,
  UNASSIGNED_TEAM,
  type Activity,
  type QuarterPlan,
} from '../index.js';
import { buildActivity, buildGoal, buildPlan, buildTheme } from '../testing/plan.factories.js';

const from = '2027-04-01';
const today = '2027-03-25';

function ids(list: { id: string }[]): string[] {
  return list.map((a) => a.id).sort();
}

function leftOutReason(result: QuarterPlan, id: string) {
  return result.leftOut.find((a) => a.id === id)?.reason;
}

describe('planQuarter', () => {
  it('chooses the most valuable set that fits, where picking by value per hour would not', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'dense', estimate_hours: 6, value: 7 }),
        buildActivity({ id: 'b', estimate_hours: 5, value: 5 }),
        buildActivity({ id: 'c', estimate_hours: 5, value: 5 }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 10, today });
    expect(ids(result.chosen)).toEqual(['b', 'c']);
    expect(result.chosenValue).toBe(10);
    expect(result.usedHours).toBe(10);
    expect(result.exact).toBe(true);
    expect(leftOutReason(result, 'dense')).toMatchObject({ code: 'capacity', params: { hours: 6, free_hours: 0 } });
  });

  it('keeps work in progress first, counting what is left of its estimate', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'going', status: 'in_progress', estimate_hours: 100, actual_hours: 70, value: 1 }),
        buildActivity({ id: 'small', estimate_hours: 20, value: 3 }),
        buildActivity({ id: 'large', estimate_hours: 21, value: 9 }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 50, today: from });
    expect(ids(result.chosen)).toEqual(['going', 'small']);
    expect(result.chosen.find((a) => a.id === 'going')).toMatchObject({ kept: true, hours: 30 });
    expect(result.usedHours).toBe(50);
    expect(result.chosenValue).toBe(3);
  });

  it('gives a reason for every activity it leaves out', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'done', status: 'done', estimate_hours: 1, value: 5 }),
        buildActivity({ id: 'dropped', status: 'dropped', estimate_hours: 1, value: 5 }),
        buildActivity({ id: 'no-hours', value: 5 }),
        buildActivity({ id: 'no-value', estimate_hours: 1 }),
        buildActivity({ id: 'after-dropped', estimate_hours: 1, value: 5, depends_on: ['dropped'] }),
        buildActivity({ id: 'after-blocked', estimate_hours: 1, value: 5, depends_on: ['after-dropped'] }),
        buildActivity({ id: 'after-done', estimate_hours: 1, value: 5, depends_on: ['done'] }),
        buildActivity({ id: 'huge', estimate_hours: 500, value: 10 }),
        buildActivity({ id: 'after-huge', estimate_hours: 1, value: 5, depends_on: ['huge'] }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 40, today });
    expect(ids(result.chosen)).toEqual(['after-done']);
    const codes = Object.fromEntries(result.leftOut.map((a) => [a.id, [a.reason.code, a.dependency ?? null]]));
    expect(codes).toEqual({
      done: ['done', null],
      dropped: ['dropped', null],
      'no-hours': ['no_estimate', null],
      'no-value': ['no_value', null],
      'after-dropped': ['dependency', 'dropped'],
      'after-blocked': ['dependency', 'after-dropped'],
      huge: ['capacity', null],
      'after-huge': ['dependency', 'huge'],
    });
    expect(leftOutReason(result, 'after-dropped')?.params).toEqual({ dependency: 'dropped', cause: 'dropped' });
    expect(leftOutReason(result, 'after-blocked')?.params.cause).toBe('blocked');
    expect(leftOutReason(result, 'after-huge')?.params.cause).toBe('not_chosen');
    expect(leftOutReason(result, 'after-huge')?.text).toContain('"huge"');
  });

  it('leaves work dated after the window for its own quarter', () => {
    const later = addDays(from, 120);
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'summer', estimate_hours: 10, value: 9, start: later, end: addDays(later, 30) }),
        buildActivity({ id: 'now', estimate_hours: 10, value: 2, start: from, end: addDays(from, 10) }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 100, today });
    expect(ids(result.chosen)).toEqual(['now']);
    expect(leftOutReason(result, 'summer')).toMatchObject({ code: 'scheduled_later', params: { start: later } });
  });

  it('takes a low-value dependency when what depends on it is worth it', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'groundwork', estimate_hours: 30, value: 1 }),
        buildActivity({ id: 'payoff', estimate_hours: 10, value: 10, depends_on: ['groundwork'] }),
        buildActivity({ id: 'alone', estimate_hours: 35, value: 8 }),
      ],
    });
    expect(ids(planQuarter(plan, { from, capacityHours: 40, today }).chosen)).toEqual(['groundwork', 'payoff']);
    expect(ids(planQuarter(plan, { from, capacityHours: 39, today }).chosen)).toEqual(['alone']);
  });

  it('plans each team within its own capacity and puts activities without a team in the unassigned pool', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'web-1', team: 'Web', estimate_hours: 30, value: 5 }),
        buildActivity({ id: 'web-2', team: 'Web', estimate_hours: 30, value: 6 }),
        buildActivity({ id: 'content', team: 'Content', estimate_hours: 30, value: 2 }),
        buildActivity({ id: 'loose', estimate_hours: 10, value: 2 }),
        buildActivity({ id: 'stranger', team: 'Data', estimate_hours: 1, value: 9 }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: { Web: 40, Content: 40, [UNASSIGNED_TEAM]: 10 }, today });
    expect(ids(result.chosen)).toEqual(['content', 'loose', 'web-2']);
    expect(result.capacityHours).toBe(90);
    expect(result.teams).toEqual(
      expect.arrayContaining([
        { team: 'Web', capacityHours: 40, usedHours: 30, keptHours: 0 },
        { team: 'Content', capacityHours: 40, usedHours: 30, keptHours: 0 },
        { team: UNASSIGNED_TEAM, capacityHours: 10, usedHours: 10, keptHours: 0 },
      ]),
    );
    expect(leftOutReason(result, 'stranger')).toMatchObject({ code: 'capacity', params: { team: 'Data', free_hours: 0 } });

    const withoutPool = planQuarter(plan, { from, capacityHours: { Web: 40, Content: 40 }, today });
    expect(leftOutReason(withoutPool, 'loose')?.params.team).toBe(UNASSIGNED_TEAM);
  });

  it('decides a dependency across teams jointly', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'api', team: 'Dev', estimate_hours: 20, value: 1 }),
        buildActivity({ id: 'dev-other', team: 'Dev', estimate_hours: 20, value: 3 }),
        buildActivity({ id: 'launch', team: 'Marketing', estimate_hours: 20, value: 9, depends_on: ['api'] }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: { Dev: 20, Marketing: 20 }, today });
    expect(ids(result.chosen)).toEqual(['api', 'launch']);
    expect(result.exact).toBe(true);
  });

  it('counts fractional hours exactly', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'a', estimate_hours: 1.25, value: 3 }),
        buildActivity({ id: 'b', estimate_hours: 1.25, value: 3 }),
        buildActivity({ id: 'c', estimate_hours: 2.6, value: 7 }),
      ],
    });
    expect(ids(planQuarter(plan, { from, capacityHours: 2.5, today }).chosen)).toEqual(['a', 'b']);
    expect(ids(planQuarter(plan, { from, capacityHours: 2.6, today }).chosen)).toEqual(['c']);
  });

  it('refuses a bad date or capacity, naming the option', () => {
    const plan = buildPlan();
    const attempt = (options: Parameters<typeof planQuarter>[1]) => {
      try {
        planQuarter(plan, options);
      } catch (error) {
        return error instanceof DomainError ? error.errors.map((e) => e.path) : error;
      }
      return [];
    };
    expect(attempt({ from: '2027-02-30', capacityHours: -1, today })).toEqual(['from', 'capacityHours']);
    expect(attempt({ from, capacityHours: { Web: 10, Data: Number.NaN }, today })).toEqual(['capacityHours.Data']);
    expect(attempt({ from, capacityHours: 0, today })).toEqual([]);
  });

  it('proposes dates for undated work inside the 90 days, in dependency order, not before today, and keeps every date set', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'going', status: 'in_progress', start: '2027-02-01', end: '2027-04-20', estimate_hours: 10, value: 1 }),
        buildActivity({ id: 'first', estimate_hours: 16, value: 5, depends_on: ['going'] }),
        buildActivity({ id: 'second', estimate_hours: 80, value: 5, depends_on: ['first'] }),
        buildActivity({ id: 'fixed', start: '2027-05-10', end: '2027-05-20', estimate_hours: 8, value: 5 }),
        buildActivity({ id: 'long', estimate_hours: 4000, value: 1 }),
        buildActivity({ id: 'autumn', start: '2027-09-01', end: '2027-09-03', estimate_hours: 8, value: 5 }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 10_000, today: '2027-04-05' });
    const dates = Object.fromEntries(result.chosen.map((a) => [a.id, [a.start, a.end]]));
    expect(result.window).toEqual({ start: from, end: '2027-06-29' });
    // In progress since February: it keeps its start.
    expect(dates.going).toEqual(['2027-02-01', '2027-04-20']);
    expect(dates.first).toEqual(['2027-04-21', '2027-04-22']);
    // 80 hours: 10 working days, two weekends.
    expect(dates.second).toEqual(['2027-04-23', '2027-05-04']);
    expect(dates.fixed).toEqual(['2027-05-10', '2027-05-20']);
    expect(dates.long).toEqual(['2027-04-05', '2027-06-29']);
    expect(Object.fromEntries(result.chosen.map((a) => [a.id, a.proposed]))).toEqual({
      going: [],
      first: ['start', 'end'],
      second: ['start', 'end'],
      fixed: [],
      long: ['start', 'end'],
    });
    // Dated for after the window: it keeps its season rather than being pulled forward.
    expect(dates.autumn).toBeUndefined();
    expect(leftOutReason(result, 'autumn')?.code).toBe('scheduled_later');
  });
});

describe('planQuarter keeps the dates the user set', () => {
  // The case: the plan is made on 7 December 2026, for the 90 days up to 6 March 2027.
  const winter = '2026-12-07';
  // Work in progress, a campaign and a year-long task that run past the window, and undated work.
  const winterWork = [
    // 40 h left of work in progress, over the days it has left (7 Dec – 31 Jan): all inside.
    buildActivity({ id: 'newsletter', status: 'in_progress', start: '2026-10-01', end: '2027-01-31', estimate_hours: 100, actual_hours: 60, value: 5 }),
    // 2 h a day over 37 days; 14 of them (21 Feb – 6 Mar) fall in the window: 28 h.
    buildActivity({ id: 'easter', start: '2027-02-21', end: '2027-03-29', estimate_hours: 74, value: 6 }),
    // 1 h a day for a year; 90 days of it in the window: 90 h.
    buildActivity({ id: 'upkeep', start: '2026-12-01', end: '2027-11-30', estimate_hours: 365, value: 4 }),
    buildActivity({ id: 'audit', estimate_hours: 16, value: 3 }),
  ];

  it('keeps the start of work in progress, and the end of a campaign and of a year-long task that run past the window', () => {
    const plan = buildPlan({
      activities: [
        ...winterWork,
        buildActivity({ id: 'launch', start: '2027-01-11', estimate_hours: 24, value: 3 }),
        buildActivity({ id: 'wrap-up', end: '2027-02-26', estimate_hours: 8, value: 3 }),
      ],
    });
    const result = planQuarter(plan, { from: winter, capacityHours: 1000, today: winter });
    expect(result.window).toEqual({ start: winter, end: '2027-03-06' });
    const byId = Object.fromEntries(result.chosen.map((a) => [a.id, a]));
    expect(Object.keys(byId).sort()).toEqual(['audit', 'easter', 'launch', 'newsletter', 'upkeep', 'wrap-up']);
    const dates = (id: string) => [byId[id].current, byId[id].start, byId[id].end, byId[id].proposed, byId[id].change];
    expect(dates('newsletter')).toEqual([{ start: '2026-10-01', end: '2027-01-31' }, '2026-10-01', '2027-01-31', [], null]);
    expect(dates('easter')).toEqual([{ start: '2027-02-21', end: '2027-03-29' }, '2027-02-21', '2027-03-29', [], null]);
    expect(dates('upkeep')).toEqual([{ start: '2026-12-01', end: '2027-11-30' }, '2026-12-01', '2027-11-30', [], null]);
    // Undated: from today, two working days for 16 h. Start only: the end follows from 24 h. End only: the start is today.
    expect(dates('audit')).toEqual([{ start: null, end: null }, '2026-12-07', '2026-12-08', ['start', 'end'], null]);
    expect(dates('launch')).toEqual([{ start: '2027-01-11', end: null }, '2027-01-11', '2027-01-13', ['end'], null]);
    expect(dates('wrap-up')).toEqual([{ start: null, end: '2027-02-26' }, '2026-12-07', '2027-02-26', ['start'], null]);
  });

  it('counts only the hours inside the 90 days, spread by day as the themes page does', () => {
    const plan = buildPlan({ activities: winterWork });
    const result = planQuarter(plan, { from: winter, capacityHours: 1000, today: winter });
    expect(Object.fromEntries(result.chosen.map((a) => [a.id, a.hours]))).toEqual({ newsletter: 40, easter: 28, upkeep: 90, audit: 16 });
    expect(result.usedHours).toBe(174);
    expect(result.teams).toEqual([{ team: UNASSIGNED_TEAM, capacityHours: null, usedHours: 174, keptHours: 40 }]);
  });

  it('agrees with the themes page on a year-long task: 80 h a year is about 20 h in a quarter, not 80', () => {
    const plan = buildPlan({
      themes: [buildTheme({ id: 'upkeep' })],
      activities: [buildActivity({ id: 'yearly', theme: 'upkeep', start: '2027-01-01', end: '2027-12-31', estimate_hours: 80, value: 5 })],
    });
    // The window is the first quarter of 2027 exactly (90 days), so the two pages can be compared.
    const result = planQuarter(plan, { from: '2027-01-01', capacityHours: 20, today: '2027-01-01' });
    const themesQ1 = themeBudgets(plan, { today: '2027-01-01' }).themes.find((t) => t.theme === 'upkeep')!.quarters[0]!;
    expect(themesQ1).toMatchObject({ quarter: '2027-Q1' });
    // 80 × 90 / 365 = 19.73 h, rounded up to the hour: it fits 20 h.
    expect(themesQ1.plannedHours).toBeCloseTo(19.73, 2);
    expect(result.chosen.map((a) => [a.id, a.hours])).toEqual([['yearly', 20]]);
    expect(result.chosen[0]!.hours - themesQ1.plannedHours).toBeLessThan(1);
  });

  it('offers to move a dated activity that starts before its dependency ends, without moving it', () => {
    const plan = buildPlan({
      activities: [
        // 40 h: five working days, which the plan counts as five calendar days (a week is 5 + 2): 1–5 April.
        buildActivity({ id: 'base', estimate_hours: 40, value: 5 }),
        buildActivity({ id: 'site', start: '2027-04-03', end: '2027-04-10', estimate_hours: 20, value: 5, depends_on: ['base'] }),
      ],
    });
    const result = planQuarter(plan, { from: '2027-04-01', capacityHours: 100, today: '2027-04-01' });
    const site = result.chosen.find((a) => a.id === 'site')!;
    expect(result.chosen.find((a) => a.id === 'base')).toMatchObject({ start: '2027-04-01', end: '2027-04-05' });
    expect(site).toMatchObject({ start: '2027-04-03', end: '2027-04-10', proposed: [] });
    expect(site.change).toEqual({
      start: '2027-04-06',
      end: '2027-04-13',
      reason: { code: 'dependency_order', params: { dependency: 'base' }, text: 'starts before "base" has ended: move it to 2027-04-06 – 2027-04-13' },
    });
  });

  it('keeps overdue work in progress, counts its hours left, and offers a new end', () => {
    const plan = buildPlan({
      activities: [buildActivity({ id: 'late', status: 'in_progress', start: '2027-02-01', end: '2027-03-20', estimate_hours: 50, actual_hours: 34, value: 5 })],
    });
    const [late] = planQuarter(plan, { from: '2027-04-01', capacityHours: 100, today: '2027-04-01' }).chosen;
    // 16 h left: two working days from today.
    expect(late).toMatchObject({ start: '2027-02-01', end: '2027-03-20', hours: 16, proposed: [] });
    expect(late!.change).toMatchObject({ start: '2027-02-01', end: '2027-04-02', reason: { code: 'overdue', params: { end: '2027-03-20', hours_left: 16 } } });
  });

  it('leaves out work whose dates ended before the window, and work that needs a dependency ending with it', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'missed', start: '2027-01-10', end: '2027-02-10', estimate_hours: 10, value: 5 }),
        buildActivity({ id: 'long-run', status: 'in_progress', start: '2027-03-01', end: '2027-08-31', estimate_hours: 100, value: 5 }),
        buildActivity({ id: 'after-it', estimate_hours: 10, value: 5, depends_on: ['long-run'] }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 100, today });
    expect(leftOutReason(result, 'missed')).toEqual({
      code: 'dated_before',
      params: { end: '2027-02-10' },
      text: 'its dates end on 2027-02-10, before this quarter: give it new dates, or mark it done',
    });
    expect(leftOutReason(result, 'after-it')).toMatchObject({ code: 'dependency', params: { dependency: 'long-run', cause: 'ends_later', end: '2027-08-31' } });
  });
});

describe('planQuarter capacity', () => {
  it('says so first when work in progress alone takes more than the capacity, with the hours', () => {
    const plan = buildPlan({
      activities: [
        // 90 h left over April: all in the window.
        buildActivity({ id: 'going', status: 'in_progress', start: '2027-03-01', end: '2027-04-30', estimate_hours: 120, actual_hours: 30, value: 5 }),
        buildActivity({ id: 'small', estimate_hours: 10, value: 9 }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 60, today: from });
    expect(result.warnings).toEqual([
      {
        code: 'kept_over_capacity',
        params: { kept_hours: 90, capacity_hours: 60, over_hours: 30 },
        text: 'work already in progress needs 90 h of these 90 days, more than the 60 h available: nothing new fits, and the plan uses 30 h more than there are',
      },
    ]);
    expect(result.usedHours).toBe(90);
    expect(leftOutReason(result, 'small')).toMatchObject({ code: 'capacity', params: { hours: 10, free_hours: 0, kept_hours: 90 } });

    const perTeam = planQuarter(
      buildPlan({ activities: (plan.activities ?? []).map((a) => ({ ...a, team: 'Web' })) }),
      { from, capacityHours: { Web: 50 }, today: from },
    );
    expect(perTeam.warnings.map((w) => w.params)).toEqual([{ team: 'Web', kept_hours: 90, capacity_hours: 50, over_hours: 40 }]);
    expect(planQuarter(plan, { from, capacityHours: 90, today: from }).warnings).toEqual([]);
  });

  it('plans urgent, important work with a goal before an idea with no goal, and says what took the room', () => {
    const plan = buildPlan({
      goals: [buildGoal({ id: 'sell' })],
      activities: [
        buildActivity({ id: 'idea', status: 'idea', estimate_hours: 60, value: 9 }),
        buildActivity({ id: 'urgent', estimate_hours: 80, value: 3, urgency: 'high', importance: 'high', goals: ['sell'] }),
        buildActivity({ id: 'filler', estimate_hours: 20, value: 1 }),
      ],
    });
    // By value alone, idea and filler (9 + 1) would beat urgent and filler (3 + 1).
    const result = planQuarter(plan, { from, capacityHours: 100, today });
    expect(ids(result.chosen)).toEqual(['filler', 'urgent']);
    expect(result.chosen.find((a) => a.id === 'urgent')?.priority).toBe('urgent_goal');
    expect(leftOutReason(result, 'idea')).toEqual({
      code: 'capacity',
      params: { hours: 60, free_hours: 0, urgent_goal_count: 1, urgent_goal_hours: 80, other_count: 1, other_hours: 20 },
      text: 'needs 60 h; 0 h are left this quarter after 80 h for 1 activity urgent, important and serving a goal, 20 h for 1 activity serving no goal',
    });
  });

  it('says when leaving out the lower priorities would still not make room', () => {
    const plan = buildPlan({
      goals: [buildGoal({ id: 'sell' })],
      activities: [
        buildActivity({ id: 'big', estimate_hours: 120, value: 5, goals: ['sell'] }),
        buildActivity({ id: 'cheap', status: 'idea', estimate_hours: 30, value: 2 }),
      ],
    });
    const result = planQuarter(plan, { from, capacityHours: 100, today });
    expect(ids(result.chosen)).toEqual(['cheap']);
    expect(leftOutReason(result, 'big')).toMatchObject({
      params: { hours: 120, free_hours: 70, other_hours: 30, free_without_lower: 100 },
      text: 'needs 120 h; 70 h are left this quarter after 30 h for 1 activity serving no goal; leaving out every activity of a lower priority would free only 100 h',
    });
  });
});

describe('lexicographicValues', () => {
  it('scales each priority above everything below it', () => {
    // Tier 0 sums to 10; tier 1 units count 11 each; tier 1 then sums to 11 × 3 = 33; tier 3 units count 44.
    expect(lexicographicValues([
      { tier: 0, value: 9 },
      { tier: 0, value: 1 },
      { tier: 1, value: 3 },
      { tier: 3, value: 1 },
    ])).toEqual({ values: [9, 1, 33, 44], exact: true });
    // Fractions count in the smallest unit they need (here tenths): 0.5 is 5 of them, and 1 in the tier above 10 × 6.
    expect(lexicographicValues([{ tier: 0, value: 0.5 }, { tier: 1, value: 1 }]).values).toEqual([5, 60]);
  });
});

describe('planQuarter at scale', () => {
  it('plans the demo book shop quarter within each team and with every dependency first', () => {
    const plan = bookshopPlan({ today });
    const activities = plan.activities ?? [];
    const capacity = Object.fromEntries([...new Set(activities.map((a) => a.team ?? UNASSIGNED_TEAM))].map((team) => [team, 120]));
    const result = planQuarter(plan, { from, capacityHours: capacity, today });
    expect(result.chosen.length).toBeGreaterThan(0);
    withinCapacity(result, capacity);
    checkPlan(result, activities);
  });

  it('plans the demo book shop on any day: its dates follow today, and the plan keeps them', () => {
    for (let day = 0; day < 3 * 365; day += 47) {
      const date = addDays('2026-01-05', day);
      const plan = bookshopPlan({ today: date });
      const activities = plan.activities ?? [];
      const result = planQuarter(plan, { from: date, capacityHours: 600, today: date });
      expect(result.chosen.length, date).toBeGreaterThan(0);
      withinCapacity(result, 600);
      checkPlan(result, activities);
    }
  });

  it('stays within each team when cross-team pairs are too many to try every combination', () => {
    const activities = Array.from({ length: 24 }, (_, i) => [
      buildActivity({ id: `api-${i}`, team: 'Dev', estimate_hours: 10 + (i % 5), value: 1 + (i % 4) }),
      buildActivity({ id: `launch-${i}`, team: 'Marketing', estimate_hours: 8 + (i % 3), value: 5 + (i % 6), depends_on: [`api-${i}`] }),
    ]).flat();
    const capacity = { Dev: 100, Marketing: 60 };
    const result = planQuarter(buildPlan({ activities }), { from, capacityHours: capacity, today });
    expect(result.exact).toBe(false);
    withinCapacity(result, capacity);
    checkPlan(result, activities);
    expect(result.chosenValue).toBeGreaterThan(0);
  });

  it('stays within capacity when hours in hundredths would make the table too large', () => {
    const activities = Array.from({ length: 400 }, (_, i) => buildActivity({ id: `h${i}`, estimate_hours: 5 + (i % 97) / 100, value: 1 + (i % 10) }));
    const result = planQuarter(buildPlan({ activities }), { from, capacityHours: 1500.5, today });
    expect(result.exact).toBe(false);
    expect(result.usedHours).toBeLessThanOrEqual(1500.5);
    expect(result.usedHours).toBeGreaterThan(1400);
  });
});

// ---- property tests ------------------------------------------------------------------

interface Spec {
  hours: number | null;
  value: number | null;
  status: Activity['status'];
  team: string | null;
  deps: number[];
  dated: number | null;
  length: number;
  urgent: boolean;
  goal: boolean;
}

const specArb = fc.record({
  hours: fc.option(fc.integer({ min: 0, max: 160 }).map((quarters) => quarters / 4), { nil: null, freq: 8 }),
  value: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null, freq: 8 }),
  status: fc.constantFrom<Activity['status']>('idea', 'planned', 'planned', undefined, 'in_progress', 'done', 'dropped'),
  team: fc.constantFrom<string | null>('Web', 'Content', null),
  deps: fc.array(fc.nat(), { maxLength: 3 }),
  dated: fc.option(fc.integer({ min: -30, max: 80 }), { nil: null, freq: 4 }),
  length: fc.integer({ min: 0, max: 40 }),
  urgent: fc.boolean(),
  goal: fc.boolean(),
});

function toActivities(specs: Spec[]): Activity[] {
  return specs.map((spec, i) => ({
    id: `x${i}`,
    title: `X ${i}`,
    ...(spec.hours !== null && { estimate_hours: spec.hours }),
    ...(spec.value !== null && { value: spec.value }),
    ...(spec.status && { status: spec.status }),
    ...(spec.team && { team: spec.team }),
    ...(spec.dated !== null && { start: addDays(from, spec.dated), end: addDays(from, spec.dated + spec.length) }),
    ...(spec.urgent && { urgency: 'high' as const, importance: 'high' as const }),
    ...(spec.goal && { goals: ['g'] }),
    // Only earlier activities, so the dependencies form no cycle (the plan rules refuse cycles).
    ...(i > 0 && spec.deps.length > 0 && { depends_on: [...new Set(spec.deps.map((d) => `x${d % i}`))] }),
  }));
}

const WINDOW_FIRST = toDayNumber(from);
const WINDOW_LAST = WINDOW_FIRST + 89;
const tierOf = (a: Activity) => (a.urgency === 'high' && a.importance === 'high' ? 2 : 0) + ((a.goals ?? []).length > 0 ? 1 : 0);
const remaining = (a: Activity) => Math.max(0, (a.estimate_hours ?? 0) - (a.actual_hours ?? 0));
const isCandidate = (a: Activity) =>
  (!a.status || a.status === 'idea' || a.status === 'planned') &&
  a.estimate_hours !== undefined &&
  a.value !== undefined &&
  !(a.end !== undefined && toDayNumber(a.end) < WINDOW_FIRST);

/**
 * The hours an activity takes in the window, worked out by hand (these tests plan on the
 * window's first day): the hours spread evenly over its days, the share inside, rounded up to
 * the hour; for work in progress, what is left over the days from today, or all of it when late.
 */
function windowHours(a: Activity): number {
  const kept = a.status === 'in_progress';
  const hours = kept ? remaining(a) : (a.estimate_hours ?? 0);
  if (a.start === undefined || a.end === undefined) return hours;
  const first = kept ? Math.max(toDayNumber(a.start), WINDOW_FIRST) : toDayNumber(a.start);
  const last = toDayNumber(a.end);
  if (last < first) return hours;
  const inside = Math.max(0, Math.min(last, WINDOW_LAST) - Math.max(first, WINDOW_FIRST) + 1);
  if (inside === last - first + 1) return hours;
  return Math.min(hours, Math.max(0, Math.ceil((hours * inside) / (last - first + 1) - 1e-6)));
}

/** Value chosen per priority, best class first: the plan must be the lexicographic best. */
function valueByTier(chosen: readonly Activity[]): number[] {
  const sums = [0, 0, 0, 0];
  for (const a of chosen) sums[3 - tierOf(a)] += a.value as number;
  return sums;
}

function lexicographicCompare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * Undated work that cannot start in the window after its dependency: the activities the plan
 * leaves out for it, each checked to have no start and a dependency that ends near the window's
 * end (within a day for each of the at most 11 others that may follow it in a chain).
 */
function cannotStart(result: QuarterPlan, activities: Activity[]): Set<string> {
  const late = result.leftOut.filter((a) => a.reason.code === 'dependency' && a.reason.params.cause === 'ends_later');
  for (const out of late) {
    expect(activities.find((a) => a.id === out.id)?.start).toBeUndefined();
    expect(toDayNumber(String(out.reason.params.end))).toBeGreaterThanOrEqual(WINDOW_LAST - 11);
  }
  return new Set(late.map((a) => a.id));
}

/** The best value per priority by trying every subset of the plannable activities. */
function bruteForce(activities: Activity[], capacity: (team: string) => number, poolOf: (a: Activity) => string, excluded: Set<string>): number[] {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const open = activities.filter((a) => isCandidate(a) && !excluded.has(a.id));
  const kept = new Map<string, number>();
  for (const a of activities.filter((x) => x.status === 'in_progress')) kept.set(poolOf(a), (kept.get(poolOf(a)) ?? 0) + windowHours(a));
  let best = [0, 0, 0, 0];
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const set = new Set(open.filter((_, i) => mask & (1 << i)).map((a) => a.id));
    const used = new Map<string, number>();
    let ok = true;
    for (const id of set) {
      const a = byId.get(id) as Activity;
      used.set(poolOf(a), (used.get(poolOf(a)) ?? 0) + windowHours(a));
      for (const d of a.depends_on ?? []) {
        const dep = byId.get(d);
        if (!set.has(d) && dep?.status !== 'done' && dep?.status !== 'in_progress') ok = false;
      }
    }
    for (const [pool, hours] of used) if (hours > Math.max(0, capacity(pool) - (kept.get(pool) ?? 0)) + 1e-9) ok = false;
    const value = valueByTier([...set].map((id) => byId.get(id) as Activity));
    if (ok && lexicographicCompare(value, best) > 0) best = value;
  }
  return best;
}

function withinCapacity(result: QuarterPlan, capacity: number | Record<string, number>): void {
  const pools = typeof capacity === 'number' ? [{ team: null, cap: capacity }] : result.teams.map((t) => ({ team: t.team, cap: capacity[t.team] ?? 0 }));
  for (const { team, cap } of pools) {
    const inPool = (a: { team?: string | null }) => team === null || (a.team ?? UNASSIGNED_TEAM) === team;
    const kept = result.chosen.filter((a) => a.kept && inPool(a)).reduce((s, a) => s + a.hours, 0);
    const used = result.chosen.filter(inPool).reduce((s, a) => s + a.hours, 0);
    expect(used).toBeLessThanOrEqual(Math.max(cap, kept) + 1e-9);
  }
}

/** Dates: the user's kept, missing ones proposed inside the window and in dependency order; every activity accounted for. */
function checkPlan(result: QuarterPlan, activities: Activity[]): void {
  const chosen = new Map(result.chosen.map((a) => [a.id, a]));
  for (const a of result.chosen) {
    const source = activities.find((x) => x.id === a.id) as Activity;
    expect(a.current).toEqual({ start: source.start ?? null, end: source.end ?? null });
    expect(a.start <= a.end).toBe(true);
    if (source.start !== undefined) expect(a.start).toBe(source.start);
    if (source.end !== undefined) expect(a.end).toBe(source.end);
    expect(a.proposed).toEqual([...(source.start === undefined ? ['start'] : []), ...(source.end === undefined ? ['end'] : [])]);
    if (!a.kept && a.proposed.length === 2) expect(a.start >= result.window.start && a.end <= result.window.end).toBe(true);
    if (a.kept) continue;
    for (const d of source.depends_on ?? []) {
      const dep = activities.find((x) => x.id === d);
      expect(chosen.has(d) || dep?.status === 'done' || dep?.status === 'in_progress').toBe(true);
      const planned = chosen.get(d);
      if (!planned || planned.end < a.start) continue;
      // A date the user set stands in the way: the move is offered, not made.
      expect(a.proposed).not.toContain('start');
      expect(a.change?.reason.code).toBe('dependency_order');
      expect(a.change!.start > planned.end).toBe(true);
    }
  }
  expect(result.chosen.length + result.leftOut.length).toBe(activities.length);
}

/**
 * The ranking's order holds in the plan: no activity left out for want of room would have fitted
 * in the room that chosen activities of a lower priority take (those that nothing of its
 * priority or higher, nor it, needs), and its reason says how much that room is.
 */
function noneDisplaced(result: QuarterPlan, activities: Activity[], capacity: number | Record<string, number>): void {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const chosen = result.chosen.filter((a) => !a.kept).map((a) => ({ ...a, source: byId.get(a.id) as Activity }));
  for (const out of result.leftOut.filter((a) => a.reason.code === 'capacity')) {
    const activity = byId.get(out.id) as Activity;
    const sameTeam = (a: { team?: string | null }) => typeof capacity === 'number' || (a.team ?? UNASSIGNED_TEAM) === (activity.team ?? UNASSIGNED_TEAM);
    const needed = new Set<string>();
    const stack = [activity, ...chosen.filter((a) => tierOf(a.source) >= tierOf(activity)).map((a) => a.source)];
    while (stack.length) {
      for (const d of stack.pop()!.depends_on ?? []) {
        if (!needed.has(d) && byId.has(d)) {
          needed.add(d);
          stack.push(byId.get(d)!);
        }
      }
    }
    const lower = chosen.filter((a) => sameTeam(a) && tierOf(a.source) < tierOf(activity) && !needed.has(a.id)).reduce((s, a) => s + a.hours, 0);
    const free = Number(out.reason.params.free_hours);
    expect(windowHours(activity)).toBeGreaterThan(free + lower - 1e-6);
    if (lower > 0) expect(out.reason.params.free_without_lower).toBeCloseTo(free + lower, 2);
    else expect(out.reason.params.free_without_lower).toBeUndefined();
  }
}

describe('planQuarter properties', () => {
  const goals = [buildGoal({ id: 'g' })];

  it('with one capacity: never over capacity, the best by priority then value (brute force), dates kept, none displaced', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 12 }), fc.integer({ min: 0, max: 200 }), (specs, capacity) => {
        const activities = toActivities(specs);
        const result = planQuarter(buildPlan({ goals, activities }), { from, capacityHours: capacity, today: from });
        const keptHours = result.chosen.filter((a) => a.kept).reduce((s, a) => s + a.hours, 0);
        expect(result.usedHours).toBeLessThanOrEqual(Math.max(capacity, keptHours) + 1e-9);
        expect(result.warnings.length).toBe(keptHours > capacity + 1e-9 ? 1 : 0);
        for (const a of result.chosen) expect(a.hours).toBe(windowHours(activities.find((x) => x.id === a.id)!));
        const chosen = result.chosen.filter((a) => !a.kept).map((a) => activities.find((x) => x.id === a.id)!);
        expect(valueByTier(chosen)).toEqual(bruteForce(activities, () => capacity, () => '*', cannotStart(result, activities)));
        expect(result.exact).toBe(true);
        checkPlan(result, activities);
        noneDisplaced(result, activities, capacity);
      }),
      { numRuns: 300 },
    );
  });

  it('with capacity per team: each team within its own, the best by priority then value, none displaced', () => {
    const capacities = fc.record({ Web: fc.integer({ min: 0, max: 80 }), Content: fc.integer({ min: 0, max: 80 }), unassigned: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 11 }), capacities, (specs, capacity) => {
        const activities = toActivities(specs);
        const result = planQuarter(buildPlan({ goals, activities }), { from, capacityHours: capacity, today: from });
        const poolOf = (a: Activity) => a.team ?? UNASSIGNED_TEAM;
        for (const team of result.teams) {
          const cap = capacity[team.team as keyof typeof capacity];
          expect(team.usedHours).toBeLessThanOrEqual(Math.max(cap, team.keptHours) + 1e-9);
        }
        const chosen = result.chosen.filter((a) => !a.kept).map((a) => activities.find((x) => x.id === a.id)!);
        expect(valueByTier(chosen)).toEqual(bruteForce(activities, (team) => capacity[team as keyof typeof capacity], poolOf, cannotStart(result, activities)));
        checkPlan(result, activities);
        noneDisplaced(result, activities, capacity);
      }),
      { numRuns: 300 },
    );
  });

  it('with large dependency groups: still within capacity and with every dependency', () => {
    const capacityArb = fc.oneof(
      fc.integer({ min: 0, max: 400 }),
      fc.record({ Web: fc.integer({ min: 0, max: 200 }), Content: fc.integer({ min: 0, max: 200 }) }),
    );
    fc.assert(
      fc.property(fc.array(specArb, { minLength: 20, maxLength: 60 }), capacityArb, (specs, capacity) => {
        const activities = toActivities(specs);
        const result = planQuarter(buildPlan({ goals, activities }), { from, capacityHours: capacity, today: from });
        withinCapacity(result, capacity);
        checkPlan(result, activities);
      }),
      { numRuns: 100 },
    );
  });
});
