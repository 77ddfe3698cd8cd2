import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, bookshopPlan, DomainError, planQuarter, UNASSIGNED_TEAM, type Activity, type QuarterPlan } from '../index.js';
import { buildActivity, buildPlan } from '../testing/plan.factories.js';

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
    const result = planQuarter(plan, { from, capacityHours: 50, today });
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

  it('proposes dates inside the 90 days, in dependency order, not before today or the planned start', () => {
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
    expect(dates.going).toEqual(['2027-04-01', '2027-04-20']);
    expect(dates.first).toEqual(['2027-04-21', '2027-04-22']);
    // 80 hours: 10 working days, two weekends.
    expect(dates.second).toEqual(['2027-04-23', '2027-05-04']);
    expect(dates.fixed).toEqual(['2027-05-10', '2027-05-20']);
    expect(dates.long).toEqual(['2027-04-05', '2027-06-29']);
    // Dated for after the window: it keeps its season rather than being pulled forward.
    expect(dates.autumn).toBeUndefined();
    expect(leftOutReason(result, 'autumn')?.code).toBe('scheduled_later');
  });
});

describe('planQuarter at scale', () => {
  it('plans the demo book shop quarter within each team and with every dependency first', () => {
    const plan = bookshopPlan({ today });
    const activities = plan.activities ?? [];
    const capacity = Object.fromEntries([...new Set(activities.map((a) => a.team ?? UNASSIGNED_TEAM))].map((team) => [team, 120]));
    const result = planQuarter(plan, { from, capacityHours: capacity, today });
    expect(result.chosen.length).toBeGreaterThan(0);
    withinCapacity(result, activities, capacity);
    checkPlan(result, activities);
  });

  it('stays within each team when cross-team pairs are too many to try every combination', () => {
    const activities = Array.from({ length: 24 }, (_, i) => [
      buildActivity({ id: `api-${i}`, team: 'Dev', estimate_hours: 10 + (i % 5), value: 1 + (i % 4) }),
      buildActivity({ id: `launch-${i}`, team: 'Marketing', estimate_hours: 8 + (i % 3), value: 5 + (i % 6), depends_on: [`api-${i}`] }),
    ]).flat();
    const capacity = { Dev: 100, Marketing: 60 };
    const result = planQuarter(buildPlan({ activities }), { from, capacityHours: capacity, today });
    expect(result.exact).toBe(false);
    withinCapacity(result, activities, capacity);
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
}

const specArb = fc.record({
  hours: fc.option(fc.integer({ min: 0, max: 160 }).map((quarters) => quarters / 4), { nil: null, freq: 8 }),
  value: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null, freq: 8 }),
  status: fc.constantFrom<Activity['status']>('idea', 'planned', 'planned', undefined, 'in_progress', 'done', 'dropped'),
  team: fc.constantFrom<string | null>('Web', 'Content', null),
  deps: fc.array(fc.nat(), { maxLength: 3 }),
  dated: fc.option(fc.integer({ min: -30, max: 80 }), { nil: null, freq: 4 }),
});

function toActivities(specs: Spec[]): Activity[] {
  return specs.map((spec, i) => ({
    id: `x${i}`,
    title: `X ${i}`,
    ...(spec.hours !== null && { estimate_hours: spec.hours }),
    ...(spec.value !== null && { value: spec.value }),
    ...(spec.status && { status: spec.status }),
    ...(spec.team && { team: spec.team }),
    ...(spec.dated !== null && { start: addDays(from, spec.dated), end: addDays(from, spec.dated + 5) }),
    // Only earlier activities, so the dependencies form no cycle (the plan rules refuse cycles).
    ...(i > 0 && spec.deps.length > 0 && { depends_on: [...new Set(spec.deps.map((d) => `x${d % i}`))] }),
  }));
}

const remaining = (a: Activity) => Math.max(0, (a.estimate_hours ?? 0) - (a.actual_hours ?? 0));

/** The best total value by trying every subset of the plannable activities. */
function bruteForce(activities: Activity[], capacity: (team: string) => number, poolOf: (a: Activity) => string): number {
  const byId = new Map(activities.map((a) => [a.id, a]));
  const open = activities.filter(
    (a) => !a.status || a.status === 'idea' || a.status === 'planned',
  ).filter((a) => a.estimate_hours !== undefined && a.value !== undefined);
  const kept = new Map<string, number>();
  for (const a of activities.filter((x) => x.status === 'in_progress')) kept.set(poolOf(a), (kept.get(poolOf(a)) ?? 0) + remaining(a));
  let best = 0;
  for (let mask = 0; mask < 1 << open.length; mask++) {
    const set = new Set(open.filter((_, i) => mask & (1 << i)).map((a) => a.id));
    const used = new Map<string, number>();
    let value = 0;
    let ok = true;
    for (const id of set) {
      const a = byId.get(id) as Activity;
      used.set(poolOf(a), (used.get(poolOf(a)) ?? 0) + (a.estimate_hours as number));
      value += a.value as number;
      for (const d of a.depends_on ?? []) {
        const dep = byId.get(d);
        if (!set.has(d) && dep?.status !== 'done' && dep?.status !== 'in_progress') ok = false;
      }
    }
    for (const [pool, hours] of used) if (hours > Math.max(0, capacity(pool) - (kept.get(pool) ?? 0)) + 1e-9) ok = false;
    if (ok && value > best) best = value;
  }
  return best;
}

function withinCapacity(result: QuarterPlan, activities: Activity[], capacity: number | Record<string, number>): void {
  const pools = typeof capacity === 'number' ? [{ team: null, cap: capacity }] : result.teams.map((t) => ({ team: t.team, cap: capacity[t.team] ?? 0 }));
  for (const { team, cap } of pools) {
    const inPool = (a: { team?: string | null }) => team === null || (a.team ?? UNASSIGNED_TEAM) === team;
    const kept = activities.filter((a) => a.status === 'in_progress' && inPool(a)).reduce((s, a) => s + remaining(a), 0);
    const used = result.chosen.filter(inPool).reduce((s, a) => s + a.hours, 0);
    expect(used).toBeLessThanOrEqual(Math.max(cap, kept) + 1e-9);
  }
}

function checkPlan(result: QuarterPlan, activities: Activity[]): void {
  const chosen = new Map(result.chosen.map((a) => [a.id, a]));
  for (const a of result.chosen) {
    expect(a.start >= result.window.start && a.end <= result.window.end && a.start <= a.end).toBe(true);
    const source = activities.find((x) => x.id === a.id) as Activity;
    for (const d of source.depends_on ?? []) {
      const dep = activities.find((x) => x.id === d);
      if (a.kept) continue;
      expect(chosen.has(d) || dep?.status === 'done' || dep?.status === 'in_progress').toBe(true);
      const planned = chosen.get(d);
      if (planned) expect(planned.end < a.start).toBe(true);
    }
  }
  expect(result.chosen.length + result.leftOut.length).toBe(activities.length);
}

describe('planQuarter properties', () => {
  it('with one capacity: never over capacity, as good as brute force, dependencies first', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 12 }), fc.integer({ min: 0, max: 200 }), (specs, capacity) => {
        const activities = toActivities(specs);
        const result = planQuarter(buildPlan({ activities }), { from, capacityHours: capacity, today: from });
        const keptHours = activities.filter((a) => a.status === 'in_progress').reduce((s, a) => s + remaining(a), 0);
        expect(result.usedHours).toBeLessThanOrEqual(Math.max(capacity, keptHours) + 1e-9);
        expect(result.chosenValue).toBe(bruteForce(activities, () => capacity, () => '*'));
        expect(result.exact).toBe(true);
        checkPlan(result, activities);
      }),
      { numRuns: 300 },
    );
  });

  it('with capacity per team: each team within its own, as good as brute force', () => {
    const capacities = fc.record({ Web: fc.integer({ min: 0, max: 80 }), Content: fc.integer({ min: 0, max: 80 }), unassigned: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 11 }), capacities, (specs, capacity) => {
        const activities = toActivities(specs);
        const result = planQuarter(buildPlan({ activities }), { from, capacityHours: capacity, today: from });
        const poolOf = (a: Activity) => a.team ?? UNASSIGNED_TEAM;
        for (const team of result.teams) {
          const cap = capacity[team.team as keyof typeof capacity];
          expect(team.usedHours).toBeLessThanOrEqual(Math.max(cap, team.keptHours) + 1e-9);
        }
        expect(result.chosenValue).toBe(bruteForce(activities, (team) => capacity[team as keyof typeof capacity], poolOf));
        checkPlan(result, activities);
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
        const result = planQuarter(buildPlan({ activities }), { from, capacityHours: capacity, today: from });
        withinCapacity(result, activities, capacity);
        checkPlan(result, activities);
      }),
      { numRuns: 100 },
    );
  });
});
