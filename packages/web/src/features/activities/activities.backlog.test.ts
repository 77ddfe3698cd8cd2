import type { Activity } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { distinctValues, filterBacklog, NO_FILTERS, NONE, sortBacklog } from './activities.backlog';

const activities: Activity[] = [
  { id: 'a', title: 'Checkout', theme: 'web', status: 'planned', owner: 'Ola', team: 'Web', goals: ['sell'], start: '2027-03-01', estimate_hours: 200, value: 8 },
  { id: 'b', title: 'newsletter', theme: 'cx', status: 'idea', owner: 'Kari', goals: ['loyal', 'sell'], start: '2027-01-15', value: 5 },
  { id: 'c', title: 'Årsrapport', status: 'done', team: 'Web', estimate_hours: 40 },
  { id: 'd', title: 'Blog', theme: 'web', status: 'in_progress', owner: 'Ola', team: 'Content', start: '2027-02-01', estimate_hours: 200, value: 8 },
];
const ids = (rows: { activity: Activity }[]) => rows.map((r) => r.activity.id);
const options = 'nb';

describe('filterBacklog', () => {
  it('keeps every activity with its plan index when nothing is filtered', () => {
    expect(filterBacklog(activities, NO_FILTERS).map((r) => [r.activity.id, r.index])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
  });

  it('combines filters, and NONE asks for the activities that lack the field', () => {
    expect(ids(filterBacklog(activities, { ...NO_FILTERS, theme: 'web', owner: 'Ola' }))).toEqual(['a', 'd']);
    expect(ids(filterBacklog(activities, { ...NO_FILTERS, goal: 'sell' }))).toEqual(['a', 'b']);
    expect(ids(filterBacklog(activities, { ...NO_FILTERS, goal: NONE }))).toEqual(['c', 'd']);
    expect(ids(filterBacklog(activities, { ...NO_FILTERS, theme: NONE, team: 'Web' }))).toEqual(['c']);
    expect(ids(filterBacklog(activities, { ...NO_FILTERS, status: 'idea', team: NONE }))).toEqual(['b']);
  });
});

describe('sortBacklog', () => {
  const all = filterBacklog(activities, NO_FILTERS);

  it('sorts text by the reader’s language, ignoring case', () => {
    expect(ids(sortBacklog(all, { key: 'title', direction: 'asc' }, options))).toEqual(['d', 'a', 'b', 'c']);
    expect(ids(sortBacklog(all, { key: 'title', direction: 'desc' }, options))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('puts rows without a value last in either direction and keeps plan order on ties', () => {
    expect(ids(sortBacklog(all, { key: 'estimate_hours', direction: 'desc' }, options))).toEqual(['a', 'd', 'c', 'b']);
    expect(ids(sortBacklog(all, { key: 'estimate_hours', direction: 'asc' }, options))).toEqual(['c', 'a', 'd', 'b']);
    expect(ids(sortBacklog(all, { key: 'start', direction: 'asc' }, options))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('sorts statuses in the order work moves through them', () => {
    expect(ids(sortBacklog(all, { key: 'status', direction: 'asc' }, options))).toEqual(['b', 'a', 'd', 'c']);
  });
});

describe('distinctValues', () => {
  it('lists each owner or team once, sorted, without blanks', () => {
    expect(distinctValues(activities, 'owner', 'en')).toEqual(['Kari', 'Ola']);
    expect(distinctValues(activities, 'team', 'en')).toEqual(['Content', 'Web']);
  });
});
