import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const fontFamily =
  'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 7,
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily,
  headings: { fontFamily, fontWeight: '650' },
  // Keyboard users always see where focus is; mouse users do not get rings on click.
  focusRing: 'auto',
  cursorType: 'pointer',
});

/**
 * Mantine's default dimmed text, and the text of "light" variants (the active nav link) on
 * their tinted background, are below WCAG AA contrast; these pass it.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-9)', '--mantine-color-indigo-light-hover': 'var(--mantine-color-indigo-1)' },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)', '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-1)' },
});
