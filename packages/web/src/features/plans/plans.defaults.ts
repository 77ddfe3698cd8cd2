import type { Locale, Period } from '@kurs/core';
import { addDays, addMonths, isoOf, type IsoDate } from '@kurs/core/browser';

/*
 * What a new plan starts with before the user changes anything: the coming year of work, and
 * the workspace's language and currency, else the interface language's and that country's.
 */

/** A plan usually counts money in the currency of the country whose language it is written in. */
export const LOCALE_CURRENCY: Record<Locale, string> = { en: 'EUR', nb: 'NOK', sv: 'SEK', da: 'DKK' };

/** The currencies offered first; any other ISO 4217 code can be typed. */
export const COMMON_CURRENCIES = ['NOK', 'SEK', 'DKK', 'EUR', 'USD', 'GBP', 'CHF', 'ISK'];

/**
 * Twelve months from the first day of next month; in November or December, the next calendar
 * year, which is what a plan made then is usually for.
 */
export function defaultPlanPeriod(today: IsoDate): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  if (month >= 11) return { start: isoOf(year + 1, 1, 1), end: isoOf(year + 1, 12, 31) };
  const start = addMonths(isoOf(year, month, 1), 1);
  return { start, end: addDays(addMonths(start, 12), -1) };
}

/** The reader's date today, in their own time zone: a plan made on the evening of 31 October is made in October. */
export function localToday(now: Date): IsoDate {
  return isoOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The language and currency a new plan starts with. */
export function newPlanDefaults(workspace: { locale: Locale | null; currency: string | null } | undefined, interfaceLocale: Locale) {
  const locale = workspace?.locale ?? interfaceLocale;
  return { locale, currency: workspace?.currency ?? LOCALE_CURRENCY[locale] };
}
