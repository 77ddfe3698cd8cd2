import { roadmapModel } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { ownersOf, shownRoadmap } from './roadmap.filter';
import { activity, roadmapPlan } from './roadmap.test-plans';

const today = '2027-03-01';
const plan = roadmapPlan(
  [
    activity('a', { theme: 'web', start: '2027-01-01', end: '2027-01-31', owner: 'Ola', goals: ['sell'], type: 'project' }),
    activity('b', { theme: 'web', start: '2027-01-10', end: '2027-02-10', owner: 'Kari', type: 'task', depends_on: ['a'] }),
    activity('c', { theme: 'web', start: '2027-01-20', end: '2027-02-20', owner: 'Ola', goals: ['sell'], depends_on: ['b'] }),
    activity('d', { theme: 'cx', start: '2027-05-01', end: '2027-05-20', owner: 'Ola', depends_on: ['a'] }),
    activity('idea', { theme: 'cx', status: 'idea', owner: 'Per', type: 'task' }),
  ],
  { goals: [{ id: 'sell', title: 'Sell more', horizon: 'year' }] },
);
const model = roadmapModel(plan, { today });
const goalsOf = (id: string) => plan.activities!.find((a) => a.id === id)?.goals;
const ids = (rows: { id: string }[][]) => rows.map((row) => row.map((bar) => bar.id));

describe('shownRoadmap', () => {
  it('shows the team everything the engine placed, as it placed it', () => {
    const shown = shownRoadmap(model, { view: 'team', owner: null, goal: null }, goalsOf);
    expect(shown.lanes).toEqual(model.lanes);
    expect(shown.lanes).toBe(model.lanes);
    expect(shown.links).toEqual(model.links);
    expect(shown.bars).toBe(4);
    expect(shown.undated).toEqual(model.undated);
  });

  it('leaves tasks and arrows out of the stakeholder view and closes the rows they leave empty', () => {
    const shown = shownRoadmap(model, { view: 'stakeholder', owner: null, goal: null }, goalsOf);
    const web = shown.lanes.find((lane) => lane.theme === 'web')!;
    expect(ids(model.lanes.find((lane) => lane.theme === 'web')!.rows)).toEqual([['a'], ['b'], ['c']]);
    expect(ids(web.rows)).toEqual([['a'], ['c']]);
    expect(shown.links).toEqual([]);
    expect(shown.undated.later.map((a) => a.id)).toEqual([]);
    // Every theme keeps its lane when no filter is on.
    expect(shown.lanes.map((lane) => lane.theme)).toEqual(model.lanes.map((lane) => lane.theme));
  });

  it('filters by owner and by goal, dropping the lanes left with nothing', () => {
    const byOwner = shownRoadmap(model, { view: 'team', owner: 'Kari', goal: null }, goalsOf);
    expect(byOwner.lanes.map((lane) => ids(lane.rows))).toEqual([[['b']]]);
    expect(byOwner.links).toEqual([]);
    const byGoal = shownRoadmap(model, { view: 'team', owner: null, goal: 'sell' }, goalsOf);
    expect(byGoal.lanes.map((lane) => lane.theme)).toEqual(['web']);
    expect(ids(byGoal.lanes[0]!.rows)).toEqual([['a'], ['c']]);
    expect(byGoal.bars).toBe(2);
    const nobody = shownRoadmap(model, { view: 'team', owner: 'Nobody', goal: null }, goalsOf);
    expect([nobody.lanes, nobody.bars, nobody.undated.later]).toEqual([[], 0, []]);
  });

  it('keeps an arrow only when both its ends are shown', () => {
    const shown = shownRoadmap(model, { view: 'team', owner: 'Ola', goal: null }, goalsOf);
    expect(model.links.map((l) => `${l.from}>${l.to}`)).toEqual(['a>b', 'b>c', 'a>d']);
    expect(shown.links.map((l) => `${l.from}>${l.to}`)).toEqual(['a>d']);
  });
});

describe('ownersOf', () => {
  it('lists every owner on the timeline and in the buckets once, sorted', () => {
    expect(ownersOf(model)).toEqual(['Kari', 'Ola', 'Per']);
  });
});
