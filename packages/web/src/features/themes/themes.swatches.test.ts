import { NO_THEME_COLOR } from '@kurs/core/browser';
import { describe, expect, it } from 'vitest';
import { barTextContrast, isHexColour, READABLE_CONTRAST, SWATCHES, swatchOf } from './themes.swatches';

/** CIE L*a*b* of a #rrggbb colour (D65), for the distance between two colours as the eye sees it. */
function lab(hex: string): [number, number, number] {
  const linear = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [linear(1), linear(3), linear(5)];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

const distance = (a: string, b: string) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

// A distance of about 2.3 is just noticeable side by side; bars are told apart across a chart.
const APART = 25;

describe('the theme swatches', () => {
  it('keep every bar label on the roadmap readable, light and dark', () => {
    for (const swatch of SWATCHES) expect([swatch.name, barTextContrast(swatch.color) >= READABLE_CONTRAST]).toEqual([swatch.name, true]);
  });

  it('are far apart from each other and from the grey of work without a theme', () => {
    const colors = [...SWATCHES.map((s) => s.color), NO_THEME_COLOR];
    for (const [i, a] of colors.entries()) {
      for (const b of colors.slice(i + 1)) expect([a, b, distance(a, b) >= APART]).toEqual([a, b, true]);
    }
  });

  it('have names of their own and colours written as the plan stores them', () => {
    expect(new Set(SWATCHES.map((s) => s.name)).size).toBe(SWATCHES.length);
    for (const swatch of SWATCHES) expect(isHexColour(swatch.color) && swatch.color === swatch.color.toLowerCase()).toBe(true);
  });
});

describe('barTextContrast', () => {
  it('finds the colours whose labels would be hard to read', () => {
    // Mid-tones: neither dark nor white text reaches 4.5:1 on them.
    expect(barTextContrast('#4c6ef5')).toBeLessThan(READABLE_CONTRAST);
    expect(barTextContrast('#7a7a7a')).toBeLessThan(READABLE_CONTRAST);
    expect(barTextContrast('#000000')).toBeGreaterThan(READABLE_CONTRAST);
  });
});

describe('swatchOf', () => {
  it('knows a swatch whatever the letter case, and nothing else', () => {
    expect(swatchOf('#1971C2')?.name).toBe('blue');
    expect(swatchOf('#1971c3')).toBeUndefined();
    expect(swatchOf(undefined)).toBeUndefined();
  });
});

describe('isHexColour', () => {
  it('takes #rrggbb only', () => {
    expect(['#a1B2c3', '#000000'].map(isHexColour)).toEqual([true, true]);
    expect(['a1b2c3', '#abc', '#a1b2c3d4', '#ggg000', ' #a1b2c3'].map(isHexColour)).toEqual([false, false, false, false, false]);
  });
});
