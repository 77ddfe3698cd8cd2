import { describe, expect, it } from 'vitest';
import { choiceOf, colorProblem } from './themes.color-picker';

describe('choiceOf', () => {
  it('shows a stored swatch colour on its swatch and any other colour as a custom one', () => {
    expect(choiceOf('#1971C2')).toEqual({ color: '#1971C2', custom: false });
    expect(choiceOf('#2f6fdf')).toEqual({ color: '#2f6fdf', custom: true });
    expect(choiceOf(undefined)).toEqual({ color: undefined, custom: false });
  });
});

describe('colorProblem', () => {
  it('asks for a custom colour written #rrggbb, and nothing of a swatch or the automatic colour', () => {
    expect(colorProblem({ color: undefined, custom: true })).toBe('themes.color.customMissing');
    expect(colorProblem({ color: '  ', custom: true })).toBe('themes.color.customMissing');
    expect(colorProblem({ color: '#12', custom: true })).toBe('themes.color.customInvalid');
    expect(colorProblem({ color: ' #0b7285 ', custom: true })).toBeNull();
    expect(colorProblem({ color: '#1971c2', custom: false })).toBeNull();
    expect(colorProblem({ color: undefined, custom: false })).toBeNull();
  });
});
