import type { IsoDate } from '../shared/dates.js';

/* English wording of numbers and dates in the demo plan's titles (the plan's texts are English). */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "120 000": thousands grouped with a space, as the Norwegian seed writes them. */
export function formatCount(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** "31 March 2027". */
export function longDate(date: IsoDate): string {
  return `${Number(date.slice(8, 10))} ${monthYear(date)}`;
}

/** "March 2027". */
export function monthYear(date: IsoDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
