import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIDENCE, DomainError, eisenhowerQuadrant, rankBacklog, riceImpact, scoreActivity } from '../index.js';
import { buildActivity, buildPlan } from '../testing/plan.factories.js';

describe('scoreActivity', () => {
  it('computes value/effort, ICE with the given confidence and RICE with reach', () => {
    const scores = scoreActivity(buildActivity({ value: 8, effort: 4, confidence: 0.75, reach: 1000 }));
    expect(scores.valueEffort).toBe(2);
    expect(scores.ice).toBe(1.5);
    expect(scores.rice).toBe((1000 * 2 * 0.75) / 4);
    expect(scores.confidenceDefaulted).toBe(false);
  });

  it('assumes the default confidence when none is given', () => {
    const scores = scoreActivity(buildActivity({ value: 6, effort: 3 }));
    expect(scores.confidence).toBe(DEFAULT_CONFIDENCE);
    expect(scores.confidenceDefaulted).toBe(true);
    expect(scores.ice).toBe(2 * DEFAULT_CONFIDENCE);
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
    expect(ranked.map((r) => r.id)).toEqual(['quick', 'meh', 'big']);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(ranked[0].reasons[0]).toMatchObject({ code: 'high_value_low_effort', params: { rank: 1, value: 8, effort: 2, method: 'ice' } });
    expect(ranked[0].reasons[0].text).toContain('high value (8) for low effort (2)');
    expect(ranked[1].reasons[0].code).toBe('low_value_low_effort');
    expect(ranked[2].reasons[0].code).toBe('high_value_high_effort');
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
    expect(only.reasons.map((r) => r.code)).toEqual(['low_value_low_effort', 'confidence_assumed', 'overdue']);
    expect(only.reasons[2].params.days).toBe(9);
    const [plain] = rankBacklog(plan, { today, method: 'value_effort' });
    expect(plain.reasons.map((r) => r.code)).not.toContain('confidence_assumed');
    expect(() => rankBacklog(plan, { today: '2027-13-01' })).toThrow(DomainError);
  });
});
