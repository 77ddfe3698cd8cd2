import type { Locale } from '../plan/plan.schema.js';
import type { IsoDate } from './dates.js';

/*
 * The one way a calendar date is written for a reader, per language: "31 March 2027",
 * "31. mars 2027", "31 mars 2027", "31. marts 2027". Health messages use it, and the web app
 * writes every date the same way (i18n.format.ts, kept equal by its tests). English follows
 * British usage, as the method's texts do.
 */

const TAGS: Record<Locale, string> = { en: 'en-GB', nb: 'nb', sv: 'sv', da: 'da' };

/** The BCP 47 tag for a language's numbers, dates and lists. */
export function intlTag(locale: Locale): string {
  return TAGS[locale];
}

// Building a formatter costs far more than using one, and they are immutable: one per language.
const formatters = new Map<Locale, Intl.DateTimeFormat>();

export function dateFormatter(locale: Locale): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** A plan date (YYYY-MM-DD, no time zone) in the reader's date style. */
export function formatIsoDate(locale: Locale, date: IsoDate): string {
  return dateFormatter(locale).format(new Date(`${date}T00:00:00Z`));
}
