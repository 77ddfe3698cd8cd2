import { describe, expect, it } from 'vitest';
import { STEPS, planPath, stepPath } from './steps.list';

describe('steps', () => {
  it('start with the dashboard, then the method’s steps from the situation to the reviews', () => {
    expect(STEPS[0]).toBe('dashboard');
    expect(STEPS.slice(1, 3)).toEqual(['situation', 'goals']);
    expect(STEPS.at(-1)).toBe('reviews');
  });

  it('have paths under the plan, the dashboard being the plan itself', () => {
    expect(stepPath('demo', 'plan 1', 'dashboard')).toBe('/workspaces/demo/plans/plan%201');
    expect(stepPath('demo', 'plan 1', 'kpis')).toBe(`${planPath('demo', 'plan 1')}/kpis`);
  });
});
