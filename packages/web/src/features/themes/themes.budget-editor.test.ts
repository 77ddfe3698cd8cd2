import { describe, expect, it } from 'vitest';
import { quartersUnbalanced } from './themes.budget-editor';

const quarters = [100, 60, 20, 20].map((hours, i) => ({ quarter: `2027-Q${i + 1}`, hours }));

describe('quartersUnbalanced', () => {
  it('holds Save back only while given quarters and a given total differ', () => {
    expect(quartersUnbalanced(200, quarters)).toBe(false);
    expect(quartersUnbalanced(212, quarters)).toBe(true);
    expect(quartersUnbalanced(190, quarters)).toBe(true);
    // Without quarters the plan spreads the total; without a total the quarters are the budget.
    expect(quartersUnbalanced(190, undefined)).toBe(false);
    expect(quartersUnbalanced(undefined, quarters)).toBe(false);
  });
});
