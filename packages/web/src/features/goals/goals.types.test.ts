import { describe, expect, it } from 'vitest';
import { HORIZONS_LONG_FIRST } from './goals.types';

describe('the goal form’s horizons', () => {
  it('come long-term first, as the seeds set goals', () => {
    expect(HORIZONS_LONG_FIRST).toEqual(['long', 'year', 'quarter']);
  });
});
