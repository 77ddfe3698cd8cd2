import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEHIND_FROM, expectedProgress, goalStatus, ON_TRACK_FROM, progressOf, type GoalScale } from '../index.js';
import { buildGoal } from '../testing/plan.factories.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('progressOf', () => {
  it('is 0 at the baseline, 1 at the target and linear between', () => {
    const scale: GoalScale = { baseline: 80, target: 120, direction: 'up' };
    expect([70, 80, 100, 120, 130].map((a) => progressOf(scale, a))).toEqual([-0.25, 0, 0.5, 1, 1.25]);
  });

  it('counts a fall towards a lower target as progress', () => {
    const scale: GoalScale = { baseline: 40, target: 30, direction: 'down' };
    expect([45, 40, 35, 30, 25].map((a) => progressOf(scale, a))).toEqual([-0.5, 0, 0.5, 1, 1.5]);
  });

  it('reads a goal to hold a level as reached or not, on the side of its direction', () => {
    expect(progressOf({ baseline: 50, target: 50, direction: 'up' }, 51)).toBe(1);
    expect(progressOf({ baseline: 50, target: 50, direction: 'up' }, 49)).toBe(0);
    expect(progressOf({ baseline: 2, target: 2, direction: 'down' }, 1.5)).toBe(1);
    expect(progressOf({ baseline: 2, target: 2, direction: 'down' }, 2.5)).toBe(0);
  });

  it('is monotone in the actual: rising towards a higher target, falling towards a lower one', () => {
    fc.assert(
      fc.property(value, value, value, value, (baseline, target, a, b) => {
        const direction = target < baseline ? 'down' : 'up';
        const [low, high] = a <= b ? [a, b] : [b, a];
        const scale = { baseline, target, direction } as const;
        if (direction === 'up') expect(progressOf(scale, low)).toBeLessThanOrEqual(progressOf(scale, high));
        else expect(progressOf(scale, low)).toBeGreaterThanOrEqual(progressOf(scale, high));
      }),
    );
  });

  it('is symmetric: a down goal reads like the mirrored up goal', () => {
    fc.assert(
      fc.property(value, value, value, (baseline, target, actual) => {
        const down = progressOf({ baseline, target, direction: 'down' }, actual);
        const up = progressOf({ baseline: -baseline, target: -target, direction: 'up' }, -actual);
        expect(down).toBe(up);
      }),
    );
  });
});

describe('expectedProgress', () => {
  const goal = buildGoal({ baseline: { value: 0, date: '2027-01-01' }, target: { value: 10, date: '2027-01-11' } });

  it('runs in a straight line from the baseline date to the target date', () => {
    expect(['2026-12-01', '2027-01-01', '2027-01-02', '2027-01-06', '2027-01-11', '2028-01-01'].map((d) => expectedProgress(goal, d))).toEqual([
      0, 0, 0.1, 0.5, 1, 1,
    ]);
  });

  it('is unknown without both dates', () => {
    expect(expectedProgress(buildGoal({ baseline: { value: 1 } }), '2027-06-01')).toBeNull();
    expect(expectedProgress(buildGoal({ target: undefined }), '2027-06-01')).toBeNull();
  });
});

describe('goalStatus', () => {
  const expected = 0.5;

  it('is on track from 95 % of the expected progress', () => {
    expect(goalStatus(ON_TRACK_FROM * expected, expected)).toBe('on_track');
    expect(goalStatus(0.9, expected)).toBe('on_track');
    expect(goalStatus(0.4749, expected)).toBe('behind');
  });

  it('is behind from 85 % to 95 %, at risk below 85 %', () => {
    expect(goalStatus(BEHIND_FROM * expected, expected)).toBe('behind');
    expect(goalStatus(0.4249, expected)).toBe('at_risk');
    expect(goalStatus(-0.1, expected)).toBe('at_risk');
  });

  it('is achieved at the target whatever the date, and no_data without progress', () => {
    expect(goalStatus(1, 1)).toBe('achieved');
    expect(goalStatus(1.3, 0.1)).toBe('achieved');
    expect(goalStatus(0.9999, 1)).toBe('on_track');
    expect(goalStatus(null, 0.5)).toBe('no_data');
  });

  it('is on track before anything is expected, unless it moved the wrong way', () => {
    expect(goalStatus(0, 0)).toBe('on_track');
    expect(goalStatus(-0.01, 0)).toBe('at_risk');
  });
});
