import type { Activity, PlanDocument, Theme } from '@kurs/core';

/** A plan for the roadmap's tests: two themes over 2027 and the activities given. */
export function roadmapPlan(activities: Activity[], extra: Partial<PlanDocument> = {}): PlanDocument {
  const themes: Theme[] = [
    { id: 'web', name: 'Website performance', color: '#2f6fdf', budget_hours: 100 },
    { id: 'cx', name: 'Customer experience' },
  ];
  return { kurs: 1, plan: { name: 'Test plan', period: { start: '2027-01-01', end: '2027-12-31' } }, themes, activities, ...extra };
}

export function activity(id: string, fields: Partial<Activity> = {}): Activity {
  return { id, title: `Activity ${id}`, ...fields };
}
