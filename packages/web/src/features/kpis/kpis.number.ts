import type { Locale } from '@kurs/core';

/*
 * Numbers as people type or paste them into the measurement grid. Norwegian, Swedish and
 * Danish write a decimal comma and group thousands with spaces or dots ("1 234,5",
 * "1.234,5"); English writes "1,234.5". A lone dot is a decimal point in every language,
 * because that is what a numeric keypad types.
 */

export type NumberInput = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const DECIMAL_COMMA: ReadonlySet<Locale> = new Set(['nb', 'sv', 'da']);
const GROUPED = (separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`);

export function parseNumberInput(text: string, locale: Locale): NumberInput {
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (s === '') return { kind: 'empty' };
  const sign = /^[+-]/.test(s) ? s[0] : '';
  s = s.slice(sign.length);
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    // Both marks: the last one is the decimal mark and the other groups thousands.
    const decimalAt = Math.max(lastComma, lastDot);
    const group = lastComma > lastDot ? '.' : ',';
    const whole = s.slice(0, decimalAt);
    if (!GROUPED(group).test(whole) && !/^\d+$/.test(whole)) return { kind: 'invalid' };
    s = `${whole.split(group).join('')}.${s.slice(decimalAt + 1)}`;
  } else if (lastComma !== -1) {
    if (GROUPED(',').test(s) && !(DECIMAL_COMMA.has(locale) && s.indexOf(',') === lastComma)) s = s.split(',').join('');
    else if (DECIMAL_COMMA.has(locale) && s.indexOf(',') === lastComma) s = s.replace(',', '.');
    else return { kind: 'invalid' };
  } else if (lastDot !== -1 && s.indexOf('.') !== lastDot) {
    if (!GROUPED('.').test(s)) return { kind: 'invalid' };
    s = s.split('.').join('');
  }
  if (!/^(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) return { kind: 'invalid' };
  const value = Number(sign + s);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** A stored value as the grid shows it for editing: the reader's decimal mark, no grouping. */
export function editableNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 10 }).format(value).replace(/\u2212/g, '-');
}
