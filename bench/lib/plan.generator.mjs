import { addDays, FREQUENCY_DAYS, quarterEnd } from '@kurs/core';
import { createRandom } from './random.mjs';

/*
 * A large, believable plan for benchmarks, the same on every run (seeded): goals on three
 * horizons with parents, KPIs with a history of measurements, activities in themes with
 * dependencies, milestones and a review. It is valid by validatePlan, with the weak spots a
 * real plan has (some owners, estimates and dates missing), so the health check has work to do.
 */

export const FULL_SIZES = { goals: 200, kpis: 1000, measurements: 100_000, activities: 5000, themes: 20 };

const PERIOD = { start: '2027-01-01', end: '2027-12-31' };
const PEOPLE = ['Kari Nordmann', 'Ola Hansen', 'Per Berg', 'Liv Dahl', 'Anna Lund', 'Erik Moe', 'Sofie Strand'];
const TEAMS = ['Web', 'Content', 'Data', 'Marketing', 'Customer service'];
const STAGES = ['reach', 'engage', 'convert', 'retain'];
const METRICS = [
  { name: 'Webshop visits', unit: 'count', aggregation: 'sum', stage: 'reach' },
  { name: 'Organic search sessions', unit: 'count', aggregation: 'sum', stage: 'reach' },
  { name: 'Newsletter sign-ups', unit: 'count', aggregation: 'sum', stage: 'engage' },
  { name: 'Instagram followers', unit: 'count', aggregation: 'last', stage: 'reach' },
  { name: 'Orders', unit: 'count', aggregation: 'sum', stage: 'convert', conversion: true },
  { name: 'Conversion rate', unit: 'percent', aggregation: 'average', stage: 'convert', conversion: true },
  { name: 'Online revenue', unit: 'currency', aggregation: 'sum', stage: 'convert', conversion: true },
  { name: 'Returning customers', unit: 'percent', aggregation: 'average', stage: 'retain' },
  { name: 'Mobile page load time', unit: 'duration_s', aggregation: 'average', stage: 'convert', down: true },
  { name: 'Support tickets per order', unit: 'ratio', aggregation: 'average', stage: 'retain', down: true },
];
const THEME_NAMES = [
  'Maintenance', 'Website performance', 'Customer experience', 'Search', 'Content', 'Social media', 'Email',
  'Data and analytics', 'Marketplaces', 'Loyalty', 'Paid media', 'Mobile app', 'Checkout', 'Personalisation',
  'Brand', 'Partnerships', 'Customer service', 'Gift season', 'Authors and events', 'Internal tools',
];
const CHANNEL_TYPES = ['website', 'social', 'email', 'search', 'paid', 'marketplace', 'app', 'crm', 'social', 'other'];

/** Sizes of the plan, FULL_SIZES by default. */
export function generatePlan(sizes = FULL_SIZES, seed = 2027) {
  const random = createRandom(seed);
  const situation = generateSituation(random);
  const kpis = generateKpis(random, sizes.kpis);
  const goals = generateGoals(random, sizes.goals, kpis);
  const themes = generateThemes(random, sizes.themes, sizes.activities);
  const activities = generateActivities(random, sizes.activities, { goals, kpis, themes });
  return {
    kurs: 1,
    plan: {
      name: 'Digital strategi 2027 (benchmark)',
      organisation: 'Nordbok AS',
      locale: 'nb',
      currency: 'NOK',
      period: PERIOD,
      business_objective: 'Grow online revenue to 36 MNOK',
    },
    situation,
    goals,
    kpis,
    measurements: generateMeasurements(random, sizes.measurements, kpis),
    strategy: {
      funnel: {
        reach: 'SEO on author pages and Instagram reading tips',
        engage: 'Newsletter with monthly picks',
        convert: 'Faster mobile checkout',
        retain: 'Loyalty club with points',
      },
      positioning: 'The Nordic crime specialist',
      traffic: 'mixed',
      content: 'Norwegian, weekly, reviews and author interviews',
      resourcing: 'mixed',
      journey: STAGES.map((stage, i) => ({ stage, touchpoints: situation.channels.filter((_, c) => c % 4 === i).map((c) => c.id) })),
    },
    themes,
    activities,
    milestones: generateMilestones(themes, activities),
    reviews: [generateReview(random, goals)],
  };
}

function generateSituation(random) {
  const channels = CHANNEL_TYPES.map((type, i) => ({
    id: `channel-${i}`,
    name: `${type[0].toUpperCase()}${type.slice(1)} channel ${i}`,
    type,
    present: i < 8,
    funnel: STAGES.filter(() => random.chance(0.5)),
    ...(i % 3 === 0 && { goal: 'Sales and sign-ups', challenges: 'Slow product pages on mobile' }),
  }));
  return {
    usp: 'Curated Nordic crime fiction with next-day delivery',
    audiences: [
      { id: 'readers', name: 'Crime readers 35-60', kind: 'current', notes: 'buy 6+ books a year' },
      { id: 'students', name: 'Students', kind: 'non_buyer' },
      { id: 'gifts', name: 'Gift buyers', kind: 'desired' },
    ],
    competitors: [
      { id: 'bigshop', name: 'Big Online Bookshop', better_at: ['price', 'range'], our_difference: 'Personal recommendations' },
      { id: 'chain', name: 'High street chain', better_at: ['stores'], our_difference: 'Next-day delivery' },
    ],
    channels,
    campaigns: Array.from({ length: 4 }, (_, i) => ({
      id: `campaign-${i}`,
      name: `Campaign ${2026 - i}`,
      channel: channels[i].id,
      start: `${2026 - i}-11-15`,
      end: `${2026 - i}-12-20`,
      spend: random.int(20, 200) * 1000,
      result: `${random.int(1000, 9999)} orders`,
      learning: 'Gift guides converted best',
    })),
    findings: ['Most traffic is organic search', 'Paid social converts poorly', 'Checkout drop-off on mobile is high'],
  };
}

function generateKpis(random, count) {
  return Array.from({ length: count }, (_, i) => {
    const metric = METRICS[i % METRICS.length];
    const weak = random.chance(0.1);
    return {
      id: `kpi-${i}`,
      name: `${metric.name} ${Math.floor(i / METRICS.length) + 1}`,
      ...(!weak && { definition: `${metric.name}, counted from the webshop's own data` }),
      unit: metric.unit,
      direction: metric.down ? 'down' : 'up',
      aggregation: metric.aggregation,
      ...(!weak && { frequency: random.pick(['daily', 'weekly', 'weekly', 'monthly']) }),
      ...(random.chance(0.9) && { owner: random.pick(PEOPLE) }),
      funnel_stage: metric.stage,
      ...(metric.conversion && { conversion: true }),
      source: random.pick(['manual', 'csv', 'ga4']),
    };
  });
}

/** Long-term goals first, then year goals under them, then quarter goals under those. */
function generateGoals(random, count, kpis) {
  const longCount = Math.max(1, Math.round(count * 0.1));
  const yearCount = Math.max(1, Math.round(count * 0.3));
  return Array.from({ length: count }, (_, i) => {
    const horizon = i < longCount ? 'long' : i < longCount + yearCount ? 'year' : 'quarter';
    const parent = horizon === 'year' ? `goal-${i % longCount}` : horizon === 'quarter' ? `goal-${longCount + (i % yearCount)}` : undefined;
    const kpi = kpis[(i * 7) % kpis.length];
    const baseline = random.int(100, 10_000);
    const factor = kpi.direction === 'down' ? 0.7 : 1.3;
    const targetDate = horizon === 'long' ? '2029-12-31' : horizon === 'year' ? PERIOD.end : quarterEnd(addDays(PERIOD.start, (i * 91) % 365));
    return {
      id: `goal-${i}`,
      title: `${kpi.direction === 'down' ? 'Cut' : 'Grow'} ${kpi.name.toLowerCase()} from ${baseline} to ${Math.round(baseline * factor)} by ${targetDate}`,
      horizon,
      ...(parent && { parent }),
      department: random.pick(['marketing', 'sales', 'customer service', 'it']),
      ...(random.chance(0.8) && { business_link: random.pick(['revenue', 'market_share', 'cost', 'customer']) }),
      kpi: kpi.id,
      baseline: { value: baseline, date: '2026-12-31' },
      target: { value: Math.round(baseline * factor), date: targetDate },
      ...(random.chance(0.9) && { owner: random.pick(PEOPLE) }),
    };
  });
}

function generateThemes(random, count, activityCount) {
  const budget = Math.round((activityCount * 40) / count);
  return Array.from({ length: count }, (_, i) => ({
    id: `theme-${i}`,
    name: THEME_NAMES[i % THEME_NAMES.length] + (i >= THEME_NAMES.length ? ` ${i}` : ''),
    budget_hours: i === 0 ? Math.round(budget / 2) : random.int(budget / 2, budget * 1.5),
    color: `#${random.int(0, 0xffffff).toString(16).padStart(6, '0')}`,
    ...(i === 0 && { maintenance: true }),
  }));
}

/** Dependencies point only at earlier activities, so any first n activities are a valid plan too. */
function generateActivities(random, count, { goals, kpis, themes }) {
  const statuses = ['idea', 'planned', 'planned', 'planned', 'in_progress', 'in_progress', 'done', 'dropped'];
  return Array.from({ length: count }, (_, i) => {
    const theme = themes[i % themes.length];
    const status = random.pick(statuses);
    const dated = random.chance(0.92);
    const start = addDays(PERIOD.start, random.int(-30, 360));
    const end = addDays(start, random.int(3, 90));
    const estimate = random.chance(0.93) ? random.int(2, 160) / 2 : undefined;
    const dependsOn = i >= 10 && random.chance(0.2) ? [...new Set([i - random.int(1, 10), i - random.int(1, 10)])].map((d) => `act-${d}`) : [];
    return {
      id: `act-${i}`,
      title: `${random.pick(['Build', 'Test', 'Launch', 'Write', 'Improve', 'Measure'])} ${theme.name.toLowerCase()} step ${i}`,
      type: theme.maintenance ? 'maintenance' : random.pick(['campaign', 'project', 'task']),
      theme: theme.id,
      goals: [goals[(i * 3) % goals.length].id],
      kpis: random.chance(0.7) ? [kpis[(i * 11) % kpis.length].id] : [],
      funnel_stage: random.pick(STAGES),
      ...(random.chance(0.9) && { owner: random.pick(PEOPLE) }),
      ...(random.chance(0.9) && { team: random.pick(TEAMS) }),
      ...(dated && { start, end }),
      ...(estimate !== undefined && { estimate_hours: estimate }),
      ...((status === 'in_progress' || status === 'done') && estimate !== undefined && { actual_hours: Math.round(estimate * random.next()) }),
      ...(random.chance(0.3) && { cost: random.int(1, 300) * 1000 }),
      value: random.int(1, 10),
      effort: random.int(1, 10),
      ...(random.chance(0.6) && { confidence: random.int(1, 10) / 10 }),
      ...(random.chance(0.4) && { reach: random.int(100, 50_000) }),
      urgency: random.pick(['low', 'medium', 'high']),
      importance: random.pick(['low', 'medium', 'high']),
      status,
      ...(dependsOn.length > 0 && { depends_on: dependsOn }),
    };
  });
}

/** Values that drift up or down from a base with noise; dates spaced by the KPI's frequency, ending mid-2027. */
function generateMeasurements(random, count, kpis) {
  const measurements = [];
  const perKpi = Math.floor(count / kpis.length);
  kpis.forEach((kpi, k) => {
    const n = perKpi + (k < count % kpis.length ? 1 : 0);
    const step = Math.min(7, FREQUENCY_DAYS[kpi.frequency ?? 'weekly']);
    const first = addDays('2027-06-30', -step * (n - 1));
    const base = kpi.unit === 'percent' ? 2 : kpi.unit === 'ratio' ? 0.2 : random.int(50, 5000);
    const drift = (kpi.direction === 'down' ? -0.002 : 0.003) * base;
    for (let i = 0; i < n; i += 1) {
      const value = Math.max(0, base + drift * i + (random.next() - 0.5) * base * 0.1);
      measurements.push({ kpi: kpi.id, date: addDays(first, step * i), value: Math.round(value * 100) / 100 });
    }
  });
  return measurements;
}

function generateMilestones(themes, activities) {
  return themes.flatMap((theme, t) =>
    [0, 1, 2].map((m) => {
      const activity = activities.find((a, i) => i % themes.length === t && i >= m * 3 * themes.length && a.end);
      return {
        id: `milestone-${t}-${m}`,
        title: `${theme.name} milestone ${m + 1}`,
        date: activity?.end ?? quarterEnd(addDays(PERIOD.start, m * 91)),
        theme: theme.id,
        ...(activity && { activity: activity.id }),
      };
    }),
  );
}

function generateReview(random, goals) {
  return {
    id: 'review-2027-q1',
    date: '2027-03-31',
    period: '2027-Q1',
    summary: 'Visits ahead of plan, conversion behind',
    goals: goals.slice(0, 20).map((goal) => ({
      goal: goal.id,
      status: random.pick(['on_track', 'behind', 'at_risk']),
      ...(random.chance(0.5) && { decision: 'Move budget from paid social to checkout' }),
    })),
    experiments: [
      { hypothesis: 'Gift guides on the front page lift conversion', result: '+0.4 pp', learning: 'Works only with free shipping', next: 'Test again before Mother’s Day' },
      { hypothesis: 'A shorter checkout lifts mobile conversion', goal: goals[0].id, start: '2027-02-01', end: '2027-03-15', result: '+0.2 pp' },
    ],
  };
}
