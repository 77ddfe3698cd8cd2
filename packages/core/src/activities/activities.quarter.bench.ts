import { bench, describe } from 'vitest';
import { planQuarter, rankBacklog } from '../index.js';
import { buildLargePlan } from './activities.factories.js';

const plan = buildLargePlan(500, 20);
// Every activity open and estimated in quarter hours: the largest tables the knapsack builds.
const hard = {
  ...plan,
  activities: plan.activities?.map((a) => ({ ...a, status: 'planned' as const, estimate_hours: (a.estimate_hours ?? 0) + 0.25 })),
};
const options = { from: '2027-04-01', today: '2027-04-01' };
const teams = { Web: 500, Content: 500, Data: 500, Marketing: 500, unassigned: 200 };

describe('500 activities', () => {
  bench('planQuarter, one capacity of 2 000 h', () => {
    planQuarter(plan, { ...options, capacityHours: 2000 });
  });
  bench('planQuarter, four teams of 500 h and 200 h unassigned', () => {
    planQuarter(plan, { ...options, capacityHours: teams });
  });
  bench('planQuarter, all open, quarter hours, one capacity of 8 000 h', () => {
    planQuarter(hard, { ...options, capacityHours: 8000 });
  });
  bench('planQuarter, all open, quarter hours, per team', () => {
    planQuarter(hard, { ...options, capacityHours: teams });
  });
  bench('rankBacklog', () => {
    rankBacklog(plan, { today: options.today });
  });
});
