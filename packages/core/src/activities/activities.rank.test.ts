import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENCE, DomainError, eisenhowerQuadrant, rankBacklog, riceImpact, scoreActivity } from '../index.js';
import { buildActivity, buildGoal, buildPlan, buildTheme } from '../testing/plan.factories.js';

describe('scoreActivity', () => {
  it('computes value/effort, ICE as impact × confidence × ease on 1–10 each, and RICE with reach', () => {
    const scores = scoreActivity(buildActivity({ value: 8, effort: 4, confidence: 0.75, reach: 1000 }));
    expect(scores.valueEffort).toBe(2);
    // impact 8 × confidence 7.5 × ease (11 − 4 =) 7
    expect(scores.ice).toBe(420);
    // reach 1000 × impact 2 (value 7–8) × confidence 0.75 ÷ effort 4
    expect(scores.rice).toBe(375);
    expect(scores.confidenceDefaulted).toBe(false);
  });

  it('gives ICE its whole range: 1 × 1 × 1 at worst, 10 × 10 × 10 at best, 0 with no confidence', () => {
    expect(scoreActivity(buildActivity({ value: 1, effort: 10, confidence: 0.1 })).ice).toBe(1);
    expect(scoreActivity(buildActivity({ value: 10, effort: 1, confidence: 1 })).ice).toBe(1000);
    expect(scoreActivity(buildActivity({ value: 10, effort: 1, confidence: 0 })).ice).toBe(0);
  });

  it('assumes the default confidence when none is given', () => {
    const scores = scoreActivity(buildActivity({ value: 6, effort: 3 }));
    expect(scores.confidence).toBe(DEFAULT_CONFIDENCE);
    expect(scores.confidenceDefaulted).toBe(true);
    // impact 6 × confidence 5 × ease 8
    expect(scores.ice).toBe(240);
    expect(scores.rice).toBeNull();
  });

  it('has no scores without value or effort', () => {
    const scores = scoreActivity(buildActivity({ value: 6, reach: 10 }));
    expect([scores.valueEffort, scores.ice, scores.rice]).toEqual([null, null, null]);
  });

  it('maps value to the RICE impact scale', () => {
    expect([1, 3, 5, 7, 9, 10].map(riceImpact)).toEqual([0.25, 0.5, 1, 2, 3, 3]);
  });
});

describe('eisenhowerQuadrant', () => {
  it('puts urgent and important work in "do", and needs both levels', () => {
    expect(eisenhowerQuadrant({ urgency: 'high', importance: 'high' })).toBe('do');
    expect(eisenhowerQuadrant({ urgency: 'high', importance: 'medium' })).toBe('do');
    expect(eisenhowerQuadrant({ urgency: 'medium', importance: 'high' })).toBe('schedule');
    expect(eisenhowerQuadrant({ urgency: 'high', importance: 'low' })).toBe('delegate');
    expect(eisenhowerQuadrant({ urgency: 'low', importance: 'low' })).toBe('eliminate');
    expect(eisenhowerQuadrant({ urgency: 'high' })).toBeNull();
  });
});

describe('rankBacklog', () => {
  const today = '2027-03-01';

  it('ranks by ICE by default, best first, with the matrix reason', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'big', value: 9, effort: 9, confidence: 0.9 }),
        buildActivity({ id: 'quick', value: 8, effort: 2, confidence: 0.8 }),
        buildActivity({ id: 'meh', value: 2, effort: 2, confidence: 0.9 }),
      ],
    });
    const ranked = rankBacklog(plan, { today });
    // quick: 8 × 8 × 9 = 576; big: 9 × 9 × 2 = 162; meh: 2 × 9 × 9 = 162, ties keep plan order.
    expect(ranked.map((r) => [r.id, r.score])).toEqual([
      ['quick', 576],
      ['big', 162],
      ['meh', 162],
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranked[0].reasons[0]).toMatchObject({
      code: 'high_value_low_effort',
      params: { rank: 1, value: 8, effort: 2, method: 'ice', impact: 8, confidence: 8, ease: 9, score: 576 },
    });
    expect(ranked[0].reasons[0].text).toBe('#1: high value (8) for low effort (2); ICE = impact 8 × confidence 8 × ease 9 = 576');
    expect(ranked[1].reasons[0].code).toBe('high_value_high_effort');
    expect(ranked[2].reasons[0].code).toBe('low_value_low_effort');
  });

  it('puts every formula in the reasons, with the numbers it used', () => {
    const plan = buildPlan({ activities: [buildActivity({ id: 'x', value: 8, effort: 6, confidence: 0.7, reach: 40_000 })] });
    const text = (method: 'ice' | 'rice' | 'value_effort') => rankBacklog(plan, { today, method })[0].reasons[0];
    expect(text('ice').text).toBe('#1: high value (8) for high effort (6); ICE = impact 8 × confidence 7 × ease 5 = 280');
    // reach 40 000 × impact 2 × 0.7 ÷ 6 = 9 333.33
    expect(text('rice')).toMatchObject({ params: { reach: 40_000, impact: 2, confidence_percent: 70, score: 9333.33 } });
    expect(text('rice').text).toBe('#1: high value (8) for high effort (6); RICE = reach 40000 × impact 2 × confidence 70 % ÷ effort 6 = 9333.33');
    expect(text('value_effort').text).toBe('#1: high value (8) for high effort (6); value 8 ÷ effort 6 = 1.33');
  });

  it('ranks urgent and important work first, then work that serves a goal, as the 90-day plan chooses', () => {
    const goal = buildGoal({ id: 'sell' });
    const plan = buildPlan({
      goals: [goal],
      themes: [buildTheme({ id: 'upkeep', maintenance: true })],
      activities: [
        buildActivity({ id: 'idea', value: 10, effort: 1, confidence: 1 }),
        buildActivity({ id: 'served', value: 4, effort: 5, confidence: 0.5, goals: ['sell'] }),
        buildActivity({ id: 'upkeep', value: 3, effort: 5, confidence: 0.5, theme: 'upkeep' }),
        buildActivity({ id: 'urgent', value: 2, effort: 9, confidence: 0.5, urgency: 'high', importance: 'high' }),
        buildActivity({ id: 'urgent-goal', value: 2, effort: 9, confidence: 0.4, urgency: 'high', importance: 'medium', goals: ['sell'] }),
      ],
    });
    const ranked = rankBacklog(plan, { today });
    expect(ranked.map((r) => [r.id, r.priority.class])).toEqual([
      ['urgent-goal', 'urgent_goal'],
      ['urgent', 'urgent'],
      ['served', 'goal'],
      ['upkeep', 'goal'],
      ['idea', 'other'],
    ]);
    const idea = ranked.find((r) => r.id === 'idea')!;
    expect(idea.reasons.map((r) => r.code)).toEqual(['high_value_low_effort', 'no_goal']);
    expect(idea.reasons[1].text).toBe('serves no goal of the plan: ranked after the activities that serve one');
    expect(ranked[1].reasons.find((r) => r.code === 'eisenhower')?.text).toBe('urgent and important: do it first');
    expect(ranked[1].reasons.map((r) => r.code)).toContain('no_goal');
  });

  it('follows the chosen method', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'sure', value: 6, effort: 3, confidence: 1 }),
        buildActivity({ id: 'wide', value: 6, effort: 3, confidence: 0.5, reach: 50_000 }),
        buildActivity({ id: 'narrow', value: 8, effort: 2, confidence: 0.4, reach: 10 }),
      ],
    });
    expect(rankBacklog(plan, { today, method: 'value_effort' }).map((r) => r.id)).toEqual(['narrow', 'sure', 'wide']);
    // sure: 6 × 10 × 8 = 480; narrow: 8 × 4 × 9 = 288; wide: 6 × 5 × 8 = 240
    expect(rankBacklog(plan, { today, method: 'ice' }).map((r) => r.id)).toEqual(['sure', 'narrow', 'wide']);
    expect(rankBacklog(plan, { today, method: 'rice' }).map((r) => r.id)).toEqual(['wide', 'narrow', 'sure']);
  });

  it('leaves out done and dropped activities and ranks unscored ones last, saying what is missing', () => {
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'no-value', effort: 2 }),
        buildActivity({ id: 'done', value: 10, effort: 1, status: 'done' }),
        buildActivity({ id: 'dropped', value: 10, effort: 1, status: 'dropped' }),
        buildActivity({ id: 'scored', value: 1, effort: 10, status: 'planned' }),
      ],
    });
    const ranked = rankBacklog(plan, { today });
    expect(ranked.map((r) => r.id)).toEqual(['scored', 'no-value']);
    expect(ranked[1].score).toBeNull();
    expect(ranked[1].reasons[0]).toMatchObject({ code: 'missing_scores', params: { missing: ['value'] } });
    const rice = rankBacklog(plan, { today, method: 'rice' });
    expect(rice.map((r) => [r.id, r.reasons[0].params.missing])).toEqual([
      ['no-value', ['value', 'reach']],
      ['scored', ['reach']],
    ]);
  });

  it('breaks ties by Eisenhower quadrant, then by the earlier end date', () => {
    const same = { value: 5, effort: 5, confidence: 0.5 };
    const plan = buildPlan({
      activities: [
        buildActivity({ id: 'later', ...same, end: '2027-09-01' }),
        buildActivity({ id: 'plain', ...same }),
        buildActivity({ id: 'sooner', ...same, end: '2027-03-20' }),
        buildActivity({ id: 'urgent', ...same, urgency: 'high', importance: 'high' }),
      ],
    });
    const ranked = rankBacklog(plan, { today });
    expect(ranked.map((r) => r.id)).toEqual(['urgent', 'sooner', 'later', 'plain']);
    expect(ranked[0].reasons.map((r) => r.code)).toContain('eisenhower');
    expect(ranked[1].reasons.find((r) => r.code === 'due_soon')?.params).toEqual({ end: '2027-03-20', days: 19 });
  });

  it('says when confidence was assumed and when an activity is overdue', () => {
    const plan = buildPlan({ activities: [buildActivity({ id: 'x', value: 5, effort: 5, end: '2027-02-20' })] });
    const [only] = rankBacklog(plan, { today });
    expect(only.reasons.map((r) => r.code)).toEqual(['low_value_low_effort', 'confidence_assumed', 'no_goal', 'overdue']);
    expect(only.reasons[3].params.days).toBe(9);
    const [plain] = rankBacklog(plan, { today, method: 'value_effort' });
    expect(plain.reasons.map((r) => r.code)).not.toContain('confidence_assumed');
    expect(() => rankBacklog(plan, { today: '2027-13-01' })).toThrow(DomainError);
  });
});
