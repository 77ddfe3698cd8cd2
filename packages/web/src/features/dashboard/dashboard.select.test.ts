import type { GoalProgress } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { goalsWorstFirst, upcomingMilestones } from './dashboard.select';

const progress = (goal: string, status: GoalProgress['status']) => ({ goal, status }) as GoalProgress;

describe('upcomingMilestones', () => {
  it('keeps milestones from today on, soonest first', () => {
    const milestones = [{ date: '2027-03-01' }, { date: '2026-12-31' }, { date: '2027-01-15' }, { date: '2027-01-01' }];
    expect(upcomingMilestones(milestones, '2027-01-01', 2).map((m) => m.date)).toEqual(['2027-01-01', '2027-01-15']);
  });
});

describe('goalsWorstFirst', () => {
  it('orders by status, worst first, and by plan order within a status', () => {
    const list = [
      progress('a', 'on_track'),
      progress('b', 'no_data'),
      progress('c', 'at_risk'),
      progress('d', 'behind'),
      progress('e', 'on_track'),
      progress('f', 'achieved'),
      progress('g', 'missed'),
    ];
    // A goal that missed its target comes first.
    expect(goalsWorstFirst(list).map((p) => p.goal)).toEqual(['g', 'c', 'd', 'a', 'e', 'f', 'b']);
  });
});
