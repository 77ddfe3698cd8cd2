import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './app.theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);

/** A colour variable as the browser sees it: Mantine's value, unless the app's resolver sets its own. */
function resolve(scheme: 'light' | 'dark', name: string): string {
  const variables = { ...defaultCssVariablesResolver(merged)[scheme], ...cssVariablesResolver(merged)[scheme] } as Record<string, string>;
  const read = (value: string): string => {
    const inner = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
    if (!inner) return value;
    const shade = /^--mantine-color-(\w+)-(\d)$/.exec(inner);
    if (shade) return merged.colors[shade[1]!]![Number(shade[2])]!;
    return read(variables[inner]!);
  };
  return read(variables[name]!);
}

function luminance(color: string): number {
  const hex = color.length === 4 ? color.replace(/\w/g, (digit) => digit + digit) : color;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('theme', () => {
  it('gives red filled buttons (delete, discard, leave, revoke) white text at 4.5:1 or more, resting and hovered, light and dark', () => {
    const white = merged.white;
    for (const scheme of ['light', 'dark'] as const) {
      for (const variable of ['--mantine-color-red-filled', '--mantine-color-red-filled-hover']) {
        const ratio = Math.round(contrast(white, resolve(scheme, variable)) * 100) / 100;
        expect({ scheme, variable, atLeast45: ratio >= 4.5 }, `${ratio}:1`).toEqual({ scheme, variable, atLeast45: true });
      }
    }
  });
});
