import { STEPS as HEALTH_STEPS } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { STEPS, planPath, stepPath } from './steps.list';

describe('steps', () => {
  it('are the dashboard followed by every step the health check scores, in its order', () => {
    expect(STEPS).toEqual(['dashboard', ...HEALTH_STEPS]);
  });

  it('have paths under the plan, the dashboard being the plan itself', () => {
    expect(stepPath('demo', 'plan 1', 'dashboard')).toBe('/workspaces/demo/plans/plan%201');
    expect(stepPath('demo', 'plan 1', 'kpis')).toBe(`${planPath('demo', 'plan 1')}/kpis`);
  });
});
