import type { RankReason } from '@kurs/core';
import { createIntl } from 'react-intl/server';
import { describe, expect, it } from 'vitest';
import english from './activities.messages.en.json';
import norwegian from './activities.messages.nb.json';
import { leftOutText, rankReasonText, type ReasonContext } from './activities.reasons';

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
  it('words the main reason with the method’s name and the numbers in the reader’s format', () => {
    const main = reason('high_value_low_effort', { rank: 1, method: 'ice', score: 1.87, value: 7, effort: 3 });
    expect(rankReasonText(main, en)).toBe('High value (7) for low effort (3): ICE score 1.87');
    expect(rankReasonText(main, context('nb', norwegian))).toBe('Høy verdi (7) for lav innsats (3): ICE-poeng 1,87');
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
  it('names the hours missing, per team when capacity was given per team', () => {
    expect(leftOutText({ code: 'capacity', params: { hours: 80, free_hours: 12.5 }, text: '' }, en)).toBe('Needs 80 h; only 12.5 h are left this quarter');
    expect(leftOutText({ code: 'capacity', params: { team: 'Web', hours: 80, free_hours: 0 }, text: '' }, en)).toBe('Needs 80 h; the team Web has only 0 h left this quarter');
    expect(leftOutText({ code: 'capacity', params: { team: 'unassigned', hours: 80, free_hours: 0 }, text: '' }, en)).toBe(
      'Needs 80 h; only 0 h are left this quarter for activities with no team',
    );
  });

  it('names the dependency that stands in the way by its title, and why', () => {
    expect(leftOutText({ code: 'dependency', params: { dependency: 'checkout', cause: 'not_chosen' }, text: '' }, en)).toBe(
      'Needs “Rebuild the checkout”, which did not fit this quarter',
    );
    expect(leftOutText({ code: 'dependency', params: { dependency: 'gone', cause: 'unknown' }, text: '' }, en)).toBe('Needs “gone”, which is not in the plan');
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
