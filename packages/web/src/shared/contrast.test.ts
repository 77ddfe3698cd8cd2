import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';

describe('contrastRatio', () => {
  it('measures as WCAG does: 21:1 for black on white, Mantine’s filled red 3.8:1 under white text', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21);
    expect(contrastRatio('#fff', '#f03e3e').toFixed(2)).toBe('3.84');
    expect(contrastRatio('#c92a2a', '#ffffff').toFixed(2)).toBe('5.46');
  });
});
