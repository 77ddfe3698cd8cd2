import type { ActivityStatus } from '@kurs/core';
import { isOpenActivity } from '@kurs/core/browser';
import { contrastRatio } from '../../shared/contrast';

/*
 * The roadmap's colours as plain values rather than CSS variables: the same drawing is
 * serialised for export, where no stylesheet comes along.
 */

export type BarStatus = ActivityStatus | 'none' | 'overdue';

export interface Palette {
  background: string;
  band: string;
  text: string;
  dimmed: string;
  monthLine: string;
  quarterLine: string;
  today: string;
  link: string;
  linkOutOfOrder: string;
  overBudget: string;
  focus: string;
  status: Record<BarStatus, string>;
}

const LIGHT: Palette = {
  background: '#ffffff',
  band: '#f6f7f9',
  text: '#1f2328',
  dimmed: '#4b5563',
  monthLine: '#e3e6ea',
  quarterLine: '#b8bec6',
  today: '#c92a2a',
  link: '#5c6670',
  linkOutOfOrder: '#c92a2a',
  overBudget: '#e8590c',
  focus: '#1c7ed6',
  status: {
    done: '#2b8a3e',
    in_progress: '#1864ab',
    planned: '#5f3dc4',
    idea: '#ced4da',
    dropped: '#adb5bd',
    none: '#868e96',
    overdue: '#c92a2a',
  },
};

const DARK: Palette = {
  background: '#242424',
  band: '#2b2c2f',
  text: '#e9ecef',
  dimmed: '#b5bac1',
  monthLine: '#34363a',
  quarterLine: '#5c6068',
  today: '#ff8787',
  link: '#adb5bd',
  linkOutOfOrder: '#ff8787',
  overBudget: '#ffa94d',
  focus: '#74c0fc',
  status: {
    done: '#51cf66',
    in_progress: '#4dabf7',
    planned: '#9775fa',
    idea: '#5c5f66',
    dropped: '#495057',
    none: '#909296',
    overdue: '#ff6b6b',
  },
};

export function paletteFor(scheme: 'light' | 'dark'): Palette {
  return scheme === 'dark' ? DARK : LIGHT;
}

const INK = '#111418';
const PAPER = '#ffffff';

/** Dark or white text, whichever reads better on a fill written #rrggbb. */
export function textOn(fill: string): string {
  return contrastRatio(fill, INK) >= contrastRatio(fill, PAPER) ? INK : PAPER;
}

/** The status a bar shows: overdue when it should have ended by today and is not done. */
export function barStatus(status: ActivityStatus | null, end: string, today: string): BarStatus {
  if (isOpenActivity({ status }) && end < today) return 'overdue';
  return status ?? 'none';
}

/** `hex` mixed with `base` (both #rrggbb): share 1 is `hex`, 0 is `base`. */
export function mix(hex: string, base: string, share: number): string {
  const channel = (color: string, i: number) => parseInt(color.slice(i, i + 2), 16);
  const out = [1, 3, 5].map((i) => Math.round(channel(hex, i) * share + channel(base, i) * (1 - share)));
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
