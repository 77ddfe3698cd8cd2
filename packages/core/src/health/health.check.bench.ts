import { bench, describe } from 'vitest';
import {
  FUNNEL_STAGES,
  HORIZONS,
  addDays,
  checkPlan,
  type Activity,
  type Goal,
  type Kpi,
  type Measurement,
  type PlanDocument,
} from '../index.js';

/**
 * The size the health check must handle in well under 100 ms: 200 goals, 1 000 KPIs,
 * 100 000 measurements and 5 000 activities. Spread by index arithmetic, so every run is the
 * same plan, with enough weak spots that most rules find something.
 */
function buildLargePlan(): PlanDocument {
  const goals = Array.from({ length: 200 }, (_, i): Goal => ({
    id: `g${i}`,
    title: i % 9 === 0 ? `Increase sales in region ${'abcdefghij'[i % 10]}` : `Sell ${i * 100} books`,
    horizon: HORIZONS[i % 3],
    ...(i >= 3 && { parent: `g${i % 3 === 2 ? i - 3 : Math.floor(i / 2)}` }),
    kpi: `k${(i * 5) % 1000}`,
    baseline: i % 7 === 0 ? undefined : { value: i, date: '2026-12-31' },
    target: { value: i * 2, date: addDays('2027-03-31', (i * 13) % 500) },
    owner: i % 11 === 0 ? undefined : 'Kari',
    business_link: i % 4 === 0 ? 'revenue' : undefined,
  }));
  const kpis = Array.from({ length: 1000 }, (_, i): Kpi => ({
    id: `k${i}`,
    name: i % 25 === 0 ? `Instagram followers ${i}` : `Webshop visits ${i}`,
    definition: i % 3 === 0 ? undefined : 'Sessions without bots, counted per day and summed per month',
    unit: 'count',
    frequency: i % 10 === 0 ? undefined : (['weekly', 'monthly', 'quarterly'] as const)[i % 3],
    owner: i % 8 === 0 ? undefined : 'Ola',
    funnel_stage: FUNNEL_STAGES[i % 4],
    conversion: i % 50 === 1,
  }));
  const measurements: Measurement[] = [];
  for (let i = 0; i < 1000; i += 1) {
    for (let d = 0; d < 100; d += 1) measurements.push({ kpi: `k${i}`, date: addDays('2026-06-01', d * 3 + (i % 3)), value: d });
  }
  const themes = Array.from({ length: 20 }, (_, i) => ({
    id: `t${i}`,
    name: `Theme ${i}`,
    budget_hours: i % 5 === 0 ? undefined : 2000,
    maintenance: i === 1,
  }));
  const statuses = ['idea', 'planned', 'planned', 'in_progress', 'done', 'dropped'] as const;
  const activities = Array.from({ length: 5000 }, (_, i): Activity => {
    const start = addDays('2027-01-01', (i * 37) % 360);
    return {
      id: `a${i}`,
      title: `Activity ${i}`,
      type: i % 20 === 0 ? 'maintenance' : 'project',
      theme: i % 30 === 0 ? undefined : `t${i % 20}`,
      goals: i % 6 === 0 ? [] : [`g${i % 200}`],
      kpis: [`k${i % 1000}`, `k${(i * 7) % 1000}`],
      owner: i % 9 === 0 ? undefined : 'Per',
      ...(i % 10 !== 0 && { start, end: addDays(start, (i * 11) % 60) }),
      estimate_hours: i % 12 === 0 ? undefined : 8 + (i % 40),
      value: i % 13 === 0 ? undefined : 1 + (i % 10),
      effort: 1 + (i % 10),
      status: statuses[i % statuses.length],
      ...(i > 0 && i % 5 === 0 && { depends_on: [`a${i - 1}`, `a${Math.floor(i / 2)}`] }),
    };
  });
  return {
    kurs: 1,
    plan: { name: 'Large plan', locale: 'nb', period: { start: '2027-01-01', end: '2027-12-31' } },
    situation: {
      channels: Array.from({ length: 10 }, (_, i) => ({
        id: `c${i}`,
        name: `Channel ${i}`,
        type: (['website', 'social', 'email', 'paid', 'app'] as const)[i % 5],
        funnel: [FUNNEL_STAGES[i % 4]],
      })),
    },
    goals,
    kpis,
    measurements,
    strategy: { positioning: 'The Nordic crime specialist' },
    themes,
    activities,
    milestones: [{ title: 'Launch', date: '2027-06-30' }],
    reviews: Array.from({ length: 4 }, (_, i) => ({
      date: addDays('2027-01-31', i * 60),
      goals: goals.slice(0, 50).map((g) => ({ goal: g.id, status: 'on_track' as const })),
      experiments: [{ hypothesis: `Hypothesis ${i}`, result: 'Worked', learning: i % 2 ? 'Keep it' : undefined }],
    })),
  };
}

const large = buildLargePlan();

describe('checkPlan', () => {
  bench('200 goals, 1 000 KPIs, 100 000 measurements, 5 000 activities', () => {
    checkPlan(large, { today: '2027-08-15' });
  });
});
