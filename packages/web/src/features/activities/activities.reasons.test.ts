import type { RankReason } from '@kurs/core';
import { createIntl } from 'react-intl/server';
import { describe, expect, it } from 'vitest';
import english from './activities.messages.en.json';
import norwegian from './activities.messages.nb.json';
import danish from './activities.messages.da.json';
import swedish from './activities.messages.sv.json';
import { changeReasonText, leftOutLowerText, leftOutText, rankReasonText, warningText, type ReasonContext } from './activities.reasons';

function context(locale: string, messages: Record<string, string>): ReasonContext {
  const intl = createIntl({ locale, messages });
  return {
    intl,
    number: (n) => intl.formatNumber(n),
    date: (iso) => `<${iso}>`,
    titleOf: (id) => ({ checkout: 'Rebuild the checkout' })[id] ?? id,
    teamName: (team) => (team === 'unassigned' ? 'no team' : team),
  };
}
const en = context('en', english);
const reason = <C extends RankReason['code']>(code: C, params: RankReason['params'], text = 'engine text') => ({ code, params, text }) as RankReason;

describe('rankReasonText', () => {
  it('words the main reason with the method’s formula and the engine’s numbers in the reader’s format', () => {
    const ice = reason('high_value_low_effort', { rank: 1, method: 'ice', score: 392, value: 7, effort: 3, impact: 7, confidence: 7, ease: 8 });
    expect(rankReasonText(ice, en)).toBe('High value (7) for low effort (3): ICE = impact 7 × confidence 7 × ease 8 = 392');
    expect(rankReasonText(ice, context('nb', norwegian))).toBe('Høy verdi (7) for lav innsats (3): ICE = effekt 7 × sikkerhet 7 × letthet 8 = 392');
    const rice = reason('high_value_high_effort', { rank: 2, method: 'rice', score: 9333.33, value: 8, effort: 6, reach: 40_000, impact: 2, confidence_percent: 70 });
    expect(rankReasonText(rice, en)).toBe('High value (8), but high effort (6): RICE = reach 40,000 × impact 2 × confidence 70 % ÷ effort 6 = 9,333.33');
    expect(rankReasonText(rice, context('sv', swedish))).toBe('Högt värde (8), men stor insats (6): RICE = räckvidd 40\u00a0000 × effekt 2 × säkerhet 70 % ÷ insats 6 = 9\u00a0333,33');
    const plain = reason('low_value_high_effort', { rank: 3, method: 'value_effort', score: 0.5, value: 3, effort: 6 });
    expect(rankReasonText(plain, context('da', danish))).toBe('Lav værdi (3) for høj indsats (6): værdi 3 ÷ indsats 6 = 0,5');
  });

  it('says when an activity serves no goal, and so ranks after those that do', () => {
    expect(rankReasonText(reason('no_goal', {}), en)).toBe('Serves no goal of the plan: ranked after the activities that serve one');
    expect(rankReasonText(reason('no_goal', {}), context('da', danish))).toBe('Tjener ingen af planens mål: rangeret efter de aktiviteter, der gør');
  });

  it('words the side reasons: quadrant, deadline, assumed confidence, missing scores', () => {
    expect(rankReasonText(reason('eisenhower', { quadrant: 'schedule' }), en)).toBe('Important, not urgent: schedule it');
    expect(rankReasonText(reason('due_soon', { end: '2027-01-10', days: 1 }), en)).toBe('Due in 1 day (<2027-01-10>)');
    expect(rankReasonText(reason('overdue', { end: '2027-01-10', days: 12 }), en)).toBe('Should have ended 12 days ago (<2027-01-10>)');
    expect(rankReasonText(reason('confidence_assumed', { confidence: 0.5 }), en)).toBe('No confidence given, so 0.5 is assumed');
    expect(rankReasonText(reason('missing_scores', { rank: 9, method: 'rice', missing: ['effort', 'reach'] }), en)).toBe('Ranked last: no effort and reach given');
  });

  it('falls back to the engine’s English for a code it does not know', () => {
    expect(rankReasonText({ code: 'brand_new', params: {}, text: 'engine text' } as unknown as RankReason, en)).toBe('engine text');
  });
});

describe('leftOutText', () => {
  it('says what took the room: work in progress and each priority, and what leaving out the lower ones would free', () => {
    const full = {
      code: 'capacity' as const,
      params: { hours: 120, free_hours: 40, kept_hours: 300, urgent_goal_count: 3, urgent_goal_hours: 200, other_count: 1, other_hours: 60, free_without_lower: 100 },
      text: '',
    };
    expect(leftOutText(full, en)).toBe(
      'Needs 120 h; only 40 h are left this quarter after 300 h of work in progress, 200 h for 3 urgent, important activities that serve a goal, and 60 h for 1 activity that serves no goal',
    );
    expect(leftOutLowerText(full, en)).toBe('Leaving out every activity of a lower priority would free only 100 h.');
    expect(leftOutText({ ...full, params: { ...full.params, team: 'Web' } }, context('nb', norwegian))).toBe(
      'Trenger 120 t; teamet Web har bare 40 t igjen dette kvartalet, etter 300 t til arbeid som pågår, 200 t til 3 aktiviteter som haster, er viktige og tjener et mål og 60 t til 1 aktivitet som ikke tjener noe mål',
    );
    expect(leftOutLowerText({ code: 'capacity', params: { hours: 1, free_hours: 0 }, text: '' }, en)).toBeNull();
  });

  it('names the hours missing, per team when capacity was given per team', () => {
    expect(leftOutText({ code: 'capacity', params: { hours: 80, free_hours: 12.5 }, text: '' }, en)).toBe('Needs 80 h; only 12.5 h are left this quarter');
    expect(leftOutText({ code: 'capacity', params: { team: 'Web', hours: 80, free_hours: 0 }, text: '' }, en)).toBe('Needs 80 h; the team Web has no hours left this quarter');
    expect(leftOutText({ code: 'capacity', params: { team: 'unassigned', hours: 80, free_hours: 2 }, text: '' }, en)).toBe(
      'Needs 80 h; only 2 h are left this quarter for activities with no team',
    );
    expect(leftOutText({ code: 'capacity', params: { hours: 80, free_hours: 0, kept_hours: 90 }, text: '' }, context('sv', swedish))).toBe(
      'Behöver 80 h; inga timmar finns kvar det här kvartalet, efter 90 h till pågående arbete',
    );
  });

  it('names the dependency that stands in the way by its title, and why', () => {
    expect(leftOutText({ code: 'dependency', params: { dependency: 'checkout', cause: 'not_chosen' }, text: '' }, en)).toBe(
      'Needs “Rebuild the checkout”, which did not fit this quarter',
    );
    expect(leftOutText({ code: 'dependency', params: { dependency: 'gone', cause: 'unknown' }, text: '' }, en)).toBe('Needs “gone”, which is not in the plan');
    expect(leftOutText({ code: 'dependency', params: { dependency: 'checkout', cause: 'ends_later', end: '2027-08-31' }, text: '' }, en)).toBe(
      'Needs “Rebuild the checkout”, which ends on <2027-08-31>: too late for it to fit in this quarter',
    );
    expect(leftOutText({ code: 'dated_before', params: { end: '2027-02-10' }, text: '' }, en)).toBe('Its dates end on <2027-02-10>, before this quarter: give it new dates, or mark it done');
  });

  it('words the other reasons, and falls back to the engine’s text for an unknown one', () => {
    expect(['no_estimate', 'no_value', 'done', 'dropped'].map((code) => leftOutText({ code, params: {}, text: '' } as never, en))).toEqual([
      'No hour estimate to plan with',
      'No value score to weigh it by',
      'Already done',
      'Dropped',
    ]);
    expect(leftOutText({ code: 'dependency', params: { dependency: 'x', cause: 'novel' }, text: 'engine text' }, en)).toBe('engine text');
  });
});

describe('changeReasonText and warningText', () => {
  it('words why a change of dates is offered', () => {
    expect(changeReasonText({ code: 'dependency_order', params: { dependency: 'checkout' }, text: '' }, en)).toBe('It starts before “Rebuild the checkout” has ended');
    expect(changeReasonText({ code: 'overdue', params: { end: '2027-03-20', hours_left: 16 }, text: '' }, context('sv', swedish))).toBe('Den skulle ha slutat <2027-03-20> och har 16 h kvar');
  });

  it('says, with the hours, when work in progress alone takes more than the capacity', () => {
    const shared = { code: 'kept_over_capacity' as const, params: { kept_hours: 130, capacity_hours: 100, over_hours: 30 }, text: '' };
    expect(warningText(shared, en)).toBe('Work already in progress needs 130 h of these 90 days, more than the 100 h available. It is all kept, nothing new fits, and the plan uses 30 h more than there are.');
    expect(warningText({ ...shared, params: { ...shared.params, team: 'Web' } }, context('da', danish))).toBe(
      'Arbejde, der allerede er i gang for teamet Web, kræver 130 t af disse 90 dage, mere end de 100 t, teamet har. Det hele beholdes, intet nyt kan nås for teamet, og det er 30 t for meget.',
    );
  });
});
