import type { QuarterActivity } from '@kurs/core';
import { describe, expect, it } from 'vitest';
import { acceptLines, acceptRequest } from './activities.quarter-accept';

function chosen(overrides: Partial<QuarterActivity> & Pick<QuarterActivity, 'id'>): QuarterActivity {
  return {
    title: overrides.id,
    team: null,
    theme: null,
    status: 'idea',
    hours: 10,
    value: 5,
    kept: false,
    priority: 'goal',
    current: { start: '2027-01-10', end: '2027-01-20' },
    start: '2027-01-10',
    end: '2027-01-20',
    proposed: [],
    change: null,
    ...overrides,
  };
}

const proposal = [
  chosen({ id: 'dated' }),
  chosen({ id: 'undated', current: { start: null, end: null }, proposed: ['start', 'end'] }),
  chosen({ id: 'half', current: { start: '2027-01-11', end: null }, start: '2027-01-11', end: '2027-01-13', proposed: ['end'] }),
  chosen({
    id: 'conflict',
    change: { start: '2027-01-21', end: '2027-01-31', reason: { code: 'dependency_order', params: { dependency: 'dated' }, text: '' } },
  }),
  chosen({ id: 'going', kept: true, status: 'in_progress', current: { start: '2026-10-01', end: '2027-01-31' }, start: '2026-10-01', end: '2027-01-31' }),
  chosen({
    id: 'late',
    kept: true,
    status: 'in_progress',
    current: { start: '2027-01-02', end: '2027-01-05' },
    start: '2027-01-02',
    end: '2027-01-05',
    change: { start: '2027-01-02', end: '2027-01-12', reason: { code: 'overdue', params: { end: '2027-01-05', hours_left: 16 }, text: '' } },
  }),
];
const version = (id: string) => id.length;

describe('acceptRequest', () => {
  it('sends only proposed dates with nothing ticked: dated work and work in progress keep theirs', () => {
    expect(acceptRequest(acceptLines(proposal, new Set()), version)).toEqual([
      { id: 'dated', version: 5 },
      { id: 'undated', version: 7, start: '2027-01-10', end: '2027-01-20' },
      { id: 'half', version: 4, end: '2027-01-13' },
      { id: 'conflict', version: 8 },
    ]);
  });

  it('sends a change only when it is ticked, the old dates replaced by the new', () => {
    const lines = acceptLines(proposal, new Set(['conflict', 'late', 'dated']));
    expect(acceptRequest(lines, version)).toEqual([
      { id: 'dated', version: 5 },
      { id: 'undated', version: 7, start: '2027-01-10', end: '2027-01-20' },
      { id: 'half', version: 4, end: '2027-01-13' },
      { id: 'conflict', version: 8, start: '2027-01-21', end: '2027-01-31' },
      { id: 'late', version: 4, start: '2027-01-02', end: '2027-01-12' },
    ]);
    expect(lines.map((line) => [line.activity.id, line.becomesPlanned, line.moved !== null])).toEqual([
      ['dated', true, false],
      ['undated', true, false],
      ['half', true, false],
      ['conflict', true, true],
      ['late', false, true],
    ]);
  });
});
