import type { Kpi, Locale, Period } from '@kurs/core';
import { dateFormatter, formatIsoDate } from '@kurs/core/browser';

/*
 * Plan dates are calendar dates without a time zone (YYYY-MM-DD). They are formatted as UTC
 * so that no browser time zone can move a date to the day before.
 *
 * One date style per language, everywhere: "31 March 2027", "31. mars 2027", "31 mars 2027",
 * "31. marts 2027". It is core's (shared/date-style.ts, through its browser entry), the one
 * that writes the dates in health messages. English follows British usage, as the method does.
 */

export { dateFormatter, intlTag } from '@kurs/core/browser';

function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function formatDate(locale: Locale, iso: string): string {
  return formatIsoDate(locale, iso);
}

export function formatPeriod(locale: Locale, period: Period): string {
  return dateFormatter(locale).formatRange(utc(period.start), utc(period.end));
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Money in the plan's currency (ISO 4217), written the way the reader's language writes it. */
export function formatMoney(locale: Locale, value: number, currency: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** A share 0-1 as a percentage: 0.425 → "42.5 %" in nb, "42.5%" in en. */
export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/**
 * A KPI's value in its unit: a count as a number, a percent as percentage points ("9 %"),
 * money in the plan's currency, a duration in seconds, minutes or hours as people say it (110 s, 15 min, 2 h), a ratio with decimals.
 */
export function formatKpiValue(locale: Locale, value: number, unit: Kpi['unit'], currency?: string): string {
  // Small values keep two decimals: a conversion rate of 1.98 % is not 2 %.
  const number = (n: number, options: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(n) < 10 ? 2 : Math.abs(n) < 100 ? 1 : 0, ...options }).format(n);
  switch (unit) {
    case 'percent':
      return number(value, { style: 'unit', unit: 'percent' });
    case 'currency':
      return currency ? formatMoney(locale, value, currency) : number(value);
    case 'duration_s': {
      const [amount, timeUnit] = Math.abs(value) >= 7200 ? [value / 3600, 'hour'] : Math.abs(value) >= 600 ? [value / 60, 'minute'] : [value, 'second'];
      return number(amount, { style: 'unit', unit: timeUnit, unitDisplay: 'short', maximumFractionDigits: 1 });
    }
    case 'ratio':
      return number(value, { maximumFractionDigits: 2 });
    default:
      return number(value);
  }
}
