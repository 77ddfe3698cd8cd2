import { bench, describe } from 'vitest';
import { roadmapModel, themeBudgets } from '../index.js';
import { buildLargePlan } from '../activities/activities.factories.js';

const plan = buildLargePlan(2000, 20);

describe('2 000 activities in 20 themes', () => {
  bench('roadmapModel', () => {
    roadmapModel(plan, { today: '2027-04-01' });
  });
  bench('themeBudgets', () => {
    themeBudgets(plan, { today: '2027-04-01' });
  });
});
