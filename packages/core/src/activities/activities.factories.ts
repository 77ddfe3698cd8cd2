import type { Activity, Milestone, PlanDocument, Theme } from '../plan/plan.schema.js';
import { addDays } from '../shared/dates.js';

/*
 * Test factories for activities, themes and the plans around them (used by the tests of
 * activities/, themes/ and roadmap/). Not exported from the package.
 */

let counter = 0;

export function buildActivity(overrides: Partial<Activity> = {}): Activity {
  counter++;
  return { id: `a${counter}`, title: `Activity ${counter}`, ...overrides };
}

export function buildTheme(overrides: Partial<Theme> = {}): Theme {
  counter++;
  return { id: `t${counter}`, name: `Theme ${counter}`, ...overrides };
}

export function buildPlan(
  parts: { activities?: Activity[]; themes?: Theme[]; milestones?: Milestone[]; period?: { start: string; end: string } } = {},
): PlanDocument {
  return {
    kurs: 1,
    plan: { name: 'Test plan', period: parts.period ?? { start: '2027-01-01', end: '2027-12-31' } },
    themes: parts.themes,
    activities: parts.activities,
    milestones: parts.milestones,
  };
}

/** A deterministic pseudo-random number generator (mulberry32), so large plans repeat exactly. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A large plan for benchmarks: activities spread over a year and over themes and teams,
 * a fifth of them depending on one or two earlier ones, some in progress, done or undated.
 */
export function buildLargePlan(size: number, themeCount: number, seed = 1): PlanDocument {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const themes = Array.from({ length: themeCount }, (_, i) =>
    buildTheme({ id: `theme-${i}`, budget_hours: 200 + Math.floor(next() * 800), maintenance: i === 0 }),
  );
  const statuses = ['idea', 'planned', 'planned', 'planned', 'in_progress', 'done', 'dropped'] as const;
  const activities = Array.from({ length: size }, (_, i): Activity => {
    const startDay = Math.floor(next() * 330);
    const dated = next() < 0.9;
    const start = addDays('2027-01-01', startDay);
    const end = addDays(start, Math.floor(next() * 60));
    const dependsOn = i > 0 && next() < 0.2 ? [`act-${Math.floor(next() * i)}`] : [];
    return {
      id: `act-${i}`,
      title: `Activity ${i}`,
      theme: next() < 0.95 ? pick(themes).id : undefined,
      team: pick(['Web', 'Content', 'Data', 'Marketing', undefined]),
      owner: pick(['Kari', 'Ola', 'Per', 'Liv']),
      status: pick(statuses),
      ...(dated && { start, end }),
      estimate_hours: Math.floor(next() * 160) / 2 + 4,
      actual_hours: Math.floor(next() * 20),
      value: 1 + Math.floor(next() * 10),
      effort: 1 + Math.floor(next() * 10),
      urgency: pick(['low', 'medium', 'high'] as const),
      importance: pick(['low', 'medium', 'high'] as const),
      ...(dependsOn.length > 0 && { depends_on: dependsOn }),
    };
  });
  const milestones = themes.flatMap((theme, i) => [
    { id: `m-${i}`, title: `Milestone ${i}`, date: `2027-0${1 + (i % 9)}-15`, theme: theme.id },
  ]);
  return buildPlan({ activities, themes, milestones });
}
