import type { FieldError } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../shared/api/api.types';
import { deleteOrder, draftCount, draftGroups, summarise, usedBy, type DraftItem, type PlanLists } from './drafts.model';

const goal = (id: string, draft?: boolean, parent?: string): Entity<'goals'> => ({ id, title: `Goal ${id}`, horizon: 'year', version: 1, draft, parent });
const kpi = (id: string, draft?: boolean): Entity<'kpis'> => ({ id, name: `KPI ${id}`, version: 1, draft });
const activity = (id: string, draft?: boolean): Entity<'activities'> => ({ id, title: `Activity ${id}`, version: 1, draft });
const milestone = (id: string, draft?: boolean): Entity<'milestones'> => ({ id, title: `Milestone ${id}`, date: '2027-03-01', version: 1, draft });
const channel = (id: string, draft?: boolean): Entity<'channels'> => ({ id, name: `Channel ${id}`, version: 1, draft });

const lists: PlanLists = {
  milestones: [milestone('m1', true), milestone('m2'), milestone('m3', true)],
  goals: [goal('g1'), goal('g2', true), goal('g3', false)],
  kpis: [kpi('k1', true)],
  channels: [channel('c1'), channel('c2', true)],
  activities: [activity('a1', true), activity('a2', true), activity('a3', true)],
};

const itemOf = (groups: ReturnType<typeof draftGroups>, id: string): DraftItem => groups.flatMap((g) => g.items).find((i) => i.entity.id === id)!;

describe('draftGroups', () => {
  it('groups the drafts by the step that edits them, in the method’s order, with their document paths', () => {
    const groups = draftGroups(lists);
    expect(groups.map((g) => [g.step, g.items.map((i) => [i.path, i.name])])).toEqual([
      ['situation', [['situation.channels[1]', 'Channel c2']]],
      ['goals', [['goals[1]', 'Goal g2']]],
      ['kpis', [['kpis[0]', 'KPI k1']]],
      ['activities', [['activities[0]', 'Activity a1'], ['activities[1]', 'Activity a2'], ['activities[2]', 'Activity a3']]],
      ['roadmap', [['milestones[0]', 'Milestone m1'], ['milestones[2]', 'Milestone m3']]],
    ]);
  });

  it('has no group once nothing is a draft (false or left out), and none for a list not read yet', () => {
    expect(draftGroups({ goals: [goal('g1', false), goal('g2')] })).toEqual([]);
    expect(draftGroups({})).toEqual([]);
  });
});

describe('draftCount', () => {
  it('counts the findings of the template-drafts rule only', () => {
    expect(draftCount([{ rule: 'template-drafts' }, { rule: 'goal-no-owner' }, { rule: 'template-drafts' }])).toBe(2);
    expect(draftCount([])).toBe(0);
  });
});

describe('deleteOrder', () => {
  it('deletes what refers to others first, and a subgoal before its parent', () => {
    const goals = [goal('top', true), goal('mid', true, 'top'), goal('leaf', true, 'mid')];
    const groups = draftGroups({ ...lists, goals });
    const chosen = ['k1', 'top', 'leaf', 'a1', 'mid', 'm1', 'c2'].map((id) => itemOf(groups, id));
    expect(deleteOrder(chosen, goals).map((i) => i.entity.id)).toEqual(['m1', 'a1', 'leaf', 'mid', 'top', 'k1', 'c2']);
  });

  it('does not loop on goals whose parents go round in a circle', () => {
    const goals = [goal('x', true, 'y'), goal('y', true, 'x')];
    const groups = draftGroups({ goals });
    expect(deleteOrder(groups[0]!.items, goals).map((i) => i.entity.id).sort()).toEqual(['x', 'y']);
  });
});

describe('summarise', () => {
  it('splits a batch into what was done and what was refused, with the reason', () => {
    const groups = draftGroups(lists);
    const summary = summarise('delete', [{ item: itemOf(groups, 'a1') }, { item: itemOf(groups, 'k1'), reason: 'still used by Goal g1' }, { item: itemOf(groups, 'm1') }]);
    expect(summary.action).toBe('delete');
    expect(summary.done.map((i) => i.entity.id)).toEqual(['a1', 'm1']);
    expect(summary.failed).toEqual([{ item: itemOf(groups, 'k1'), reason: 'still used by Goal g1' }]);
  });
});

describe('usedBy', () => {
  const uses = (path: string): FieldError => ({ path, code: 'uses', params: { kind: 'activity', id: 'a2' }, message: 'uses' });

  it('names the items that still use a refused delete, once each', () => {
    const errors = [uses('milestones[1].activity'), uses('milestones[1].activity'), uses('goals[0].kpi'), { path: 'x', code: 'required', message: '' } as FieldError];
    expect(usedBy(errors, lists, [])).toEqual(['Milestone m2', 'Goal g1']);
  });

  it('counts indices back past the items this delete and the batch’s earlier deletes removed', () => {
    // After a1 and a2 are gone, a3 (the third activity before) is activities[0] in the plan the server judged.
    const removed = [
      { collection: 'activities' as const, path: 'activities[0]' },
      { collection: 'activities' as const, path: 'activities[1]' },
    ];
    expect(usedBy([uses('activities[0].depends_on[0]')], lists, removed)).toEqual(['Activity a3']);
    // A removed item after the place leaves its index as it is.
    expect(usedBy([uses('milestones[0].activity')], lists, [{ collection: 'milestones', path: 'milestones[2]' }])).toEqual(['Milestone m1']);
  });

  it('names a campaign in the situation and keeps the path of a place that is no item of a list', () => {
    const withCampaign: PlanLists = { ...lists, campaigns: [{ id: 'spring', name: 'Spring sale', version: 1 }] };
    expect(usedBy([uses('situation.campaigns[0].channel'), uses('strategy.journey[1].touchpoints[0]')], withCampaign, [])).toEqual([
      'Spring sale',
      'strategy.journey[1].touchpoints[0]',
    ]);
  });
});
