import type {
  Activity,
  Audience,
  Campaign,
  Channel,
  Competitor,
  Experiment,
  Goal,
  Kpi,
  Measurement,
  Milestone,
  PlanDocument,
  Review,
  ReviewGoal,
  Theme,
} from '../plan/plan.schema.js';

/*
 * Small valid plan parts for tests. Each call gives a new id (goal-1, goal-2, …) so that a list
 * of built entities is valid as it stands; pass `id` (or any field) to choose.
 */

let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${++counter}`;

export function buildAudience(overrides: Partial<Audience> = {}): Audience {
  return { id: nextId('audience'), name: 'Crime readers 35-60', kind: 'current', ...overrides };
}

export function buildCompetitor(overrides: Partial<Competitor> = {}): Competitor {
  return { id: nextId('competitor'), name: 'Big Online Bookshop', ...overrides };
}

export function buildChannel(overrides: Partial<Channel> = {}): Channel {
  return { id: nextId('channel'), name: 'Webshop', type: 'website', present: true, ...overrides };
}

export function buildCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return { id: nextId('campaign'), name: 'Christmas 2026', start: '2026-11-15', end: '2026-12-20', ...overrides };
}

export function buildGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: nextId('goal'),
    title: 'Sell 120 000 books online in 2027',
    horizon: 'year',
    baseline: { value: 80_000, date: '2026-12-31' },
    target: { value: 120_000, date: '2027-12-31' },
    owner: 'Kari Nordmann',
    ...overrides,
  };
}

export function buildKpi(overrides: Partial<Kpi> = {}): Kpi {
  return { id: nextId('kpi'), name: 'Books sold online', unit: 'count', direction: 'up', frequency: 'monthly', ...overrides };
}

export function buildMeasurement(overrides: Partial<Measurement> = {}): Measurement {
  return { kpi: 'kpi-1', date: '2027-01-31', value: 8_900, ...overrides };
}

export function buildTheme(overrides: Partial<Theme> = {}): Theme {
  return { id: nextId('theme'), name: 'Website performance', budget_hours: 400, ...overrides };
}

export function buildActivity(overrides: Partial<Activity> = {}): Activity {
  return { id: nextId('activity'), title: 'Rebuild mobile checkout', status: 'planned', ...overrides };
}

export function buildMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return { id: nextId('milestone'), title: 'New checkout live', date: '2027-04-15', ...overrides };
}

export function buildReviewGoal(overrides: Partial<ReviewGoal> = {}): ReviewGoal {
  return { goal: 'goal-1', status: 'on_track', ...overrides };
}

export function buildExperiment(overrides: Partial<Experiment> = {}): Experiment {
  return { hypothesis: 'Gift guides on the front page lift conversion', ...overrides };
}

export function buildReview(overrides: Partial<Review> = {}): Review {
  return { id: nextId('review'), date: '2027-03-31', period: '2027-Q1', ...overrides };
}

/**
 * A valid plan with one goal measured by one KPI, one theme and one activity serving the goal.
 * An override replaces a whole top-level part.
 */
export function buildPlan(overrides: Partial<PlanDocument> = {}): PlanDocument {
  const kpi = buildKpi();
  const goal = buildGoal({ kpi: kpi.id });
  const theme = buildTheme();
  const activity = buildActivity({ theme: theme.id, goals: [goal.id], kpis: [kpi.id] });
  return {
    kurs: 1,
    plan: { name: 'Digital strategi 2027', period: { start: '2027-01-01', end: '2027-12-31' } },
    goals: [goal],
    kpis: [kpi],
    themes: [theme],
    activities: [activity],
    ...overrides,
  };
}
