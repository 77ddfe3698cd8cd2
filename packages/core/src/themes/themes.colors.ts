import type { Theme } from '../plan/plan.schema.js';

/** Colors for themes that set none, taken in turn by the theme's place in the plan. */
export const THEME_PALETTE = [
  '#228be6',
  '#40c057',
  '#fab005',
  '#fa5252',
  '#7950f2',
  '#15aabf',
  '#fd7e14',
  '#e64980',
  '#82c91e',
  '#4c6ef5',
  '#12b886',
  '#be4bdb',
] as const;

/** The color of activities with no theme. */
export const NO_THEME_COLOR = '#868e96';

export function themeColor(theme: Theme, index: number): string {
  return theme.color ?? THEME_PALETTE[index % THEME_PALETTE.length];
}
