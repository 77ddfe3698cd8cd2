import { createTheme, type CSSVariablesResolver, type MenuProps } from '@mantine/core';

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
  components: {
    // A menu holds only its entries: Mantine's focus placeholder (a focusable "presentation"
    // element) breaks role="menu" for screen readers (axe: aria-required-children). Without
    // it, an opened menu focuses its first entry, as the ARIA menu button pattern does.
    // A plain object, as Menu.extend would return: the menus' code loads later than the theme (header.deferred.tsx).
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } satisfies Partial<MenuProps> },
  },
});

/** A red that white text reads on at 6.9:1: the red buttons' hover, and the light scheme's red text on tints. */
const DEEP_RED = '#ad2424';

/**
 * Red filled buttons (delete, discard, leave, revoke) and badges: Mantine's filled red (shade 7)
 * carries white text at 3.8:1; shade 9 carries it at 5.5:1, and hovering darkens it further.
 * The same in both schemes, so every `color="red"` button passes without a shade of its own.
 */
const readableRedFill = {
  '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
  '--mantine-color-red-filled-hover': DEEP_RED,
};

/**
 * Mantine's default dimmed text, and the text of "light" variants (the active nav link, status
 * badges, alerts) on their tinted background, are below WCAG AA contrast; these pass it. The
 * light-scheme text colours are each palette's shade 9 darkened until it reads at 4.5:1 or more
 * on its tint (shade 1) and its hover tint (shade 2), and links stay readable inside tinted alerts too.
 * Field errors use a red that passes on the page in both schemes.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-9)',
    '--mantine-color-indigo-light-hover': 'var(--mantine-color-indigo-1)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-9)',
    ...readableRedFill,
    '--mantine-color-red-light-color': DEEP_RED,
    '--mantine-color-orange-light-color': '#a9380c',
    '--mantine-color-yellow-light-color': '#a15300',
    '--mantine-color-lime-light-color': '#48730a',
    '--mantine-color-green-light-color': '#237133',
    '--mantine-color-teal-light-color': '#077050',
    '--mantine-color-blue-light-color': '#165a9a',
    '--mantine-color-cyan-light-color': '#0a697a',
    // A field's error message and its invalid text (Mantine's red.6 reads at 3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // A menu's red delete entry (shared/ui/danger-menu-item.tsx): 6.9:1 on the menu, 4.7:1 on the red tint when focused.
    '--kurs-danger-item-color': DEEP_RED,
  },
  dark: {
    ...readableRedFill,
    // Dimmed text and links must also read on the dark tinted alerts (the darkest is yellow's).
    '--mantine-color-dimmed': '#bdbdbd',
    '--mantine-color-indigo-light-color': 'var(--mantine-color-indigo-1)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-2)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    // 7.4:1 on the menu, 4.9:1 on the red tint when focused.
    '--kurs-danger-item-color': 'var(--mantine-color-red-3)',
  },
});
