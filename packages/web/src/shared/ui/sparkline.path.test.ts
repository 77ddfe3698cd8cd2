import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline.path';

/** The points of a path, as [command, x, y]. */
function points(path: string): [string, number, number][] {
  return [...path.matchAll(/([ML])([\d.]+) ([\d.]+)/g)].map((m) => [m[1]!, Number(m[2]), Number(m[3])]);
}

describe('sparklinePath', () => {
  it('spreads the values across the width and puts the largest at the top', () => {
    const p = points(sparklinePath([1, 3, 2], 100, 20, 0));
    expect(p.map(([, x]) => x)).toEqual([0, 50, 100]);
    expect(p.map(([, , y]) => y)).toEqual([20, 0, 10]);
    expect(p.map(([c]) => c)).toEqual(['M', 'L', 'L']);
  });

  it('breaks the line at a missing value and marks a lone value as a dot', () => {
    const path = sparklinePath([1, null, 2, 3, null], 40, 10, 0);
    expect(points(path).map(([c]) => c)).toEqual(['M', 'M', 'L']);
    expect(path.split(' M')[0]).toMatch(/h0$/);
  });

  it('draws a flat series in the middle and nothing without values', () => {
    expect(points(sparklinePath([5, 5], 10, 8)).every(([, , y]) => y === 4)).toBe(true);
    expect(sparklinePath([null, null], 10, 8)).toBe('');
  });
});
