import { bench, describe } from 'vitest';
import { addDays, planQuarter, rankBacklog, roadmapModel, themeBudgets, type Activity, type PlanDocument } from '../index.js';
import { buildPlan, buildTheme } from '../testing/plan.factories.js';

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
 * a fifth of them depending on an earlier one, some in progress, done or undated.
 */
function buildLargePlan(size: number, themeCount: number, seed = 1): PlanDocument {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const themes = Array.from({ length: themeCount }, (_, i) =>
    buildTheme({ id: `theme-${i}`, name: `Theme ${i}`, budget_hours: 200 + Math.floor(next() * 800), maintenance: i === 0 }),
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
  return buildPlan({ goals: [], kpis: [], activities, themes, milestones });
}

const quarterPlan = buildLargePlan(500, 20);
// Every activity open and estimated in quarter hours: the largest tables the knapsack builds.
const hard: PlanDocument = {
  ...quarterPlan,
  activities: quarterPlan.activities?.map((a) => ({ ...a, status: 'planned' as const, estimate_hours: (a.estimate_hours ?? 0) + 0.25 })),
};
const options = { from: '2027-04-01', today: '2027-04-01' };
const teams = { Web: 500, Content: 500, Data: 500, Marketing: 500, unassigned: 200 };

describe('500 activities', () => {
  bench('planQuarter, one capacity of 2 000 h', () => {
    planQuarter(quarterPlan, { ...options, capacityHours: 2000 });
  });
  bench('planQuarter, four teams of 500 h and 200 h unassigned', () => {
    planQuarter(quarterPlan, { ...options, capacityHours: teams });
  });
  bench('planQuarter, all open, quarter hours, one capacity of 8 000 h', () => {
    planQuarter(hard, { ...options, capacityHours: 8000 });
  });
  bench('planQuarter, all open, quarter hours, per team', () => {
    planQuarter(hard, { ...options, capacityHours: teams });
  });
  bench('rankBacklog', () => {
    rankBacklog(quarterPlan, { today: options.today });
  });
});

const roadmapPlan = buildLargePlan(2000, 20);

describe('2 000 activities in 20 themes', () => {
  bench('roadmapModel', () => {
    roadmapModel(roadmapPlan, { today: options.today });
  });
  bench('themeBudgets', () => {
    themeBudgets(roadmapPlan, { today: options.today });
  });
});
