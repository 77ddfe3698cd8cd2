import type { Locale } from '@kurs/core';
import { LOCALES } from '@kurs/core/browser';

/** The languages the app speaks: those a plan may be written in. */
export const APP_LOCALES: readonly Locale[] = LOCALES;

/** Each language named in itself, as a language menu should show it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  nb: 'Norsk bokmål',
  sv: 'Svenska',
  da: 'Dansk',
};

const STORAGE_KEY = 'kurs.locale';

// Browsers report Norwegian as "nb", "no" or "nn"; bokmål is the written standard most Norwegians read.
const ALIASES: Record<string, Locale> = { en: 'en', nb: 'nb', no: 'nb', nn: 'nb', sv: 'sv', da: 'da' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that Kurs speaks, else English. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const match = ALIASES[tag.toLowerCase().split(/[-_]/)[0]];
    if (match) return match;
  }
  return 'en';
}

/** The remembered choice, or the browser's language on the first visit. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined, languages: readonly string[]): Locale {
  let saved: string | null = null;
  try {
    saved = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Storage can be blocked (private mode, policies); then the browser's language decides.
  }
  return isLocale(saved) ? saved : pickLocale(languages);
}

export function rememberLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering is better than failing to switch.
  }
}
