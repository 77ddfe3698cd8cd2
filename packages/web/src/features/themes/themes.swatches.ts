import { ACTIVITY_STATUSES, FORMAT_PATTERNS } from '@kurs/core/browser';
import { contrastRatio } from '../../shared/contrast';
import { barLook, type Drawing } from '../roadmap/roadmap.drawing';
import type { BarBox } from '../roadmap/roadmap.layout';
import { paletteFor } from '../roadmap/roadmap.palette';

/*
 * The colours a theme can be given with one click. Each keeps the labels on its roadmap bars
 * readable in every look a bar takes (full, the pale idea and done fills) on the light and the
 * dark roadmap, and each is far enough from the others, and from the grey of work without a
 * theme, to tell apart (themes.swatches.test.ts checks both).
 */

export const SWATCHES = [
  { name: 'blue', color: '#1971c2' },
  { name: 'violet', color: '#7048e8' },
  { name: 'purple', color: '#ae3ec9' },
  { name: 'pink', color: '#c2255c' },
  { name: 'red', color: '#fa5252' },
  { name: 'orange', color: '#f76707' },
  { name: 'yellow', color: '#fab005' },
  { name: 'lime', color: '#74b816' },
  { name: 'green', color: '#2f9e44' },
  { name: 'turquoise', color: '#15aabf' },
  { name: 'brown', color: '#8b5a2b' },
] as const;

export type Swatch = (typeof SWATCHES)[number];

/** WCAG AA for the roadmap's small bar labels (11 px). */
export const READABLE_CONTRAST = 4.5;

export function isHexColour(value: string): boolean {
  return FORMAT_PATTERNS.colour.test(value);
}

/** The swatch a stored colour is, whatever its letter case; undefined for any other colour. */
export function swatchOf(color: string | undefined): Swatch | undefined {
  const lower = color?.toLowerCase();
  return SWATCHES.find((s) => s.color === lower);
}

const SAMPLE_DATES = { start: '2027-01-01', end: '2027-01-31' };

/**
 * The lowest contrast between a bar's label and its fill, over every look the roadmap gives
 * a bar in `color` (#rrggbb), light and dark: what the roadmap itself would draw.
 */
export function barTextContrast(color: string): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const scheme of ['light', 'dark'] as const) {
    // Only what barLook reads of a drawing and a bar: the team view, where bars take the theme's colour.
    const drawing = { palette: paletteFor(scheme), view: 'team', today: SAMPLE_DATES.start } as Drawing;
    for (const status of [null, ...ACTIVITY_STATUSES]) {
      const box = { bar: { title: '', owner: null, status, color } } as unknown as BarBox;
      const look = barLook(drawing, box, SAMPLE_DATES);
      lowest = Math.min(lowest, contrastRatio(look.fill, look.text));
    }
  }
  return lowest;
}
