import type { Activity, Milestone, PlanDocument, Theme } from '../plan/plan.schema.js';

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
