import { describe, expect, it } from 'vitest';
import { checkPlan, isMaintenanceIn, priorityOfPlan, type Activity } from '../index.js';
import { buildActivity, buildPlan, buildTheme } from '../testing/plan.factories.js';

const upkeep = buildTheme({ id: 'upkeep', name: 'Upkeep', maintenance: true });
const growth = buildTheme({ id: 'growth', name: 'Growth' });

// Open activities without a goal: only the first two are maintenance.
const activities: Activity[] = [
  buildActivity({ id: 'patch', title: 'Security patches', type: 'maintenance' }),
  buildActivity({ id: 'upgrade', title: 'Upgrade the shop platform', theme: 'upkeep' }),
  buildActivity({ id: 'campaign', title: 'Spring campaign', theme: 'growth' }),
  buildActivity({ id: 'loose', title: 'New landing page' }),
  buildActivity({ id: 'unknown-theme', title: 'Try a chatbot', theme: 'no-such-theme' }),
];

describe('isMaintenanceIn', () => {
  it('counts an activity of type maintenance, or one in a maintenance theme, as maintenance', () => {
    const isMaintenance = isMaintenanceIn([upkeep, growth]);
    expect(activities.filter(isMaintenance).map((a) => a.id)).toEqual(['patch', 'upgrade']);
    expect(isMaintenanceIn(undefined)(activities[1])).toBe(false);
  });

  it('is the one rule the health check and the priority share: maintenance needs no goal, other work does', () => {
    const plan = buildPlan({ themes: [upkeep, growth], activities: [...buildPlan().activities!, ...activities] });
    const noGoal = checkPlan(plan, { today: '2027-03-01' })
      .findings.filter((f) => f.rule === 'activity-no-goal')
      .map((f) => plan.activities![Number(/^activities\[(\d+)\]/.exec(f.path)![1])].id);
    const priority = priorityOfPlan(plan);
    const servesNoGoal = plan.activities!.filter((a) => !priority(a).servesGoal).map((a) => a.id);
    expect(noGoal).toEqual(['campaign', 'loose', 'unknown-theme']);
    expect(servesNoGoal).toEqual(noGoal);
  });
});
