import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../shared/contrast';
import { cssVariablesResolver, theme } from './app.theme';

const merged = mergeMantineTheme(DEFAULT_THEME, theme);

/** A colour variable as the browser sees it: Mantine's value, unless the app's resolver sets its own. */
function resolve(scheme: 'light' | 'dark', name: string): string {
  const variables = { ...defaultCssVariablesResolver(merged)[scheme], ...cssVariablesResolver(merged)[scheme] } as Record<string, string>;
  const read = (value: string): string => {
    const inner = /^var\((--[\w-]+)\)$/.exec(value)?.[1];
    if (!inner) return hex(value);
    const shade = /^--mantine-color-(\w+)-(\d)$/.exec(inner);
    if (shade) return merged.colors[shade[1]!]![Number(shade[2])]!;
    return read(variables[inner]!);
  };
  return read(variables[name]!);
}

/** An opaque rgba() colour (Mantine writes its darkened tints so) as #rrggbb; any other value as it is. */
function hex(value: string): string {
  const rgba = /^rgba\((\d+), (\d+), (\d+), 1\)$/.exec(value);
  return rgba ? `#${rgba.slice(1).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}` : value;
}

describe('theme', () => {
  it('gives red filled buttons (delete, discard, leave, revoke) white text at 4.5:1 or more, resting and hovered, light and dark', () => {
    const white = merged.white;
    for (const scheme of ['light', 'dark'] as const) {
      for (const variable of ['--mantine-color-red-filled', '--mantine-color-red-filled-hover']) {
        const ratio = Math.round(contrastRatio(white, resolve(scheme, variable)) * 100) / 100;
        expect({ scheme, variable, atLeast45: ratio >= 4.5 }, `${ratio}:1`).toEqual({ scheme, variable, atLeast45: true });
      }
    }
  });

  it('writes a menu’s red delete entry at 4.5:1 or more on the menu and focused, light and dark', () => {
    // The menu's background (Mantine's Popover.css) and the focused entry's red tint (danger-menu-item.module.css).
    const menu = { light: merged.white, dark: merged.colors.dark[6]! };
    for (const scheme of ['light', 'dark'] as const) {
      const text = resolve(scheme, '--kurs-danger-item-color');
      for (const [state, background] of [
        ['resting', menu[scheme]],
        ['focused', resolve(scheme, '--mantine-color-red-light-hover')],
      ] as const) {
        const ratio = Math.round(contrastRatio(text, background) * 100) / 100;
        expect({ scheme, state, atLeast45: ratio >= 4.5 }, `${ratio}:1 (${text} on ${background})`).toEqual({ scheme, state, atLeast45: true });
      }
    }
  });
});
